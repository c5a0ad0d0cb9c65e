import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ActivityPage from '@/packages/villager/pages/activity/index';
import PointsPage from '@/packages/villager/pages/points/index';
import PayCodePage from '@/packages/villager/pages/pay-code/index';
import { signInAs } from '@/test/session';
import { pageParams, pageRoute } from '@/test/taro-mock';
import { ROUTES } from '@/routes';

describe('a role page for someone who may not use it', () => {
  it('tells a signed-in person without the role, once, whose page it is, asks the BFF nothing and leads home', async () => {
    signInAs('陈建国', ['MERCHANT']);
    pageRoute.current = ROUTES.villagerPoints;
    render(<PointsPage />);

    const notice = screen.getByTestId('other-role');
    expect(notice.textContent).toContain('此页面供村民使用');
    expect(notice.textContent).toContain('商家');
    expect(screen.queryByTestId('error-retry')).toBeNull();
    expect(screen.queryByText('没能加载出来')).toBeNull();
    fireEvent.click(screen.getByTestId('other-role-home'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
    // Effects have run: no query left for the BFF, none will.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('fetches no payment code for a person who is not a villager', async () => {
    signInAs('周敏', ['REGULATOR']);
    pageRoute.current = ROUTES.villagerPayCode;
    render(<PayCodePage />);

    expect(screen.getByTestId('other-role').textContent).toContain('此页面供村民使用');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('sends someone signed out to log in, to come back here with the page’s query', async () => {
    pageRoute.current = ROUTES.villagerActivity;
    pageParams.current = { id: '12' };
    render(<ActivityPage />);

    await waitFor(() =>
      expect(Taro.reLaunch).toHaveBeenCalledWith({
        url: `/pages/login/index?returnTo=${encodeURIComponent('/packages/villager/pages/activity/index?id=12')}`,
      }),
    );
    expect(screen.queryByTestId('other-role')).toBeNull();
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('is the page itself for a person who holds the role', async () => {
    signInAs('陈建国', ['MERCHANT', 'VILLAGER']);
    pageRoute.current = ROUTES.villagerPoints;
    render(<PointsPage />);

    await waitFor(() => expect(Taro.request).toHaveBeenCalled());
    expect(screen.queryByTestId('other-role')).toBeNull();
  });
});
