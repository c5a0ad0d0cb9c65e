import { Refusal, RefusalType, defineErrorCodes } from '../../core/error-result';

/** The refusals of 美德贷, with the message a villager or a bank's staff sees. */
export const LOANS_ERRORS = defineErrorCodes('loans', {
  LOAN_AMOUNT_OUT_OF_RANGE: '借款金额要大于 0，最多 100 万元',
  LOAN_RATE_INVALID: '年利率请写成不小于 0 的数字，如 4.35（表示 4.35%），最多四位小数',
  LOAN_RATE_TOO_HIGH: '年利率不能超过 24%',
  LOAN_TERM_OUT_OF_RANGE: '借款期限要在 1 到 360 个月之间',
  LOAN_GRACE_INVALID: '只还利息的月数不能是负数，并且要少于借款期限',
  LOAN_PRODUCT_AMOUNTS_INVALID: '最低金额不能高于最高金额',
  LOAN_PRODUCT_OVER_EXPOSURE_CAP: '单笔最高金额不能超过每人借款上限',
  LOAN_PRODUCT_RATE_MISSING: '最低等级及以上的每个信用等级都要有利率',
  LOAN_PRODUCT_RATE_BELOW_MIN_GRADE: '低于最低等级的信用等级不放贷，不用填利率',
  LOAN_PRODUCT_GRADE_REPEATED: '每个信用等级只填一个利率',
  LOAN_PRODUCT_RATES_OUT_OF_ORDER: '信用等级越高，利率应越低或相同',
  LOAN_PRODUCT_NAME_TAKEN: '本行已有同名的贷款产品',
  LOAN_PRODUCT_CHANGED: '这个产品刚被同事改过，请刷新后再改',
  LOAN_PRODUCT_OF_ANOTHER_BANK: '只能修改本行的贷款产品',
});

export type LoansErrorCode = keyof typeof LOANS_ERRORS;

export const LoansError = RefusalType('LoansError', '美德贷：可以纠正的失败', LOANS_ERRORS);

/** A refusal to throw, with its standard message or a more exact one, and the input field at fault. */
export function loansRefusal(code: LoansErrorCode | 'BAD_USER_INPUT', message?: string, field?: string): Refusal {
  return new Refusal(LoansError.of(code, message, field));
}
