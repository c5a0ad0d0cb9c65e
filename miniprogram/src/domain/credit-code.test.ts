import { describe, expect, it } from 'vitest';
import { creditCodeHint, looksLikeCreditCode, normalizeCreditCode } from './credit-code';

describe('统一社会信用代码 hints', () => {
  it('normalizes what a Chinese keyboard types', () => {
    expect(normalizeCreditCode(' ９１３３ 0102mA ')).toBe('91330102MA');
  });

  it('counts the missing or extra characters', () => {
    expect(creditCodeHint('')).toBeNull();
    expect(creditCodeHint('9133')).toBe('还差 14 位（一共 18 位）');
    expect(creditCodeHint('91330102MA2XXXXX1X9')).toBe('多了 1 位（一共 18 位）');
    expect(creditCodeHint('91330102MA2XXXXX1X')).toBeNull();
  });

  it('names letters a code never has, and what they were probably meant to be', () => {
    expect(creditCodeHint('91330102MA2O')).toBe('代码里没有字母 O，请看看是不是数字 0');
    expect(creditCodeHint('9133-')).toBe('代码只有数字和大写字母，“-”不对');
  });

  it('tells a whole code from a name', () => {
    expect(looksLikeCreditCode('91330102ma2xxxxx1x')).toBe(true);
    expect(looksLikeCreditCode('陈记水果店')).toBe(false);
  });
});
