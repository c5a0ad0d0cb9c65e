/** Client-made request ids (a UUID per attempt): a retry with the same one changes nothing. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;
export const IDEMPOTENCY_MESSAGE = '请求编号无效（8–64 位字母、数字、-、_）';
