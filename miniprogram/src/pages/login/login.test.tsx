import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadSession } from '@/device/session';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs } from '@/test/session';
import { pageParams } from '@/test/taro-mock';
import LoginPage from './index';

const demoAccounts = [
  { displayName: '王大伯', phone: '13800138000', roles: ['VILLAGER', 'MERCHANT'] },
  { displayName: '李检查', phone: '13900139000', roles: ['REGULATOR'] },
];

const codeSent = {
  requestLoginCode: {
    __typename: 'LoginCodeSent',
    phoneMasked: '138****8000',
    expiresInSeconds: 300,
    resendAfterSeconds: 60,
    devCode: '246810',
  },
};

const signedIn = {
  phoneLogin: {
    __typename: 'AuthPayload',
    token: 'tok-new',
    expiresAt: '2099-01-01T00:00:00.000Z',
    account: { id: 'a1', displayName: '王大伯', phone: '13800138000', roles: ['VILLAGER', 'MERCHANT'] },
  },
};

function typeInto(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

async function signInWith(phoneLogin: unknown) {
  stubGraphQL({
    LoginDemoAccounts: () => ({ data: { demoAccounts: [] } }),
    PhoneLogin: () => ({ data: { phoneLogin } }),
  });
  render(<LoginPage />);
  typeInto('phone-input', '13800138000');
  typeInto('code-input', '246810');
  fireEvent.click(screen.getByTestId('login-button'));
}

describe('login page', () => {
  it('lists the demo accounts with their roles in Chinese', async () => {
    stubGraphQL({ LoginDemoAccounts: () => ({ data: { demoAccounts } }) });
    render(<LoginPage />);

    const items = await screen.findAllByTestId('demo-account');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('王大伯');
    expect(items[0].textContent).toContain('村民、商家');
    expect(items[1].textContent).toContain('监管人员');
  });

  it('shows no demo picker when the BFF lists no demo accounts (production)', async () => {
    stubGraphQL({ LoginDemoAccounts: () => ({ data: { demoAccounts: [] } }) });
    render(<LoginPage />);

    await waitFor(() => expect(Taro.request).toHaveBeenCalled());
    expect(screen.queryByTestId('demo-accounts')).toBeNull();
    expect(screen.getByTestId('phone-input')).toBeTruthy();
  });

  it('signs in with one tap on a demo account, with the code the BFF shows for it', async () => {
    const logins: unknown[] = [];
    stubGraphQL({
      LoginDemoAccounts: () => ({ data: { demoAccounts } }),
      RequestLoginCode: ({ phone, fromDemoPicker }) =>
        phone === '13800138000' && fromDemoPicker === true ? { data: codeSent } : { data: null },
      PhoneLogin: (variables) => {
        logins.push(variables);
        return { data: signedIn };
      },
    });
    render(<LoginPage />);

    fireEvent.click((await screen.findAllByTestId('demo-account'))[0]);

    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' }));
    expect(logins).toEqual([{ phone: '13800138000', code: '246810' }]);
    expect(loadSession()?.account.displayName).toBe('王大伯');
  });

  it('asks for the code once when a demo account is tapped twice in a row', async () => {
    let asked = 0;
    stubGraphQL({
      LoginDemoAccounts: () => ({ data: { demoAccounts } }),
      RequestLoginCode: () => {
        asked += 1;
        return { data: codeSent };
      },
      PhoneLogin: () => ({ data: signedIn }),
    });
    render(<LoginPage />);
    const [account] = await screen.findAllByTestId('demo-account');

    fireEvent.click(account);
    fireEvent.click(account);

    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledTimes(1));
    expect(asked).toBe(1);
  });

  it('says once, beside the demo accounts, how long to wait when a tapped account may not have a new code yet', async () => {
    let asked = 0;
    stubGraphQL({
      LoginDemoAccounts: () => ({ data: { demoAccounts } }),
      RequestLoginCode: () => {
        asked += 1;
        return {
          data: {
            requestLoginCode: {
              __typename: 'RateLimitedError',
              errorCode: 'RATE_LIMITED',
              message: '操作太频繁，请 45 秒后再试',
              retryAfterSeconds: 45,
            },
          },
        };
      },
    });
    render(<LoginPage />);
    const [account] = await screen.findAllByTestId('demo-account');

    fireEvent.click(account);
    expect((await screen.findByTestId('demo-notice')).textContent).toBe('验证码发得太频繁了，请过45秒再试。');

    fireEvent.click(account);
    await waitFor(() => expect(screen.getByTestId('demo-notice').textContent).toMatch(/^验证码发得太频繁了，请过\d+秒再试。$/));
    expect(asked).toBe(1);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(document.body.textContent).not.toContain('操作太频繁');
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });

  it('opens the page that sent the person to log in, in place of the login page', async () => {
    pageParams.current = { returnTo: encodeURIComponent('/packages/consumer/pages/complaint/index?id=7') };
    await signInWith(signedIn.phoneLogin);

    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/consumer/pages/complaint/index?id=7' }));
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });

  it('opens only pages of this app after login, never another site', async () => {
    pageParams.current = { returnTo: encodeURIComponent('https://evil.example/pages/home/index') };
    await signInWith(signedIn.phoneLogin);

    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' }));
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('sends someone already signed in on to the page they were going to', async () => {
    signInAs('王大伯', ['VILLAGER']);
    pageParams.current = { returnTo: encodeURIComponent('/packages/villager/pages/points/index') };
    stubGraphQL({ LoginDemoAccounts: () => ({ data: { demoAccounts: [] } }) });
    render(<LoginPage />);

    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/villager/pages/points/index' }));
  });

  it('asks again as the picker did once the wait is over, so the demo code still shows', async () => {
    const asked: unknown[] = [];
    stubGraphQL({
      LoginDemoAccounts: () => ({ data: { demoAccounts } }),
      RequestLoginCode: (variables) => {
        asked.push(variables);
        return asked.length === 1
          ? {
              data: {
                requestLoginCode: {
                  __typename: 'RateLimitedError',
                  errorCode: 'RATE_LIMITED',
                  message: '请求太频繁',
                  retryAfterSeconds: 0,
                },
              },
            }
          : { data: codeSent };
      },
    });
    render(<LoginPage />);
    fireEvent.click((await screen.findAllByTestId('demo-account'))[0]);
    expect(await screen.findByText(/验证码发得太频繁了/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('request-code-button'));

    expect(await screen.findByText('演示验证码：246810')).toBeTruthy();
    expect(asked).toEqual([
      { phone: '13800138000', fromDemoPicker: true },
      { phone: '13800138000', fromDemoPicker: true },
    ]);
  });

  it('asks for a code by SMS, not on screen, when the person types the number in', async () => {
    const asked: unknown[] = [];
    stubGraphQL({
      LoginDemoAccounts: () => ({ data: { demoAccounts } }),
      RequestLoginCode: (variables) => {
        asked.push(variables);
        return { data: { requestLoginCode: { ...codeSent.requestLoginCode, devCode: null } } };
      },
    });
    render(<LoginPage />);
    typeInto('phone-input', '13800138000');
    fireEvent.click(screen.getByTestId('request-code-button'));

    expect(await screen.findByText(/验证码已发到 138\*\*\*\*8000/)).toBeTruthy();
    expect(asked).toEqual([{ phone: '13800138000', fromDemoPicker: false }]);
    expect(screen.queryByTestId('dev-code')).toBeNull();
  });

  it('on AuthPayload keeps the session and opens the home tab', async () => {
    await signInWith(signedIn.phoneLogin);

    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' }));
    expect(loadSession()?.token).toBe('tok-new');
    expect(loadSession()?.account.displayName).toBe('王大伯');
  });

  it('on LoginError says what was wrong and how many tries are left', async () => {
    await signInWith({ __typename: 'LoginError', errorCode: 'WRONG_CODE', message: '验证码不对', attemptsLeft: 2 });

    expect(await screen.findByText('验证码不对（还可以再试 2 次）')).toBeTruthy();
    expect(Taro.switchTab).not.toHaveBeenCalled();
    expect(loadSession()).toBeNull();
  });

  it('on RateLimitedError says how long to wait', async () => {
    await signInWith({
      __typename: 'RateLimitedError',
      errorCode: 'RATE_LIMITED',
      message: '尝试次数太多',
      retryAfterSeconds: 120,
    });

    expect(await screen.findByText('登录次数太多了，请过2分钟再试。')).toBeTruthy();
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });

  it('says the network is down when the BFF cannot be reached', async () => {
    stubGraphQL({
      LoginDemoAccounts: () => ({ data: { demoAccounts: [] } }),
      PhoneLogin: () => {
        throw { errMsg: 'request:fail' };
      },
    });
    render(<LoginPage />);
    typeInto('phone-input', '13800138000');
    typeInto('code-input', '246810');
    fireEvent.click(screen.getByTestId('login-button'));

    expect(await screen.findByText('网络不通，请检查网络后重试')).toBeTruthy();
  });

  it('asks for a real phone number before calling the BFF', async () => {
    stubGraphQL({ LoginDemoAccounts: () => ({ data: { demoAccounts: [] } }) });
    render(<LoginPage />);
    typeInto('phone-input', '12345');
    fireEvent.click(screen.getByTestId('request-code-button'));

    expect(await screen.findByText('请输入11位手机号码')).toBeTruthy();
    expect(Taro.request).toHaveBeenCalledTimes(1); // the demo account list only
  });

  it('on a rate-limited code request waits before allowing another', async () => {
    stubGraphQL({
      LoginDemoAccounts: () => ({ data: { demoAccounts: [] } }),
      RequestLoginCode: () => ({
        data: {
          requestLoginCode: {
            __typename: 'RateLimitedError',
            errorCode: 'RATE_LIMITED',
            message: '验证码发送太频繁',
            retryAfterSeconds: 45,
          },
        },
      }),
    });
    render(<LoginPage />);
    typeInto('phone-input', '13800138000');
    fireEvent.click(screen.getByTestId('request-code-button'));

    expect(await screen.findByText('验证码发得太频繁了，请过45秒再试。')).toBeTruthy();
    expect((screen.getByTestId('request-code-button') as HTMLButtonElement).disabled).toBe(true);
  });
});
