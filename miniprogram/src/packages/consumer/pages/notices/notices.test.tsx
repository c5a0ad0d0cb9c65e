import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { takePendingScan } from '@/pages/scan/open-scan';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { openAppLink } from './open-link';
import NoticesPage from './index';

const recallNotice = {
  id: '11',
  kind: 'RECALL',
  title: '您扫过的商品被召回',
  body: '「戴村土鸡蛋」批号 L20261120 已被一级召回：恩诺沙星超标。如果您买了这批商品，请不要食用。',
  link: `/pages/scan/index?code=${encodeURIComponent('(01)06901234567892(10)L20261120')}`,
  createdAt: '2026-11-22T02:00:00.000Z',
  readAt: null,
};
const systemNotice = {
  id: '10',
  kind: 'SYSTEM',
  title: '欢迎使用共富',
  body: '扫商品上的码，可以看它从哪里来。',
  link: null,
  createdAt: '2026-11-20T02:00:00.000Z',
  readAt: '2026-11-20T03:00:00.000Z',
};

const calls = (operation: string) => variablesOf(operation, vi.mocked(Taro.request).mock.calls);

describe('消息', () => {
  beforeEach(() => signInAs('李明', ['CONSUMER'], '6'));

  it('shows unread messages with a dot, marks one read when opened and goes where it points', async () => {
    stubGraphQL({
      MyNotices: () => ({ data: { myNotices: { items: [recallNotice, systemNotice], nextCursor: null } } }),
      MarkNoticesRead: (v) => ({ data: { markNoticesRead: (v.ids as string[]).length } }),
    });
    render(<NoticesPage />);
    const [recall, system] = await screen.findAllByTestId('notice-item');
    expect(recall.textContent).toContain('召回提醒');
    expect(recall.textContent).toContain('恩诺沙星超标');
    expect(screen.getByRole('button', { name: /^未读\s*您扫过的商品被召回/ })).toBe(recall);
    expect(screen.getAllByTestId('unread-dot')).toHaveLength(1);
    expect(system.getAttribute('data-unread')).toBe('false');

    fireEvent.click(recall);
    await waitFor(() => expect(screen.queryAllByTestId('unread-dot')).toHaveLength(0));
    expect(calls('MarkNoticesRead')).toEqual([{ ids: ['11'] }]);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/scan/index' });
    expect(takePendingScan()).toEqual({ code: '(01)06901234567892(10)L20261120' });

    // A message already read, without a link: nothing to ask the BFF, nowhere to go.
    fireEvent.click(system);
    expect(calls('MarkNoticesRead')).toHaveLength(1);
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('filters to recalls only', async () => {
    stubGraphQL({
      MyNotices: (v) => ({
        data: { myNotices: { items: v.kind === 'RECALL' ? [recallNotice] : [recallNotice, systemNotice], nextCursor: null } },
      }),
    });
    render(<NoticesPage />);
    await waitFor(() => expect(screen.getAllByTestId('notice-item')).toHaveLength(2));
    expect(screen.queryByTestId('notice-filter-RECALL_TASK')).toBeNull();
    fireEvent.click(screen.getByTestId('notice-filter-RECALL'));
    await waitFor(() => expect(screen.getAllByTestId('notice-item')).toHaveLength(1));
    expect(calls('MyNotices').at(-1)).toMatchObject({ kind: 'RECALL' });
    expect(screen.getByTestId('notice-filter-RECALL').getAttribute('aria-checked')).toBe('true');
  });

  it('marks everything read at once, and shows the BFF refusal when it fails', async () => {
    let failing = true;
    stubGraphQL({
      MyNotices: () => ({ data: { myNotices: { items: [recallNotice], nextCursor: null } } }),
      MarkNoticesRead: () =>
        failing
          ? { errors: [{ message: '操作太频繁，请稍后再试', extensions: { code: 'RATE_LIMITED' } }] }
          : { data: { markNoticesRead: 1 } },
    });
    render(<NoticesPage />);
    await screen.findByTestId('unread-dot');
    fireEvent.click(screen.getByTestId('mark-all-read'));
    expect((await screen.findByTestId('notices-notice')).textContent).toBe('操作太频繁，请稍后再试');
    expect(screen.getByTestId('unread-dot')).toBeTruthy();

    failing = false;
    fireEvent.click(screen.getByTestId('mark-all-read'));
    await waitFor(() => expect(screen.getByTestId('notices-notice').textContent).toBe('已把 1 条消息标为已读'));
    expect(screen.queryByTestId('unread-dot')).toBeNull();
    expect(calls('MarkNoticesRead').at(-1)).toEqual({ ids: null });
  });

  it('says so when there are no messages, and gives a shop its recall tasks as a filter', async () => {
    signInAs('王老板', ['MERCHANT'], '8');
    stubGraphQL({ MyNotices: () => ({ data: { myNotices: { items: [], nextCursor: null } } }) });
    render(<NoticesPage />);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('还没有消息');
    expect(screen.getByTestId('notice-filter-RECALL_TASK')).toBeTruthy();
  });
});

describe('where a message points', () => {
  it('opens tab pages by switching, sub-pages by navigating, and product codes on the scan tab', () => {
    openAppLink('/packages/merchant/pages/recall-tasks/index');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/merchant/pages/recall-tasks/index' });
    openAppLink('/pages/me/index');
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/me/index' });
    openAppLink('https://gongfu.example/01/06901234567892/10/L1');
    expect(takePendingScan()).toEqual({ code: 'https://gongfu.example/01/06901234567892/10/L1' });
    openAppLink('/pages/scan/index');
    expect(takePendingScan()).toBeNull();
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/scan/index' });
  });
});
