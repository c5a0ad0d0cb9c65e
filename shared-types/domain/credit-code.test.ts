import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar, creditCodeHint, looksLikeCreditCode, normalizeCreditCode } from './credit-code';

/** Codes published on business licences and public registries; each verifies by hand as well. */
const REAL_CODES: [string, string][] = [
  ['91330100716105852F', '阿里巴巴（中国）网络技术有限公司, 杭州'],
  ['91330100799655058B', '阿里巴巴（中国）有限公司, 杭州'],
  ['914403001922038216', '华为技术有限公司: check character 6'],
  ['9144030071526726XG', '腾讯科技（深圳）有限公司: X inside the 组织机构代码'],
  ['91310000132260250X', '上海汽车集团股份有限公司: check character X'],
  ['91110108551385082Q', '小米科技有限责任公司'],
  ['91110000802100433B', '北京百度网讯科技有限公司'],
  ['12100000425006133D', '华东师范大学: a 事业单位 registered at national level (100000)'],
];

/** A code with its check character recomputed, to reach the structure checks. */
function withCheck(first17: string): string {
  return first17 + creditCodeCheckChar(first17);
}

describe('统一社会信用代码 check (GB 32100-2015)', () => {
  it.each(REAL_CODES)('accepts %s (%s)', (code) => {
    expect(checkCreditCode(code)).toMatchObject({ ok: true, code });
  });

  it('accepts the standard’s sample with letters in the 主体标识码', () => {
    expect(checkCreditCode('91350100M000100Y43')).toMatchObject({ ok: true, divisionCode: '350100' });
  });

  it('says who registered the body and what kind it is', () => {
    expect(checkCreditCode('91330100716105852F')).toEqual({
      ok: true,
      code: '91330100716105852F',
      registrationAuthority: '工商',
      category: '企业',
      divisionCode: '330100',
    });
    expect(checkCreditCode('12100000425006133D')).toMatchObject({ registrationAuthority: '机构编制', category: '事业单位' });
  });

  it('computes the check character, 31 written as 0', () => {
    expect(creditCodeCheckChar('91330100716105852')).toBe('F');
    expect(creditCodeCheckChar('91440300192203821')).toBe('6');
    expect(creditCodeCheckChar('91310000132260250')).toBe('X');
  });

  it('normalizes lower case, full-width characters and surrounding spaces', () => {
    expect(checkCreditCode(' 91330100716105852f ')).toMatchObject({ ok: true, code: '91330100716105852F' });
    expect(checkCreditCode('９１３３０１００７１６１０５８５２Ｆ')).toMatchObject({ ok: true, code: '91330100716105852F' });
  });

  it.each([
    ['91330100716105852G', 'check character changed'],
    ['91330100716105853F', 'last body digit changed'],
    ['91330100716015852F', 'two neighbouring digits swapped'],
    ['91330100799655085B', 'two neighbouring digits swapped'],
    ['914403001922038217', 'Huawei, check character off by one'],
  ])('refuses %s: %s', (code) => {
    expect(checkCreditCode(code)).toMatchObject({ ok: false, errorCode: 'CREDIT_CODE_CHECK' });
  });

  it('refuses every single-character change of a valid code', () => {
    const valid = '91330100716105852F';
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < valid.length; i++) {
      for (const replacement of charset) {
        if (replacement === valid[i]) continue;
        const corrupted = valid.slice(0, i) + replacement + valid.slice(i + 1);
        expect(checkCreditCode(corrupted).ok, corrupted).toBe(false);
      }
    }
  });

  it('refuses every swap of two different neighbouring characters before the check character', () => {
    for (const [valid] of REAL_CODES) {
      for (let i = 0; i < 16; i++) {
        if (valid[i] === valid[i + 1]) continue;
        const swapped = valid.slice(0, i) + valid[i + 1] + valid[i] + valid.slice(i + 2);
        expect(checkCreditCode(swapped).ok, swapped).toBe(false);
      }
    }
  });

  it.each([
    ['', 0],
    ['9133010071610585F', 17],
    ['91330100716105852FF', 19],
    ['330100400015575', 15],
  ])('refuses %j: %i characters', (code, length) => {
    expect(checkCreditCode(code)).toEqual({
      ok: false,
      errorCode: 'CREDIT_CODE_LENGTH',
      message: `统一社会信用代码应为 18 位，您输入了 ${length} 位`,
    });
  });

  it.each(['I', 'O', 'Z', 'S', 'V', 'o', '-', '中'])('refuses the character %s', (character) => {
    const result = checkCreditCode(`91330100716105${character}52F`);
    expect(result).toMatchObject({ ok: false, errorCode: 'CREDIT_CODE_CHARSET' });
    expect(result.ok === false && result.message).toContain('第 15 位');
  });

  it.each([
    [withCheck('B1330100716105852'), '第 1 位'],
    [withCheck('94330100716105852'), '第 2 位'],
    [withCheck('Y2330100716105852'), '第 2 位'],
    [withCheck('913301A0716105852'), '第 3–8 位'],
    [withCheck('91990100716105852'), '第 3–8 位'],
  ])('refuses %s, whose check character fits but whose structure does not (%s)', (code, where) => {
    const result = checkCreditCode(code);
    expect(result).toMatchObject({ ok: false, errorCode: 'CREDIT_CODE_STRUCTURE' });
    expect(result.ok === false && result.message).toContain(where);
  });
});

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
