import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberedRole } from '@/device/active-role';
import { saveSession } from '@/device/session';
import { stubGraphQL } from '@/test/graphql-stub';
import { pageRoute } from '@/test/taro-mock';
import HomePage from './index';

const village = { id: 'v1', name: '大石盖村', town: '戴村镇' };

function account(roles: string[]) {
  return { id: 'a1', displayName: '戴大伯', roles, village, household: { id: 'h1', name: '戴建国户' } };
}

describe('home page', () => {
  beforeEach(() => {
    rememberedRole.set(null);
    saveSession({
      token: 'tok',
      expiresAt: '2099-01-01T00:00:00.000Z',
      account: { id: 'a1', displayName: '戴大伯', phone: null, roles: ['VILLAGER'] },
    });
  });

  it('greets a villager by name and shows the village prominently', async () => {
    stubGraphQL({ HomeAccount: () => ({ data: { me: account(['VILLAGER']) } }) });
    render(<HomePage />);

    expect((await screen.findByTestId('home-greeting')).textContent).toBe('您好，戴大伯');
    expect(screen.getByTestId('home-village').textContent).toBe('大石盖村 · 戴村镇');
    expect(screen.getByTestId('home-household').textContent).toBe('戴建国户');
    expect(screen.queryByTestId('role-switcher')).toBeNull();
    expect(screen.getAllByText('即将开放').length).toBeGreaterThan(0);
  });

  it('opens 我的工分 and the villager services from the home, and says 工分 (not 积分)', async () => {
    stubGraphQL({ HomeAccount: () => ({ data: { me: account(['VILLAGER']) } }) });
    render(<HomePage />);

    fireEvent.click(await screen.findByTestId('workspace-link'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/villager/pages/points/index' });
    fireEvent.click(screen.getByTestId('service-pay-code'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/villager/pages/pay-code/index' });
    fireEvent.click(screen.getByTestId('service-mall'));
    fireEvent.click(screen.getByTestId('service-canteen'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/villager/pages/canteen/index' });
    expect(document.body.textContent).not.toContain('积分');
  });

  it('gives a shop 收工分 first and a village admin 审核工分', async () => {
    stubGraphQL({ HomeAccount: () => ({ data: { me: account(['MERCHANT']) } }) });
    const { unmount } = render(<HomePage />);
    expect((await screen.findByTestId('workspace-link')).textContent).toContain('收工分');
    fireEvent.click(screen.getByTestId('service-trace-products'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/merchant/pages/trace-products/index' });
    fireEvent.click(screen.getByTestId('service-recall-tasks'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/merchant/pages/recall-tasks/index' });
    unmount();

    stubGraphQL({ HomeAccount: () => ({ data: { me: account(['VILLAGE_ADMIN']) } }) });
    render(<HomePage />);
    expect((await screen.findByTestId('workspace-link')).textContent).toContain('审核工分');
    expect(screen.getByTestId('service-activities')).toBeTruthy();
    expect(screen.getByTestId('service-settlement')).toBeTruthy();
  });

  it('lets an account with several roles switch, and remembers the choice', async () => {
    stubGraphQL({ HomeAccount: () => ({ data: { me: account(['VILLAGER', 'MERCHANT']) } }) });
    render(<HomePage />);

    fireEvent.click(await screen.findByTestId('role-option-MERCHANT'));

    expect(screen.getByTestId('home-merchant')).toBeTruthy();
    expect(screen.getByText('我的店铺')).toBeTruthy();
    expect(Taro.getStorageSync('gongfu.activeRole')).toBe('MERCHANT');
  });

  it('offers a retry when the network is down, and loads on retry', async () => {
    let online = false;
    stubGraphQL({
      HomeAccount: () => {
        if (!online) throw { errMsg: 'request:fail' };
        return { data: { me: account(['VILLAGER']) } };
      },
    });
    render(<HomePage />);

    expect(await screen.findByText('网络不通，请检查网络后重试')).toBeTruthy();
    online = true;
    fireEvent.click(screen.getByTestId('retry-button'));

    expect(await screen.findByTestId('home-greeting')).toBeTruthy();
  });

  it('sends someone who is not signed in to the login page without asking the BFF', () => {
    Taro.removeStorageSync('gongfu.session');
    pageRoute.current = '/pages/home/index';
    render(<HomePage />);

    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
    expect(Taro.request).not.toHaveBeenCalled();
  });
});
