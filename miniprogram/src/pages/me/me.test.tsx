import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs } from '@/test/session';
import { showPage } from '@/test/taro-mock';
import MePage from './index';

const me = (roles: string[]) => ({
  data: { me: { id: '5', displayName: '周敏', phone: '138****0005', roles, village: null, household: null } },
});

describe('我的: scans and messages', () => {
  beforeEach(() => signInAs('周敏', ['REGULATOR'], '5'));

  it('links every signed-in role to its scans and messages, with the unread count on 消息', async () => {
    let unread = 3;
    stubGraphQL({ MeAccount: () => me(['REGULATOR']), UnreadNoticeCount: () => ({ data: { unreadNoticeCount: unread } }) });
    render(<MePage />);
    expect((await screen.findByTestId('me-notices-badge')).textContent).toBe('3 条未读');
    expect(screen.getByRole('button', { name: /^消息.*3 条未读$/ })).toBe(screen.getByTestId('me-notices'));

    fireEvent.click(screen.getByTestId('me-scans'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/consumer/pages/my-scans/index' });
    fireEvent.click(screen.getByTestId('me-notices'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/consumer/pages/notices/index' });

    // Back on the tab after reading them: the badge goes.
    unread = 0;
    act(() => showPage());
    await waitFor(() => expect(screen.queryByTestId('me-notices-badge')).toBeNull());
  });

  it('keeps the links when the count cannot be loaded, just without a badge', async () => {
    stubGraphQL({
      MeAccount: () => me(['CONSUMER']),
      UnreadNoticeCount: () => ({ errors: [{ message: '服务器出错了', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
    });
    render(<MePage />);
    expect(await screen.findByTestId('me-name')).toBeTruthy();
    expect(screen.getByTestId('me-scans')).toBeTruthy();
    expect(screen.queryByTestId('me-notices-badge')).toBeNull();
  });
});
