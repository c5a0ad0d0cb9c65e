/**
 * 统一社会信用代码 as a shopkeeper types it from the licence. The form only gives hints (length and
 * the characters a code may use), from the same module the BFF checks with; the BFF checks the
 * GB 32100 check character and answers with a CREDIT_CODE_* code.
 */
export { creditCodeHint, looksLikeCreditCode, normalizeCreditCode } from '@gongfu/shared-types/domain/credit-code';

/** What the BFF's CREDIT_CODE_* codes mean, should its message not say it (it normally does). */
export const CREDIT_CODE_ERRORS: Record<string, string> = {
  CREDIT_CODE_LENGTH: '统一社会信用代码是 18 位',
  CREDIT_CODE_CHARSET: '统一社会信用代码只有数字和大写字母（没有 I、O、Z、S、V）',
  CREDIT_CODE_STRUCTURE: '统一社会信用代码的前几位不对，请对照营业执照',
  CREDIT_CODE_CHECK: '统一社会信用代码最后一位对不上，可能有一位抄错了，请对照营业执照',
};
