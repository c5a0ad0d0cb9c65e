/**
 * 统一社会信用代码 as a shopkeeper types it from the licence. The form only gives hints (length and
 * the characters a code may use); the BFF checks the GB 32100 check character and answers with a
 * CREDIT_CODE_* code.
 */

/** The 31 characters a code may use: no I, O, Z, S or V. */
const CHARSET = /^[0-9A-HJ-NP-RTUWXY]*$/;
export const CREDIT_CODE_LENGTH = 18;

/** Upper case, half-width, no spaces: "91 330… " from a Chinese keyboard becomes "91330…". */
export function normalizeCreditCode(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** What is wrong with the code as typed so far, or null when it looks right. */
export function creditCodeHint(text: string): string | null {
  const code = normalizeCreditCode(text);
  if (!code) return null;
  if (!CHARSET.test(code)) {
    const bad = [...code].find((c) => !CHARSET.test(c)) ?? '';
    return /[IOZSV]/.test(bad)
      ? `代码里没有字母 ${bad}，请看看是不是数字 ${{ I: '1', O: '0', Z: '2', S: '5', V: 'U' }[bad] ?? ''}`
      : `代码只有数字和大写字母，“${bad}”不对`;
  }
  if (code.length < CREDIT_CODE_LENGTH) return `还差 ${CREDIT_CODE_LENGTH - code.length} 位（一共 18 位）`;
  if (code.length > CREDIT_CODE_LENGTH) return `多了 ${code.length - CREDIT_CODE_LENGTH} 位（一共 18 位）`;
  return null;
}

/** Looks like a whole code: worth searching by code rather than by name. */
export function looksLikeCreditCode(text: string): boolean {
  const code = normalizeCreditCode(text);
  return code.length === CREDIT_CODE_LENGTH && CHARSET.test(code);
}

/** What the BFF's CREDIT_CODE_* codes mean, should its message not say it (it normally does). */
export const CREDIT_CODE_ERRORS: Record<string, string> = {
  CREDIT_CODE_LENGTH: '统一社会信用代码是 18 位',
  CREDIT_CODE_CHARSET: '统一社会信用代码只有数字和大写字母（没有 I、O、Z、S、V）',
  CREDIT_CODE_STRUCTURE: '统一社会信用代码的前几位不对，请对照营业执照',
  CREDIT_CODE_CHECK: '统一社会信用代码最后一位对不上，可能有一位抄错了，请对照营业执照',
};
