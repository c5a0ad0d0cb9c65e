import type { TakePointsMutation } from '@/packages/merchant/pages/take-points/take-points.generated';
import type { AppealStatus, EvidenceRule, MallItemKind, Meal, ParticipationStatus, RedemptionStatus } from '@gongfu/shared-types';
import type { RedeemMallItemMutation } from '@/packages/villager/pages/mall/mall.generated';

/** "+10" / "−20": a change of points with its sign, the minus a real minus sign. */
export function signedPoints(amount: number): string {
  return amount > 0 ? `+${amount}` : amount < 0 ? `−${Math.abs(amount)}` : '0';
}

/** How to earn an activity's points, in plain words. */
export const EVIDENCE_RULES: Record<EvidenceRule, { label: string; explain: string }> = {
  CHECKIN: { label: '现场签到', explain: '到活动现场，扫村干部出示的签到码，再点“提交审核”。' },
  PHOTO: { label: '拍照上传', explain: '做完后拍一张现场照片传上来，村干部看过就记分。' },
  CHECKIN_AND_PHOTO: {
    label: '签到并拍照',
    explain: '到活动现场扫签到码，做完后再拍一张现场照片传上来。',
  },
};

export const PARTICIPATION_STATUS: Record<ParticipationStatus, string> = {
  SIGNED_UP: '已报名',
  SUBMITTED: '待审核',
  APPROVED: '已通过',
  REJECTED: '未通过',
};

export const APPEAL_STATUS: Record<AppealStatus, string> = {
  PENDING: '申诉中',
  UPHELD: '申诉未通过，维持扣分',
  OVERTURNED: '申诉成功，已退回工分',
};

export const MALL_ITEM_KIND: Record<MallItemKind, string> = {
  GOODS: '实物',
  PHONE_CREDIT: '话费',
  MOBILE_DATA: '流量',
};

export const REDEMPTION_STATUS: Record<RedemptionStatus, string> = {
  AWAITING_PICKUP: '待领取',
  COLLECTED: '已领取',
  TOPUP_PENDING: '充值中',
  TOPUP_DONE: '已到账',
  TOPUP_FAILED: '充值失败，工分已退回',
};

export const MEAL_LABEL: Record<Meal, string> = { LUNCH: '午餐', DINNER: '晚餐' };
export const MEALS: readonly Meal[] = ['LUNCH', 'DINNER'];

/** "10 元话费" / "1 GB 流量" / "" for goods. */
export function faceValueText(kind: MallItemKind, faceValue: number): string {
  if (kind === 'PHONE_CREDIT') return `${faceValue} 元话费`;
  if (kind === 'MOBILE_DATA') return faceValue >= 1024 && faceValue % 1024 === 0 ? `${faceValue / 1024} GB 流量` : `${faceValue} MB 流量`;
  return '';
}

/** What kind of item, as precisely as known: "1 GB 流量", "10 元话费", or "实物". */
export function itemKindText(kind: MallItemKind, faceValue: number): string {
  return faceValueText(kind, faceValue) || MALL_ITEM_KIND[kind];
}

export { yuan } from './money';

function assertUnreachable(value: never): never {
  throw new Error(`未处理的结果：${JSON.stringify(value)}`);
}

/** What a 收工分 attempt came to, in the words the shopkeeper sees. */
export type TakePointsOutcome =
  | { kind: 'paid'; points: number; payerName: string; paymentId: string }
  | { kind: 'refused'; title: string; message: string; rescan: boolean };

type TakePointsAnswer = TakePointsMutation['takePoints'];
/** A refusal that is about the form or the shop, not this payment: shown on the form like any other. */
type OtherTakePointsRefusal = Extract<TakePointsAnswer, { __typename: 'WorkpointsError' }>;

/**
 * Every member of TakePointsResult: the payment, or a refusal that is this attempt's result (the
 * code cannot be used, the villager has too few points) with what the shopkeeper should do next.
 * Any other refusal passes through unchanged, for useAction to show on the form.
 */
export function describeTakePoints(result: TakePointsAnswer): TakePointsOutcome | OtherTakePointsRefusal {
  switch (result.__typename) {
    case 'PointsPayment':
      return { kind: 'paid', points: result.points, payerName: result.payer.displayName, paymentId: result.id };
    case 'PaymentCodeError':
      return { kind: 'refused', title: '付款码不能用', message: result.message, rescan: true };
    case 'InsufficientPointsError':
      return {
        kind: 'refused',
        title: '村民工分不够',
        message: `${result.message}。这次要收 ${result.required} 工分，可以少收一些或请村民用别的方式付。`,
        rescan: false,
      };
    case 'WorkpointsError':
      return result;
    default:
      return assertUnreachable(result);
  }
}

type RedeemAnswer = RedeemMallItemMutation['redeemMallItem'];
type RedeemedRedemption = Extract<RedeemAnswer, { __typename: 'Redemption' }>;

export type RedeemOutcome =
  | { kind: 'redeemed'; redemption: RedeemedRedemption; headline: string; detail: string }
  | { kind: 'refused'; title: string; message: string };

/**
 * Every member of RedeemResult: the redemption (with what happens next) or why not. Given what
 * useAction's run made, that is the redemption alone.
 */
export function describeRedeem(result: RedeemAnswer): RedeemOutcome {
  switch (result.__typename) {
    case 'Redemption': {
      const { status, item, pickupCode, points } = result;
      if (status === 'AWAITING_PICKUP') {
        return {
          kind: 'redeemed',
          redemption: result,
          headline: '兑换成功',
          detail: `已用 ${points} 工分兑换 ${item.name}。请凭取货码 ${pickupCode ?? ''} 到村委会领取。`,
        };
      }
      if (status === 'TOPUP_FAILED') {
        return {
          kind: 'redeemed',
          redemption: result,
          headline: '充值没有成功',
          detail: `${item.name}没有充上，${points} 工分已经退回。${result.topupFailure ?? ''}`.trim(),
        };
      }
      if (status === 'TOPUP_PENDING') {
        // The top-up is sent after the redemption is saved: it usually lands within minutes.
        return {
          kind: 'redeemed',
          redemption: result,
          headline: '兑换成功，正在充值',
          detail: `已用 ${points} 工分兑换 ${item.name}，一般几分钟内到账，到账后“我的兑换”里显示已到账；没有充上会退回工分。`,
        };
      }
      return { kind: 'redeemed', redemption: result, headline: '充值成功', detail: `已用 ${points} 工分兑换 ${item.name}。` };
    }
    case 'InsufficientPointsError':
      return { kind: 'refused', title: '工分不够', message: result.message };
    case 'OutOfStockError':
      return { kind: 'refused', title: '已经兑完了', message: result.message };
    case 'WorkpointsError':
      return { kind: 'refused', title: '没有兑换成功', message: result.message };
    default:
      return assertUnreachable(result);
  }
}
