import { describe, expect, it } from 'vitest';
import { formatRatePercent, parseRatePercent } from './rate';

describe('annual rates as decimal strings', () => {
  it('read a percentage into millionths of one, exactly', () => {
    expect(parseRatePercent('4.35')).toBe(43_500);
    expect(parseRatePercent('3.85')).toBe(38_500);
    expect(parseRatePercent('0')).toBe(0);
    expect(parseRatePercent('24')).toBe(240_000);
    expect(parseRatePercent('4.3575')).toBe(43_575);
    expect(parseRatePercent(' 5.6 ')).toBe(56_000);
  });

  it('refuse what is not a plain non-negative decimal of up to four places', () => {
    for (const text of ['', '-1', '4.35%', '4,35', '1e2', '4.', '.5', '4.35001', 'abc', '1000', 'NaN', 'Infinity', '0x10']) {
      expect(parseRatePercent(text), text).toBeNull();
    }
  });

  it('write a rate back with at least two decimals, as rates are quoted', () => {
    expect(formatRatePercent(43_500)).toBe('4.35');
    expect(formatRatePercent(56_000)).toBe('5.60');
    expect(formatRatePercent(43_550)).toBe('4.355');
    expect(formatRatePercent(43_575)).toBe('4.3575');
    expect(formatRatePercent(0)).toBe('0.00');
    expect(formatRatePercent(240_000)).toBe('24.00');
  });

  it('read back what it writes', () => {
    for (const micros of [0, 1, 38_500, 43_575, 99_999, 240_000]) expect(parseRatePercent(formatRatePercent(micros))).toBe(micros);
  });
});
