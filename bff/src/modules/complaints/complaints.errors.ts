import { Refusal, RefusalType, defineErrorCodes } from '../../core/error-result';

/** The refusals of 浙江市场在线 complaints, with what a consumer, merchant or regulator sees. */
export const COMPLAINT_ERRORS = defineErrorCodes('complaints', {
  CREDIT_CODE_TAKEN: '这个统一社会信用代码已经登记过了',
  CREDIT_CODE_LENGTH: '统一社会信用代码是 18 位',
  CREDIT_CODE_CHARSET: '统一社会信用代码只有数字和大写字母（没有 I、O、Z、S、V）',
  CREDIT_CODE_STRUCTURE: '统一社会信用代码的前几位不对，请对照营业执照',
  CREDIT_CODE_CHECK: '统一社会信用代码最后一位对不上，可能有一位抄错了，请对照营业执照',
  NOT_MERCHANT_AGENT: '您不是这家商家的经办人',
  MERCHANT_NOT_FOUND: '找不到这家商家',
  CANNOT_COMPLAIN_ABOUT_OWN_BUSINESS: '不能投诉自己经营的商家',
  EVIDENCE_INVALID: '证据照片无效，请重新上传',
  NOT_COMPLAINT_PARTY: '只有投诉双方和监管人员可以查看这件投诉',
  ILLEGAL_TRANSITION: '这件投诉现在不能这样处理',
  COMPLAINT_CHANGED: '这件投诉刚刚有了变化，请刷新后再试',
  SETTLEMENT_PENDING: '已有一个和解方案在等消费者答复',
  SETTLEMENT_NOT_PENDING: '这个和解方案已经答复过了',
  ALREADY_RATED: '已经评价过了',
  DEADLINE_PASSED: '协商期限已过，投诉将转市场监管部门调解',
  OWN_CASE: '不能处理与自己有关的投诉',
  AMOUNT_NOT_ALLOWED: '道歉不涉及金额；其他诉求请填写金额',
});

export type ComplaintErrorCode = keyof typeof COMPLAINT_ERRORS;

export const ComplaintError = RefusalType('ComplaintError', '投诉：可以纠正的失败', COMPLAINT_ERRORS);

export function complaintRefusal(code: ComplaintErrorCode | 'BAD_USER_INPUT', message?: string, field?: string): Refusal {
  return new Refusal(ComplaintError.of(code, message, field));
}
