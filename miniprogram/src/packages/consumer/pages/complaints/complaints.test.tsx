import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { complaintListItem, deadline, graphQLError } from '@/test/complaint-fixtures';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import MyComplaintsPage from './index';

describe('我的投诉', () => {
  beforeEach(() => signInAs('李明', ['CONSUMER'], '2'));

  it('lists the complaints with their status and deadline, pages on, and opens one', async () => {
    stubGraphQL({
      MyComplaints: (v) =>
        v.after
          ? {
              data: {
                myComplaints: {
                  items: [
                    complaintListItem({
                      id: '40',
                      status: 'SETTLED',
                      deadline: deadline({ stage: '', dueAt: null, workingDaysLeft: null }),
                    }),
                  ],
                  nextCursor: null,
                },
              },
            }
          : {
              data: {
                myComplaints: {
                  items: [
                    complaintListItem(),
                    complaintListItem({ id: '39', status: 'NEGOTIATING', deadline: deadline({ paused: true }) }),
                  ],
                  nextCursor: 'c2',
                },
              },
            },
    });
    render(<MyComplaintsPage />);
    const rows = await screen.findAllByTestId('complaint-item');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('陈记水果店');
    expect(rows[0].textContent).toContain('协商中');
    expect(rows[0].textContent).toContain('食品安全 · 要求退款 25.50 元');
    expect(rows[0].textContent).toContain('协商 · 还剩 3 个工作日');
    expect(rows[1].textContent).toContain('等待您答复，计时暂停');

    fireEvent.click(screen.getByTestId('complaints-more'));
    await waitFor(() => expect(screen.getAllByTestId('complaint-item')).toHaveLength(3));
    expect(variablesOf('MyComplaints', vi.mocked(Taro.request).mock.calls)[1]).toMatchObject({ after: 'c2' });
    expect(screen.getAllByTestId('complaint-item')[2].textContent).toContain('已和解');
    expect(screen.getAllByTestId('complaint-item')[2].querySelector('[data-testid="complaint-deadline"]')).toBeNull();

    fireEvent.click(screen.getAllByTestId('complaint-open')[0]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/consumer/pages/complaint/index?id=41' });
    fireEvent.click(screen.getByTestId('new-complaint'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/consumer/pages/file-complaint/index' });
  });

  it('says so when there are none', async () => {
    stubGraphQL({ MyComplaints: () => ({ data: { myComplaints: { items: [], nextCursor: null } } }) });
    render(<MyComplaintsPage />);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('您还没有投诉过');
  });

  it('shows the BFF message when the list cannot load, and retries', async () => {
    let fail = true;
    stubGraphQL({
      MyComplaints: () =>
        fail
          ? graphQLError('INTERNAL_SERVER_ERROR', '服务器出错了，请稍后再试')
          : { data: { myComplaints: { items: [complaintListItem()], nextCursor: null } } },
    });
    render(<MyComplaintsPage />);
    expect((await screen.findByTestId('error-retry')).textContent).toContain('服务器出错了，请稍后再试');
    fail = false;
    fireEvent.click(screen.getByTestId('retry-button'));
    expect(await screen.findByTestId('complaint-item')).toBeTruthy();
  });
});
