import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import MallPage from './index';

const items = [
  { id: '2', name: '食盐 500 克', kind: 'GOODS', faceValue: 0, pointsPrice: 20, stock: 100, active: true },
  { id: '5', name: '话费 10 元', kind: 'PHONE_CREDIT', faceValue: 10, pointsPrice: 100, stock: 3, active: true },
  { id: '1', name: '食用油 5 升', kind: 'GOODS', faceValue: 0, pointsPrice: 300, stock: 20, active: true },
  { id: '9', name: '米醋 500 毫升', kind: 'GOODS', faceValue: 0, pointsPrice: 30, stock: 0, active: true },
];

let balance = 130;
const shelf = () => ({ data: { mallItems: items, myPointsBalance: balance, me: { id: '1', phone: '13800000001' } } });
const noRedemptions = () => ({ data: { myRedemptions: { items: [], nextCursor: null } } });
const redemption = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Redemption',
  id: '11',
  points: 20,
  status: 'AWAITING_PICKUP',
  pickupCode: '042917',
  topupFailure: null,
  createdAt: '2025-11-23T02:00:00.000Z',
  collectedAt: null,
  item: { id: '2', name: '食盐 500 克', kind: 'GOODS' },
  ...overrides,
});

const item = async (name: string) => {
  const cards = await screen.findAllByTestId('mall-item');
  return cards.find((card) => card.getAttribute('data-name') === name)!;
};
const redeemKeys = () =>
  variablesOf('RedeemMallItem', vi.mocked(Taro.request).mock.calls).map((v) => (v.input as { idempotencyKey: string }).idempotencyKey);

describe('工分商城', () => {
  beforeEach(() => {
    balance = 130;
    signInAs('王秀英', ['VILLAGER']);
  });

  it('asks before spending, then shows the pickup code big', async () => {
    stubGraphQL({
      MallShelf: shelf,
      MyRedemptions: noRedemptions,
      RedeemMallItem: () => {
        balance = 110;
        return { data: { redeemMallItem: redemption() } };
      },
    });
    render(<MallPage />);
    expect((await screen.findByTestId('mall-balance')).textContent).toBe('130');

    fireEvent.click(within(await item('食盐 500 克')).getByTestId('redeem-button'));
    const sheet = screen.getByTestId('redeem-confirm');
    expect(sheet.textContent).toContain('需要 20 工分，兑换后还剩 110 工分');
    expect(variablesOf('RedeemMallItem', vi.mocked(Taro.request).mock.calls)).toHaveLength(0);

    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('pickup-code')).textContent).toBe('042917');
    expect(screen.getByTestId('redeem-result').textContent).toContain('兑换成功');
    expect(await screen.findByText('110')).toBeTruthy();
  });

  it('disables what is sold out or too dear, and says why', async () => {
    stubGraphQL({ MallShelf: shelf, MyRedemptions: noRedemptions });
    render(<MallPage />);
    expect(within(await item('食用油 5 升')).getByTestId('redeem-button').textContent).toBe('工分不够');
    expect(within(await item('米醋 500 毫升')).getByTestId('redeem-button').textContent).toBe('兑完了');
    expect((within(await item('食用油 5 升')).getByTestId('redeem-button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('a top-up asks for the phone number, prefilled with the villager own', async () => {
    stubGraphQL({
      MallShelf: shelf,
      MyRedemptions: noRedemptions,
      RedeemMallItem: () => ({
        data: {
          redeemMallItem: redemption({
            status: 'TOPUP_DONE',
            pickupCode: null,
            points: 100,
            item: { id: '5', name: '话费 10 元', kind: 'PHONE_CREDIT' },
          }),
        },
      }),
    });
    render(<MallPage />);
    fireEvent.click(within(await item('话费 10 元')).getByTestId('redeem-button'));
    const phone = screen.getByTestId('redeem-phone') as HTMLInputElement;
    expect(phone.value).toBe('13800000001');
    fireEvent.change(phone, { target: { value: '1390000' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(screen.getByTestId('redeem-notice').textContent).toBe('请输入要充值的 11 位手机号');
    expect(screen.getByTestId('redeem-phone-error').textContent).toBe('请输入要充值的 11 位手机号');

    fireEvent.change(phone, { target: { value: '13900000000' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('redeem-result')).textContent).toContain('充值成功');
    expect(variablesOf('RedeemMallItem', vi.mocked(Taro.request).mock.calls)[0].input).toMatchObject({ itemId: '5', phone: '13900000000' });
  });

  it('shows the refusals of the union: out of stock, not enough points', async () => {
    let answer: Record<string, unknown> = { __typename: 'OutOfStockError', errorCode: 'OUT_OF_STOCK', message: '库存不足，已兑完' };
    stubGraphQL({ MallShelf: shelf, MyRedemptions: noRedemptions, RedeemMallItem: () => ({ data: { redeemMallItem: answer } }) });
    render(<MallPage />);
    fireEvent.click(within(await item('食盐 500 克')).getByTestId('redeem-button'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('redeem-result')).textContent).toContain('已经兑完了库存不足，已兑完');
    fireEvent.click(screen.getByTestId('result-close'));

    answer = {
      __typename: 'InsufficientPointsError',
      errorCode: 'INSUFFICIENT_POINTS',
      message: '工分不足：兑换需要 20 分，您有 5 分',
      balance: 5,
      required: 20,
    };
    fireEvent.click(within(await item('食盐 500 克')).getByTestId('redeem-button'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('redeem-result')).textContent).toContain('工分不足：兑换需要 20 分，您有 5 分');
  });

  it('puts the BFF refusal of the phone number on it, and closes the sheet for an item taken off the shelf', async () => {
    let answer: Record<string, unknown> = {
      __typename: 'WorkpointsError',
      errorCode: 'BAD_USER_INPUT',
      message: '手机号不对',
      field: 'phone',
    };
    let shelves = 0;
    stubGraphQL({
      MallShelf: () => {
        shelves += 1;
        return shelf();
      },
      MyRedemptions: noRedemptions,
      RedeemMallItem: () => ({ data: { redeemMallItem: answer } }),
    });
    render(<MallPage />);
    fireEvent.click(within(await item('话费 10 元')).getByTestId('redeem-button'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('redeem-phone-error')).textContent).toBe('手机号不对');
    expect(screen.getByTestId('redeem-confirm')).toBeTruthy();
    fireEvent.change(screen.getByTestId('redeem-phone'), { target: { value: '13900000000' } });
    expect(screen.queryByTestId('redeem-phone-error')).toBeNull();

    answer = { __typename: 'WorkpointsError', errorCode: 'ITEM_INACTIVE', message: '该商品已下架', field: null };
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('mall-notice')).textContent).toBe('该商品已下架');
    expect(screen.queryByTestId('redeem-confirm')).toBeNull();
    expect(screen.queryByTestId('redeem-result')).toBeNull();
    await waitFor(() => expect(shelves).toBe(2));
  });

  it('retries a lost answer with the same key; the next redemption gets a new one', async () => {
    let online = false;
    stubGraphQL({
      MallShelf: shelf,
      MyRedemptions: noRedemptions,
      RedeemMallItem: () => {
        if (!online) throw { errMsg: 'request:fail' };
        return { data: { redeemMallItem: redemption() } };
      },
    });
    render(<MallPage />);
    fireEvent.click(within(await item('食盐 500 克')).getByTestId('redeem-button'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('redeem-notice')).textContent).toBe('网络不通，请检查网络后重试');

    online = true;
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await screen.findByTestId('pickup-code');
    fireEvent.click(screen.getByTestId('result-close'));
    fireEvent.click(within(await item('食盐 500 克')).getByTestId('redeem-button'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await screen.findByTestId('pickup-code');

    const [first, retry, next] = redeemKeys();
    expect(retry).toBe(first);
    expect(next).not.toBe(first);
  });
});
