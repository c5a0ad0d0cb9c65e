import { Refusal, RefusalType, defineErrorCodes } from '../../core/error-result';

/** The refusals of 浙食链, with the message a merchant or a consumer sees. */
export const TRACE_ERRORS = defineErrorCodes('trace', {
  INVALID_GTIN: 'GTIN 应为 8、12、13 或 14 位数字',
  BAD_CHECK_DIGIT: 'GTIN 校验位不对，请核对条码下方的数字',
  UNREADABLE_CODE: '读不懂这个码，请对准商品上的溯源二维码或条形码',
  UNKNOWN_PRODUCT: '没有找到这个商品，它可能还没有接入浙食链',
  UNKNOWN_LOT: '没有找到这个批次',
  GTIN_TAKEN: '这个 GTIN 已经登记过了',
  LOT_TAKEN: '这个批号已经登记过了',
  NOT_YOUR_PRODUCT: '只能登记本店的商品',
  NOT_BATCH_HOLDER: '只有持有该批次的商家才能记录它',
  TOO_MANY_CODES: '一个批次的码不能多于它的数量',
  DOCUMENT_FILE_INVALID: '证明文件的照片无效，请重新上传',
  SHIPMENT_NEEDS_RECEIVER: '发货要写明收货商家和数量',
  RECEIVER_NOT_A_MERCHANT: '收货方不是登记的商家',
  NOTHING_SHIPPED_TO_YOU: '这批货没有发给您，不能登记收货',
  PROCESSING_NEEDS_INPUTS: '加工要写明用到的原料批次',
  EVENT_IN_FUTURE: '事件时间不能晚于现在',
  BATCH_RECALLED: '这个批次正在召回，不能再发货、销售、用来加工或生成溯源码',
  RECALL_CLASS_REQUIRED: '抽检不合格时要选择召回级别',
  RECALL_ALREADY_OPEN: '这个批次已有进行中的召回',
  NOT_PRODUCER: '只有生产该批次的商家可以主动召回',
  NOT_RECALL_HOLDER: '这不是您的召回任务',
  RECALL_CLOSED: '这次召回已经结束',
  RECALL_HOLDERS_PENDING: '还有商家没有确认召回，不能结束',
  REMOVED_MORE_THAN_HELD: '下架数量不能超过您经手的数量',
  NOT_RECALL_PARTY: '只有监管人员和涉及的商家可以查看召回详情',
  FLAG_ALREADY_CLEARED: '这个码的疑点已经解除了',
});

export type TraceErrorCode = keyof typeof TRACE_ERRORS;

export const TraceError = RefusalType('TraceError', '浙食链：可以纠正的失败', TRACE_ERRORS);

/** A refusal to throw, with its standard message or a more exact one (how many holders are pending, say). */
export function traceRefusal(code: TraceErrorCode | 'BAD_USER_INPUT', message?: string, field?: string): Refusal {
  return new Refusal(TraceError.of(code, message, field));
}
