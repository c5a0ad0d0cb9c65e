import { describe, expect, it } from 'vitest';
import type { RedeemMallItemMutation } from '@/packages/villager/pages/mall/mall.generated';
import { describeRedeem, describeTakePoints, faceValueText, itemKindText, signedPoints, yuan } from './workpoints';

const salt = { id: '7', name: '食盐 500 克', kind: 'GOODS' as const };

function redemption(overrides: Partial<Extract<RedeemMallItemMutation['redeemMallItem'], { __typename: 'Redemption' }>> = {}) {
  return {
    __typename: 'Redemption' as const,
    id: '1',
    points: 20,
    status: 'AWAITING_PICKUP' as const,
    pickupCode: '042917',
    topupFailure: null,
    createdAt: '2025-11-23T02:00:00.000Z',
    collectedAt: null,
    item: salt,
    ...overrides,
  };
}

describe('收工分 results', () => {
  it('a payment: the points and who paid', () => {
    expect(
      describeTakePoints({
        __typename: 'PointsPayment',
        id: '5',
        points: 10,
        createdAt: '2025-11-23T02:00:00.000Z',
        payer: { id: '1', displayName: '王秀英' },
      }),
    ).toEqual({ kind: 'paid', points: 10, payerName: '王秀英', paymentId: '5' });
  });

  it('a bad code: the BFF message, and the shop should scan a fresh code', () => {
    const outcome = describeTakePoints({
      __typename: 'PaymentCodeError',
      errorCode: 'PAYMENT_CODE_EXPIRED',
      message: '付款码已过期，请让村民刷新后重扫',
      field: null,
    });
    expect(outcome).toEqual({ kind: 'refused', title: '付款码不能用', message: '付款码已过期，请让村民刷新后重扫', rescan: true });
  });

  it('not enough points: the message and what was asked, and the code can be used again', () => {
    const outcome = describeTakePoints({
      __typename: 'InsufficientPointsError',
      errorCode: 'INSUFFICIENT_POINTS',
      message: '工分不足：村民只有 5 工分',
      balance: 5,
      required: 10,
      field: null,
    });
    expect(outcome).toMatchObject({ kind: 'refused' });
    if (!('kind' in outcome) || outcome.kind !== 'refused') return;
    expect(outcome.title).toBe('村民工分不够');
    expect(outcome.message).toContain('工分不足：村民只有 5 工分');
    expect(outcome.message).toContain('这次要收 10 工分');
    expect(outcome.rescan).toBe(false);
  });

  it('any other refusal passes through, to be shown on the form', () => {
    const refusal = {
      __typename: 'WorkpointsError' as const,
      errorCode: 'SELF_PAYMENT' as const,
      message: '不能向自己付工分',
      field: null,
    };
    expect(describeTakePoints(refusal)).toBe(refusal);
  });
});

describe('兑换 results', () => {
  it('goods: the pickup code and where to collect', () => {
    const outcome = describeRedeem(redemption());
    expect(outcome.kind).toBe('redeemed');
    if (outcome.kind !== 'redeemed') return;
    expect(outcome.headline).toBe('兑换成功');
    expect(outcome.redemption.pickupCode).toBe('042917');
    expect(outcome.detail).toContain('取货码 042917');
  });

  it('a top-up that went through, one still on its way, and one that failed and was refunded', () => {
    const credit = { id: '9', name: '话费 10 元', kind: 'PHONE_CREDIT' as const };
    expect(describeRedeem(redemption({ status: 'TOPUP_DONE', pickupCode: null, item: credit }))).toMatchObject({ headline: '充值成功' });
    const pending = describeRedeem(redemption({ status: 'TOPUP_PENDING', pickupCode: null, item: credit }));
    expect(pending).toMatchObject({ headline: '兑换成功，正在充值' });
    if (pending.kind === 'redeemed') expect(pending.detail).toContain('没有充上会退回工分');
    const failed = describeRedeem(redemption({ status: 'TOPUP_FAILED', pickupCode: null, item: credit, topupFailure: '号码停机' }));
    expect(failed).toMatchObject({ kind: 'redeemed', headline: '充值没有成功' });
    if (failed.kind === 'redeemed') expect(failed.detail).toContain('20 工分已经退回');
  });

  it('not enough points and sold out are refusals with the BFF message', () => {
    expect(
      describeRedeem({
        __typename: 'InsufficientPointsError',
        errorCode: 'INSUFFICIENT_POINTS',
        message: '工分不足：兑换需要 300 分，您有 110 分',
        balance: 110,
        required: 300,
        field: null,
      }),
    ).toEqual({ kind: 'refused', title: '工分不够', message: '工分不足：兑换需要 300 分，您有 110 分' });
    expect(describeRedeem({ __typename: 'OutOfStockError', errorCode: 'OUT_OF_STOCK', message: '库存不足，已兑完', field: null })).toEqual({
      kind: 'refused',
      title: '已经兑完了',
      message: '库存不足，已兑完',
    });
    expect(describeRedeem({ __typename: 'WorkpointsError', errorCode: 'ITEM_INACTIVE', message: '该商品已下架', field: null })).toEqual({
      kind: 'refused',
      title: '没有兑换成功',
      message: '该商品已下架',
    });
  });
});

describe('how points and items are written', () => {
  it('signs amounts with a real minus', () => {
    expect(signedPoints(10)).toBe('+10');
    expect(signedPoints(-20)).toBe('−20');
    expect(signedPoints(0)).toBe('0');
  });

  it('names face values', () => {
    expect(faceValueText('PHONE_CREDIT', 10)).toBe('10 元话费');
    expect(faceValueText('MOBILE_DATA', 1024)).toBe('1 GB 流量');
    expect(faceValueText('MOBILE_DATA', 500)).toBe('500 MB 流量');
    expect(itemKindText('GOODS', 0)).toBe('实物');
    expect(yuan(1250)).toBe('12.50 元');
  });
});
