import Taro from '@tarojs/taro';
import { describe, expect, it, vi } from 'vitest';
import { LogoutDocument } from '@/pages/me/me.generated';
import { PhoneLoginDocument } from '@/pages/login/login.generated';
import { loadSession, saveSession } from '@/device/session';
import { pageParams, pageRoute } from '@/test/taro-mock';
import { ApiError } from './api-error';
import { request } from './client';

const request$ = vi.mocked(Taro.request);

function answer(body: unknown, statusCode = 200) {
  request$.mockResolvedValueOnce({ statusCode, data: body, header: {}, errMsg: 'request:ok' } as never);
}

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const future = new Date(Date.now() + 3_600_000).toISOString();

describe('request', () => {
  it('POSTs the operation text and variables to /graphql and returns the data', async () => {
    answer({ data: { logout: true } });

    await expect(request(LogoutDocument)).resolves.toEqual({ logout: true });

    const options = request$.mock.calls[0][0] as { url: string; method: string; header: object; data: { query: string } };
    expect(options.url).toBe('/graphql');
    expect(options.method).toBe('POST');
    expect(options.data).toEqual({ query: LogoutDocument.toString(), variables: {} });
    expect(options.data.query).toContain('mutation Logout');
    expect(options.header).not.toHaveProperty('Authorization');
  });

  it('carries the stored token as a bearer token', async () => {
    saveSession({ token: 'tok-1', expiresAt: future, account: { id: '1', displayName: '王大伯', phone: null, roles: [] } });
    answer({ data: { logout: true } });

    await request(LogoutDocument);

    expect(request$.mock.calls[0][0].header).toMatchObject({ Authorization: 'Bearer tok-1' });
  });

  it("keeps the BFF's Chinese message and its code", async () => {
    answer({ errors: [{ message: '验证码已过期，请重新获取', extensions: { code: 'BAD_USER_INPUT' } }], data: null });

    const error = await failure(request(PhoneLoginDocument, { phone: '13800138000', code: '123456' }));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('验证码已过期，请重新获取');
  });

  it('replaces an English message from graphql-js with a Chinese one', async () => {
    answer({ errors: [{ message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, 400);

    const error = await failure(request(LogoutDocument));

    expect(error.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toBe('出了点问题，请稍后再试');
  });

  it('gives a code-specific Chinese message when the BFF sent an English one', async () => {
    answer({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] });

    const error = await failure(request(LogoutDocument));

    expect(error).toMatchObject({ code: 'FORBIDDEN', message: '您没有权限进行此操作' });
  });

  it('keeps the request id of an internal error for support', async () => {
    answer({
      errors: [{ message: '服务器出错了，请稍后再试（编号 req-42）', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' } }],
    });

    const error = await failure(request(LogoutDocument));

    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
  });

  it('treats an error without a code as an internal error', async () => {
    answer({ errors: [{ message: 'boom' }] });

    const error = await failure(request(LogoutDocument));

    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: '服务器出错了，请稍后再试' });
  });

  it('reports a failed connection as NETWORK_ERROR with a message saying what to do', async () => {
    request$.mockRejectedValueOnce({ errMsg: 'request:fail timeout' });

    const error = await failure(request(LogoutDocument));

    expect(error).toMatchObject({ code: 'NETWORK_ERROR', message: '网络不通，请检查网络后重试' });
  });

  it('reports a reply that is not GraphQL (a proxy error page) as BAD_RESPONSE', async () => {
    answer('<html>502 Bad Gateway</html>', 502);

    const error = await failure(request(LogoutDocument));

    expect(error).toMatchObject({ code: 'BAD_RESPONSE', message: '服务暂时不可用，请稍后再试' });
  });

  it('on UNAUTHENTICATED forgets the token and opens the login page, to come back to this page after', async () => {
    saveSession({ token: 'old', expiresAt: future, account: { id: '1', displayName: '王大伯', phone: null, roles: [] } });
    pageRoute.current = '/packages/consumer/pages/complaint/index';
    pageParams.current = { id: '7', $taroTimestamp: '1764400000000' };
    answer({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });

    const error = await failure(request(LogoutDocument));

    expect(error.code).toBe('UNAUTHENTICATED');
    expect(loadSession()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({
      url: `/pages/login/index?returnTo=${encodeURIComponent('/packages/consumer/pages/complaint/index?id=7')}`,
    });
  });

  it('on UNAUTHENTICATED while already on the login page stays there', async () => {
    pageRoute.current = 'pages/login/index';
    answer({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });

    await failure(request(LogoutDocument));

    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });
});
