import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import DeductionsPage from './index';

const members = [
  { id: '1', displayName: '王秀英', phone: '138****0001', household: { id: '1', name: '王秀英户' } },
  { id: '3', displayName: '陈建国', phone: '138****0003', household: { id: '2', name: '陈建国户' } },
];

describe('扣分', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signInAs('赵国强', ['VILLAGE_ADMIN'], '4');
  });
  afterEach(() => vi.useRealTimers());

  it('finds the villager by name, asks to confirm, and retries a lost answer with the same key', async () => {
    let online = false;
    stubGraphQL({
      VillageMembers: (v) => ({
        data: { villageMembers: { items: members.filter((m) => !v.search || m.displayName.includes(String(v.search))), nextCursor: null } },
      }),
      PendingAppeals: () => ({ data: { pendingAppeals: { items: [], nextCursor: null } } }),
      DeductPoints: (v) => {
        if (!online) throw { errMsg: 'request:fail' };
        const input = v.input as { points: number; reason: string };
        return {
          data: { deductPoints: { id: '9', points: input.points, reason: input.reason, villager: { id: '1', displayName: '王秀英' } } },
        };
      },
    });
    render(<DeductionsPage />);

    fireEvent.change(screen.getByTestId('villager-search'), { target: { value: '秀英' } });
    await act(() => vi.advanceTimersByTimeAsync(400));
    await waitFor(() => expect(screen.getAllByTestId('villager-option')).toHaveLength(1));
    expect(variablesOf('VillageMembers', vi.mocked(Taro.request).mock.calls).at(-1)).toMatchObject({ search: '秀英' });
    fireEvent.click(screen.getByTestId('villager-option'));
    expect(screen.getByTestId('villager-chosen').textContent).toBe('王秀英');

    fireEvent.change(screen.getByTestId('deduct-points'), { target: { value: '5' } });
    fireEvent.change(screen.getByTestId('deduct-reason'), { target: { value: '垃圾未分类' } });
    fireEvent.click(screen.getByTestId('deduct-submit'));
    expect(screen.getByTestId('confirm-sheet').textContent).toContain('给 王秀英 扣 5 分：垃圾未分类');
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('deduct-notice')).textContent).toBe('网络不通，请检查网络后重试');

    online = true;
    fireEvent.click(screen.getByTestId('deduct-submit'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('deduct-notice').textContent).toBe('已给 王秀英 扣 5 分'));
    const keys = variablesOf('DeductPoints', vi.mocked(Taro.request).mock.calls).map(
      (v) => (v.input as { idempotencyKey: string }).idempotencyKey,
    );
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(variablesOf('DeductPoints', vi.mocked(Taro.request).mock.calls)[0].input).toMatchObject({
      villagerId: '1',
      points: 5,
      reason: '垃圾未分类',
    });
  });
});
