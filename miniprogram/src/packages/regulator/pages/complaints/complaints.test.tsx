import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { complaintListItem, deadline, graphQLError, refused } from '@/test/complaint-fixtures';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import RegulatorComplaintsPage from './index';

const calls = () => vi.mocked(Taro.request).mock.calls;
const stats = (missingCalendarYears: number[] = []) => ({
  data: {
    complaintStats: {
      thisMonth: { month: '2026-11', resolved: 12, medianWorkingDays: 6.5 },
      lastMonth: { month: '2026-10', resolved: 9, medianWorkingDays: null },
      missingCalendarYears,
    },
  },
});
const submitted = (id: string, change: Record<string, unknown> = {}) =>
  complaintListItem({ id, status: 'SUBMITTED', deadline: deadline({ stage: '受理', workingDaysLeft: 5 }), ...change });
const page = (items: unknown[]) => ({ items, nextCursor: null });

describe('投诉受理与调解', () => {
  beforeEach(() => signInAs('周敏', ['REGULATOR'], '5'));

  it('shows this month’s and last month’s figures, and warns about a missing holiday calendar', async () => {
    stubGraphQL({
      ComplaintStats: () => stats([2027]),
      ComplaintAcceptanceQueue: () => ({ data: { complaintAcceptanceQueue: page([]) } }),
    });
    render(<RegulatorComplaintsPage />);
    expect((await screen.findByTestId('figure-this-month')).textContent).toContain('2026 年 11 月');
    expect(screen.getByTestId('figure-this-month-median').textContent).toBe('6.5 个工作日');
    expect(screen.getByTestId('figure-this-month-resolved').textContent).toBe('办结 12 件');
    expect(screen.getByTestId('figure-last-month-median').textContent).toBe('—');
    expect(screen.getByTestId('calendar-warning').textContent).toBe('2027 年节假日安排未录入，期限只按周末计算');
    expect((await screen.findByTestId('empty-state')).textContent).toContain('没有待受理的投诉');
  });

  it('accepts one complaint and declines another with a 12315 reason and a note', async () => {
    stubGraphQL({
      ComplaintStats: () => stats(),
      ComplaintAcceptanceQueue: () => ({
        data: { complaintAcceptanceQueue: page([submitted('60'), submitted('61', { consumer: { displayName: '王秀英', phone: null } })]) },
      }),
      AcceptComplaint: () => ({ data: { acceptComplaint: { id: '60', status: 'NEGOTIATING' } } }),
      DeclineComplaint: () => ({ data: { declineComplaint: { id: '61', status: 'DECLINED' } } }),
    });
    render(<RegulatorComplaintsPage />);
    expect(screen.queryByTestId('calendar-warning')).toBeNull();
    const rows = await screen.findAllByTestId('complaint-item');
    expect(rows[0].textContent).toContain('受理 · 还剩 5 个工作日');
    expect(rows[0].textContent).toContain('投诉人 李明：11 月 19 日买的一箱橘子');

    fireEvent.click(within(rows[0]).getByTestId('accept-complaint'));
    fireEvent.click(within(screen.getByTestId('acceptance-sheet')).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getAllByTestId('complaint-item')).toHaveLength(1));
    expect(screen.getByTestId('acceptance-notice').textContent).toBe('已受理：李明 投诉 陈记水果店，已转给商家协商');
    expect(variablesOf('AcceptComplaint', calls())[0]).toEqual({ input: { complaintId: '60', note: '' } });

    fireEvent.click(screen.getByTestId('decline-complaint'));
    const sheet = screen.getByTestId('acceptance-sheet');
    const ok = within(sheet).getByTestId('confirm-ok') as HTMLButtonElement;
    expect(ok.disabled).toBe(true);
    fireEvent.click(within(sheet).getByTestId('decline-reason-IN_COURT'));
    expect(ok.disabled).toBe(true);
    fireEvent.change(within(sheet).getByTestId('decline-note'), { target: { value: '已向法院起诉' } });
    expect(ok.disabled).toBe(false);
    fireEvent.click(ok);
    await waitFor(() => expect(screen.queryAllByTestId('complaint-item')).toHaveLength(0));
    expect(variablesOf('DeclineComplaint', calls())[0]).toEqual({ input: { complaintId: '61', reason: 'IN_COURT', note: '已向法院起诉' } });
    expect(screen.getByTestId('acceptance-notice').textContent).toBe('已不予受理：王秀英 投诉 陈记水果店');
  });

  it('keeps the complaint and shows the refusal when accepting fails; drops it when someone else decided', async () => {
    let code = 'FORBIDDEN';
    stubGraphQL({
      ComplaintStats: () => stats(),
      ComplaintAcceptanceQueue: () => ({ data: { complaintAcceptanceQueue: page([submitted('60')]) } }),
      AcceptComplaint: () =>
        code === 'FORBIDDEN'
          ? graphQLError('FORBIDDEN', '您没有权限进行此操作')
          : refused('acceptComplaint', 'ILLEGAL_TRANSITION', '这件投诉协商中，不能这样处理'),
    });
    render(<RegulatorComplaintsPage />);
    fireEvent.click(await screen.findByTestId('accept-complaint'));
    fireEvent.click(within(screen.getByTestId('acceptance-sheet')).getByTestId('confirm-ok'));
    expect((await screen.findByTestId('acceptance-sheet-notice')).textContent).toBe('您没有权限进行此操作');
    expect(screen.getAllByTestId('complaint-item')).toHaveLength(1);

    code = 'ILLEGAL_TRANSITION';
    fireEvent.click(within(screen.getByTestId('acceptance-sheet')).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.queryAllByTestId('complaint-item')).toHaveLength(0));
    expect(screen.getByTestId('acceptance-notice').textContent).toBe('这件投诉协商中，不能这样处理');
  });

  it('switches to the mediation queue and the overdue list', async () => {
    stubGraphQL({
      ComplaintStats: () => stats(),
      ComplaintAcceptanceQueue: () => ({ data: { complaintAcceptanceQueue: page([submitted('60')]) } }),
      ComplaintMediationQueue: () => ({
        data: {
          complaintMediationQueue: page([
            complaintListItem({ id: '70', status: 'MEDIATING', deadline: deadline({ stage: '调解', workingDaysLeft: 30 }) }),
          ]),
        },
      }),
      OverdueComplaints: () => ({
        data: { overdueComplaints: page([complaintListItem({ id: '80', deadline: deadline({ overdue: true, workingDaysLeft: -3 }) })]) },
      }),
    });
    render(<RegulatorComplaintsPage />);
    await screen.findByTestId('accept-complaint');
    fireEvent.click(screen.getByTestId('complaint-tab-mediation'));
    await waitFor(() => expect(screen.getByTestId('complaint-item').getAttribute('data-id')).toBe('70'));
    expect(screen.getByTestId('complaint-item').textContent).toContain('调解 · 还剩 30 个工作日');
    expect(screen.queryByTestId('accept-complaint')).toBeNull();

    fireEvent.click(screen.getByTestId('complaint-tab-overdue'));
    await waitFor(() => expect(screen.getByTestId('complaint-item').getAttribute('data-id')).toBe('80'));
    expect(screen.getByTestId('complaint-item').getAttribute('data-overdue')).toBe('true');
    fireEvent.click(screen.getByTestId('complaint-open'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/regulator/pages/complaint/index?id=80' });
  });
});
