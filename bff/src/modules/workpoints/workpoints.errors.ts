import { Refusal, RefusalType, defineErrorCodes } from '../../core/error-result';

/** The refusals of 工分宝, each with the message a villager, cadre or shopkeeper sees. */
export const WORKPOINTS_ERRORS = defineErrorCodes('workpoints', {
  NOT_A_VILLAGER: '您还没有加入村庄，无法参加工分活动',
  NOT_YOUR_VILLAGE: '只能处理本村的事项',
  SCENE_DISABLED: '该场景已停用',
  ACTIVITY_CANCELLED: '该活动已取消',
  SIGNUP_NOT_OPEN: '报名还没开始',
  SIGNUP_CLOSED: '报名已截止',
  ACTIVITY_FULL: '名额已满',
  ALREADY_SIGNED_UP: '您已经报过名了',
  NOT_SIGNED_UP: '请先报名该活动',
  SIGNUP_NOT_CANCELLABLE: '已经不能取消报名了',
  CHECKIN_NOT_REQUIRED: '该活动不需要现场签到',
  CHECKIN_CODE_INVALID: '签到码不对，请扫描活动现场的二维码',
  CHECKIN_OUTSIDE_TIME: '不在活动时间内，无法签到',
  CHECKIN_REQUIRED: '请先在活动现场扫码签到',
  PHOTO_REQUIRED: '请上传至少一张现场照片',
  PHOTO_INVALID: '照片无效，请重新上传',
  ALREADY_SUBMITTED: '已经提交过了，请等待村干部审核',
  ALREADY_REVIEWED: '该记录已经审核过了',
  INSUFFICIENT_POINTS: '工分不足',
  APPEAL_EXISTS: '该扣分已经申诉过了',
  APPEAL_TOO_LATE: '扣分超过 30 天，不能再申诉',
  NO_PENDING_APPEAL: '没有待处理的申诉',
  OUT_OF_STOCK: '库存不足，已兑完',
  ITEM_INACTIVE: '该商品已下架',
  PHONE_REQUIRED: '充值需要填写手机号',
  ALREADY_COLLECTED: '该兑换已领取',
  PICKUP_CODE_INVALID: '取货码不对',
  MENU_DATE_INVALID: '菜单只能提前发布（明天或以后）',
  MENU_EXISTS: '这一天的菜单已经发布过了',
  MENU_CLOSED: '这一天已经过去，不能再预订或修改',
  ALREADY_RESERVED: '您已经预订过这一餐了',
  NO_SUCH_MEAL: '这一餐没有菜',
  SELF_PAYMENT: '不能向自己付工分',
  NOT_A_VILLAGE_SHOP: '只有本村商家可以收工分',
  RATE_NOT_SET: '请先设置工分兑付标准（每分多少钱）',
  IDEMPOTENCY_KEY_REUSED: '请求编号已被另一笔操作使用',
  PAYMENT_CODE_INVALID: '付款码无效，请让村民打开“我的工分”重新出示',
  PAYMENT_CODE_EXPIRED: '付款码已过期，请让村民刷新后重扫',
  PAYMENT_CODE_USED: '该付款码已经用过了，请让村民刷新后重扫',
  PAYMENT_CODE_OTHER_VILLAGE: '这是外村村民的付款码，本店只能收本村工分',
});

export type WorkpointsErrorCode = keyof typeof WORKPOINTS_ERRORS;

export const WorkpointsError = RefusalType('WorkpointsError', '工分宝：可以纠正的失败', WORKPOINTS_ERRORS);

/** A refusal to throw, with its standard message or a more exact one, and the input field at fault. */
export function workpointsRefusal(code: WorkpointsErrorCode | 'BAD_USER_INPUT', message?: string, field?: string): Refusal {
  return new Refusal(WorkpointsError.of(code, message, field));
}
