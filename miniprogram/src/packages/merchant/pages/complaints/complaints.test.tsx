import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { complaintListItem, deadline, graphQLError } from '@/test/complaint-fixtures';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import MerchantComplaintsPage from './index';

const calls = () => vi.mocked(Taro.request).mock.calls;

describe('顾客投诉（商家）', () => {
  beforeEach(() => signInAs('陈建国', ['MERCHANT'], '3'));

  it('lists open complaints soonest first, overdue in red, the consumer masked as the BFF sends it', async () => {
    stubGraphQL({
      MerchantComplaintInbox: (v) => ({
        data: {
          merchantComplaintInbox: {
            items: v.openOnly
              ? [
                  complaintListItem({
                    id: '50',
                    consumer: { displayName: '李*', phone: '138****0002' },
                    deadline: deadline({ overdue: true, workingDaysLeft: -1 }),
                  }),
                  complaintListItem({
                    id: '51',
                    consumer: { displayName: '王*英', phone: '138****0001' },
                    deadline: deadline({ workingDaysLeft: 6 }),
                  }),
                ]
              : [
                  complaintListItem({
                    id: '40',
                    status: 'SETTLED',
                    consumer: { displayName: '李*', phone: null },
                    deadline: deadline({ stage: '' }),
                  }),
                ],
            nextCursor: null,
          },
        },
      }),
    });
    render(<MerchantComplaintsPage />);
    const rows = await screen.findAllByTestId('complaint-item');
    expect(variablesOf('MerchantComplaintInbox', calls())[0]).toMatchObject({ openOnly: true, first: 10 });
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['50', '51']);
    expect(rows[0].getAttribute('data-overdue')).toBe('true');
    expect(rows[0].className).toContain('complaint-row--overdue');
    expect(rows[0].textContent).toContain('李* 138****0002');
    expect(rows[0].textContent).toContain('协商 · 已超期');
    expect(rows[1].getAttribute('data-overdue')).toBe('false');
    expect(rows[1].textContent).toContain('王*英 138****0001');
    expect(rows[1].textContent).toContain('投诉 陈记水果店');

    fireEvent.click(screen.getAllByTestId('complaint-open')[1]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/merchant/pages/complaint/index?id=51' });

    fireEvent.click(screen.getByTestId('inbox-filter-all'));
    await waitFor(() => expect(screen.getAllByTestId('complaint-item').map((r) => r.getAttribute('data-id'))).toEqual(['40']));
    expect(variablesOf('MerchantComplaintInbox', calls()).at(-1)).toMatchObject({ openOnly: false });
  });

  it('says so when nothing is waiting, and shows a refusal', async () => {
    stubGraphQL({ MerchantComplaintInbox: () => ({ data: { merchantComplaintInbox: { items: [], nextCursor: null } } }) });
    const { unmount } = render(<MerchantComplaintsPage />);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('没有要处理的投诉');
    unmount();

    stubGraphQL({ MerchantComplaintInbox: () => graphQLError('FORBIDDEN', '您没有权限进行此操作') });
    render(<MerchantComplaintsPage />);
    expect((await screen.findByTestId('error-retry')).textContent).toContain('您没有权限进行此操作');
  });
});
