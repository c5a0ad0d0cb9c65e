import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { showPage } from '@/test/taro-mock';
import PointsPage from './index';

function entry(id: number, amount: number, reason: string, kind = amount > 0 ? 'AWARD' : 'PAYMENT', reversed = false) {
  return {
    id: String(id),
    amount,
    balanceAfter: 100,
    createdAt: '2025-11-23T02:00:00.000Z',
    kind,
    reason,
    reversed,
  };
}

let balance = 120;
let historyFails = false;

function stubPoints(more: Record<string, (variables: Record<string, unknown>) => unknown> = {}) {
  stubGraphQL({
    PointsSummary: () => ({
      data: {
        myPointsBalance: balance,
        myHouseholdPoints: {
          householdName: '王秀英户',
          total: balance + 30,
          members: [
            { accountId: '1', displayName: '王秀英', balance },
            { accountId: '8', displayName: '王大山', balance: 30 },
          ],
        },
      },
    }),
    OpenActivities: () => ({ data: { openActivities: { items: [], nextCursor: null } } }),
    MyPointsHistory: (variables) => {
      if (historyFails) throw { errMsg: 'request:fail' };
      return variables.after
        ? { data: { myPointsHistory: { items: [entry(1, 120, '演示：往期活动累计工分')], nextCursor: null } } }
        : {
            data: {
              myPointsHistory: { items: [entry(3, -10, '工分支付 #1'), entry(2, 10, '参加活动：垃圾分类入户宣传')], nextCursor: '2' },
            },
          };
    },
    MyDeductions: () => ({
      data: {
        myDeductions: {
          items: [
            {
              id: '4',
              points: 5,
              reason: '垃圾未分类',
              createdAt: '2025-11-23T02:00:00.000Z',
              appealStatus: null,
              appealReason: null,
              appealedAt: null,
              appealDecisionNote: null,
            },
          ],
          nextCursor: null,
        },
      },
    }),
    AppealDeduction: (variables) => ({
      data: {
        appealDeduction: {
          id: variables.deductionId,
          points: 5,
          reason: '垃圾未分类',
          createdAt: '2025-11-23T02:00:00.000Z',
          appealStatus: 'PENDING',
          appealReason: variables.reason,
          appealedAt: '2025-11-23T03:00:00.000Z',
          appealDecisionNote: null,
        },
      },
    }),
    ...more,
  });
}

describe('我的工分', () => {
  beforeEach(() => {
    balance = 120;
    historyFails = false;
    signInAs('王秀英', ['VILLAGER']);
    stubPoints();
  });

  it('shows the balance big, the household total, and an empty 怎样挣工分', async () => {
    render(<PointsPage />);
    expect((await screen.findByTestId('points-balance')).textContent).toBe('120');
    expect(screen.getByTestId('household-total').textContent).toBe('王秀英户全家共 150 分');
    expect(await screen.findByText('现在没有可参加的活动')).toBeTruthy();
  });

  it('pages the history with 加载更多, with signs on the amounts', async () => {
    render(<PointsPage />);
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(2));
    expect(screen.getAllByTestId('history-entry')[0].textContent).toContain('−10');
    fireEvent.click(screen.getByTestId('history-more'));
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(3));
    expect(screen.getAllByTestId('history-entry')[2].textContent).toContain('+120');
    expect(variablesOf('MyPointsHistory', vi.mocked(Taro.request).mock.calls)[1]).toMatchObject({ after: '2', first: 10 });
    expect(screen.queryByTestId('history-more')).toBeNull();
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });

  it('shows a deduction overturned on appeal as undone, not as a red minus', async () => {
    stubPoints({
      MyPointsHistory: () => ({
        data: {
          myPointsHistory: {
            items: [entry(6, 5, '申诉成功，退回扣分：垃圾未分类', 'REVERSAL'), entry(5, -5, '扣分：垃圾未分类', 'DEDUCTION', true)],
            nextCursor: null,
          },
        },
      }),
    });
    render(<PointsPage />);
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(2));
    const [reversal, deduction] = screen.getAllByTestId('history-entry');
    expect(deduction.getAttribute('data-reversed')).toBe('true');
    expect(deduction.textContent).toContain('已撤销，工分已退回');
    expect(deduction.querySelector('.amount')!.className).toContain('amount--void');
    expect(deduction.querySelector('.amount')!.className).not.toContain('amount--minus');
    expect(reversal.getAttribute('data-reversed')).toBeNull();
  });

  it('keeps what is shown when 加载更多 fails, and offers to try again', async () => {
    render(<PointsPage />);
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(2));
    historyFails = true;
    fireEvent.click(screen.getByTestId('history-more'));
    expect(await screen.findByText('网络不通，请检查网络后重试')).toBeTruthy();
    expect(screen.getAllByTestId('history-entry')).toHaveLength(2);
    expect(screen.getByTestId('history-more').textContent).toBe('再试一次');
  });

  it('an appeal needs a reason, then shows as 申诉中', async () => {
    render(<PointsPage />);
    fireEvent.click(await screen.findByTestId('appeal-button'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('appeal-reason-error')).textContent).toBe('请写一写为什么觉得扣分不对');
    fireEvent.change(screen.getByTestId('appeal-reason'), { target: { value: '那天我不在家' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('appeal-notice')).textContent).toBe('申诉已提交，村干部会尽快处理');
    expect(screen.getByTestId('deduction').textContent).toContain('申诉中');
    expect(screen.queryByTestId('appeal-button')).toBeNull();
  });

  it('shows the BFF refusal of the reason under it, and clears it once the reason is edited', async () => {
    stubPoints({
      AppealDeduction: () => ({
        data: {
          appealDeduction: { __typename: 'WorkpointsError', errorCode: 'BAD_USER_INPUT', message: '申诉理由最多 200 字', field: 'reason' },
        },
      }),
    });
    render(<PointsPage />);
    fireEvent.click(await screen.findByTestId('appeal-button'));
    fireEvent.change(screen.getByTestId('appeal-reason'), { target: { value: '那天我不在家' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('appeal-reason-error')).textContent).toBe('申诉理由最多 200 字');
    expect(screen.getByTestId('confirm-sheet')).toBeTruthy();
    fireEvent.change(screen.getByTestId('appeal-reason'), { target: { value: '那天我不在家，是邻居' } });
    expect(screen.queryByTestId('appeal-reason-error')).toBeNull();
  });

  it('is up to date when the villager comes back to it', async () => {
    render(<PointsPage />);
    expect((await screen.findByTestId('points-balance')).textContent).toBe('120');
    balance = 130;
    showPage();
    await waitFor(() => expect(screen.getByTestId('points-balance').textContent).toBe('130'));
  });
});
