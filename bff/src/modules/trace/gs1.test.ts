import { describe, expect, it } from 'vitest';
import { gtinCheckDigit } from '@gongfu/shared-types/domain/gtin';
import { digitalLinkOf, normalizeGtin, parseTraceCode } from './gs1';

describe('GTIN check digits', () => {
  it.each([
    ['09506000134352', 'GS1 Digital Link example, GTIN-14'],
    ['4006381333931', 'EAN-13 on a Stabilo pen'],
    ['5901234123457', 'GS1 EAN-13 example'],
    ['6901234567892', "EAN-13 with China's 690 prefix"],
    ['036000291452', 'UPC-A'],
    ['96385074', 'EAN-8'],
  ])('accepts %s (%s) and writes it as GTIN-14', (gtin) => {
    expect(normalizeGtin(gtin)).toBe(gtin.padStart(14, '0'));
  });

  it('computes the check digit by GS1 mod 10', () => {
    expect(gtinCheckDigit('950600013435')).toBe(2);
    expect(gtinCheckDigit('400638133393')).toBe(1);
    expect(gtinCheckDigit('0950600013435')).toBe(2);
  });

  it.each(['4006381333932', '5901234123458', '09506000134353', '96385075'])('refuses %s: one digit off', (gtin) => {
    expect(normalizeGtin(gtin)).toBe('BAD_CHECK_DIGIT');
  });

  it('refuses swapped neighbouring digits', () => {
    expect(normalizeGtin('4006381339331')).toBe('BAD_CHECK_DIGIT');
  });

  it.each(['00000000', '00000000000000'])('refuses %s: all zeros is no GTIN, though its check digit holds', (gtin) => {
    expect(normalizeGtin(gtin)).toBe('INVALID_GTIN');
  });

  it.each(['123', '400638133393A', '12345678901', '123456789012345'])('refuses %s: not a GTIN length of digits', (gtin) => {
    expect(normalizeGtin(gtin)).toBe('INVALID_GTIN');
  });
});

describe('reading a scanned code', () => {
  const full = { gtin: '09506000134352', lot: 'ABC123', serial: '0001' };

  it('reads a GS1 Digital Link URI, with or without lot and serial, on any host', () => {
    expect(parseTraceCode('https://id.gs1.org/01/09506000134352/10/ABC123/21/0001')).toEqual(full);
    expect(parseTraceCode('https://zsl.example.cn/01/9506000134352/10/ABC123?linkType=all')).toEqual({ ...full, serial: null });
    expect(parseTraceCode('https://example.com/01/09506000134352')).toEqual({ gtin: full.gtin, lot: null, serial: null });
    expect(parseTraceCode('https://example.com/01/09506000134352/21/77')).toEqual({ gtin: full.gtin, lot: null, serial: '77' });
    expect(parseTraceCode('https://example.com/01/09506000134352/10/A%2FB')).toMatchObject({ lot: 'A/B' });
  });

  it('reads the bracketed element string', () => {
    expect(parseTraceCode('(01)09506000134352(10)ABC123(21)0001')).toEqual(full);
    expect(parseTraceCode('(01)09506000134352(17)271231(10)ABC123')).toEqual({ ...full, serial: null });
  });

  it('reads raw barcode data, with its symbology prefix and group separators', () => {
    expect(parseTraceCode(']d20109506000134352' + '10ABC123\u001d' + '210001')).toEqual(full);
    expect(parseTraceCode('0109506000134352' + '17271231' + '10ABC123')).toEqual({ ...full, serial: null });
  });

  it('reads a bare GTIN', () => {
    expect(parseTraceCode(' 6901234567892 ')).toEqual({ gtin: '06901234567892', lot: null, serial: null });
  });

  it('says why it cannot read a code', () => {
    expect(parseTraceCode('https://example.com/01/09506000134353/10/A')).toBe('BAD_CHECK_DIGIT');
    expect(parseTraceCode('(01)0950600013(10)A')).toBe('INVALID_GTIN');
    expect(parseTraceCode('https://example.com/products/42')).toBe('UNREADABLE_CODE');
    expect(parseTraceCode('hello')).toBe('UNREADABLE_CODE');
    expect(parseTraceCode('(01)09506000134352(10)this-lot-is-far-too-long-for-gs1')).toBe('UNREADABLE_CODE');
  });

  it('writes the Digital Link URI back, escaping what needs it', () => {
    expect(digitalLinkOf({ gtin: '09506000134352', lot: 'A/B', serial: '1' }, 'https://gongfu.example/')).toBe(
      'https://gongfu.example/01/09506000134352/10/A%2FB/21/1',
    );
  });
});
