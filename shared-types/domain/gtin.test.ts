import { describe, expect, it } from 'vitest';
import { checkGtin, gtinCheckDigit } from './gtin';

describe('GTIN check digits', () => {
  it('computes GS1 mod-10 check digits', () => {
    expect(gtinCheckDigit('0690123456789')).toBe(2);
    expect(gtinCheckDigit('690123456789')).toBe(2);
    expect(gtinCheckDigit('9638507')).toBe(4); // GTIN-8 96385074
  });

  it('accepts 8, 12, 13 and 14 digits with the right check digit, spaces ignored', () => {
    expect(checkGtin('06901234567892')).toEqual({ ok: true, gtin: '06901234567892' });
    expect(checkGtin('6901234567892')).toEqual({ ok: true, gtin: '6901234567892' });
    expect(checkGtin('6 901234 567892')).toEqual({ ok: true, gtin: '6901234567892' });
    expect(checkGtin('96385074')).toMatchObject({ ok: true });
  });

  it('says which digit is wrong when the check digit does not match', () => {
    const result = checkGtin('06901234567893');
    expect(result).toMatchObject({ ok: false, code: 'BAD_CHECK_DIGIT' });
    expect(!result.ok && result.message).toContain('应是 2');
  });

  it('refuses other lengths and letters', () => {
    for (const typed of ['', '123', '123456789', '690123456789X', '069012345678921']) {
      expect(checkGtin(typed)).toMatchObject({ ok: false, code: 'INVALID_GTIN' });
    }
  });

  it('refuses an all-zero GTIN, which passes the check digit but is never allocated', () => {
    for (const typed of ['00000000', '000000000000', '0000000000000', '00000000000000']) {
      expect(checkGtin(typed)).toMatchObject({ ok: false, code: 'INVALID_GTIN' });
    }
  });
});
