import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignJWT } from 'jose';
import { FakeAliyunSmsServer } from './fakes/aliyun-sms-fake';
import { errorCode, startTestApp, TEST_DB, type TestApp } from './helpers';

const ME = `{ me { id displayName phone roles village { name town county } household { name address village { name } } } }`;
const WECHAT_LOGIN = `mutation($code: String!) {
  wechatLogin(code: $code) {
    __typename
    ... on AuthPayload { token expiresAt account { displayName roles } }
    ... on ErrorResult { errorCode message }
  }
}`;
const REQUEST_CODE = `mutation($phone: String!, $fromDemoPicker: Boolean) {
  requestLoginCode(phone: $phone, fromDemoPicker: $fromDemoPicker) {
    __typename
    ... on LoginCodeSent { phoneMasked expiresInSeconds resendAfterSeconds devCode }
    ... on RateLimitedError { errorCode message retryAfterSeconds }
  }
}`;
const PHONE_LOGIN = `mutation($phone: String!, $code: String!) {
  phoneLogin(phone: $phone, code: $code) {
    __typename
    ... on AuthPayload { token account { displayName phone roles } }
    ... on LoginError { errorCode message attemptsLeft }
    ... on RateLimitedError { retryAfterSeconds }
  }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('WeChat login through code2Session', () => {
  it('logs the demo villager in and shows her village and household', async () => {
    const login = await app.gql(WECHAT_LOGIN, { code: 'demo-villager' });
    expect(login.data?.wechatLogin).toMatchObject({ __typename: 'AuthPayload', account: { displayName: '王秀英', roles: ['VILLAGER'] } });

    const me = await app.gql(ME, {}, login.data!.wechatLogin.token);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({
      displayName: '王秀英',
      phone: '13800000001',
      roles: ['VILLAGER'],
      village: { name: '大石盖村', town: '戴村镇' },
      household: { name: '王秀英户', village: { name: '大石盖村' } },
    });
  });

  it('sends the app id and secret to WeChat and never hands back the session key', async () => {
    const login = await app.gql(WECHAT_LOGIN, { code: 'demo-merchant' });
    const call = app.wechat.calls.at(-1)!;
    expect(call.get('appid')).toBe(app.wechat.appId);
    expect(call.get('js_code')).toBe('demo-merchant');
    const body = JSON.stringify(login);
    for (const key of app.wechat.issuedSessionKeys) expect(body).not.toContain(key);
  });

  it('gives a first-time WeChat user a consumer account', async () => {
    const login = await app.gql(WECHAT_LOGIN, { code: 'openid-of-a-new-user' });
    expect(login.data!.wechatLogin).toMatchObject({ __typename: 'AuthPayload', account: { roles: ['CONSUMER'] } });
    const again = await app.gql(WECHAT_LOGIN, { code: 'openid-of-a-new-user' });
    const me1 = await app.gql('{ me { id } }', {}, login.data!.wechatLogin.token);
    const me2 = await app.gql('{ me { id } }', {}, again.data!.wechatLogin.token);
    expect(me1.data!.me.id).toBe(me2.data!.me.id);
  });

  it('answers a code WeChat rejects with a LoginError the user can act on', async () => {
    const login = await app.gql(WECHAT_LOGIN, { code: 'bad-code' });
    expect(login.data!.wechatLogin).toMatchObject({ __typename: 'LoginError', errorCode: 'WECHAT_CODE_INVALID' });
  });

  it('reports WeChat being down as UPSTREAM_UNAVAILABLE', async () => {
    const login = await app.gql(WECHAT_LOGIN, { code: 'down-now' });
    expect(errorCode(login)).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('refuses an empty code as bad input', async () => {
    const login = await app.gql(WECHAT_LOGIN, { code: '' });
    expect(errorCode(login)).toBe('BAD_USER_INPUT');
  });
});

describe('phone and one-time code', () => {
  it('logs in with the code from the SMS and shows the owner her whole number', async () => {
    const sent = await app.gql(REQUEST_CODE, { phone: '13800000004' });
    expect(sent.data!.requestLoginCode).toMatchObject({
      __typename: 'LoginCodeSent',
      phoneMasked: '138****0004',
      devCode: null,
    });
    const code = app.sms.lastCodeFor('13800000004');
    const login = await app.gql(PHONE_LOGIN, { phone: '13800000004', code });
    expect(login.data!.phoneLogin).toMatchObject({
      __typename: 'AuthPayload',
      account: { displayName: '赵国强', phone: '13800000004', roles: ['VILLAGER', 'VILLAGE_ADMIN'] },
    });
  });

  it('accepts a code once only', async () => {
    await app.gql(REQUEST_CODE, { phone: '13900000011' });
    const code = app.sms.lastCodeFor('13900000011');
    const first = await app.gql(PHONE_LOGIN, { phone: '13900000011', code });
    expect(first.data!.phoneLogin.__typename).toBe('AuthPayload');
    const replay = await app.gql(PHONE_LOGIN, { phone: '13900000011', code });
    expect(replay.data!.phoneLogin).toMatchObject({ __typename: 'LoginError', errorCode: 'LOGIN_CODE_EXPIRED' });
  });

  it('lets exactly one of many concurrent logins with the same code through', async () => {
    await app.gql(REQUEST_CODE, { phone: '13900000012' });
    const code = app.sms.lastCodeFor('13900000012');
    const results = await Promise.all(Array.from({ length: 8 }, () => app.gql(PHONE_LOGIN, { phone: '13900000012', code })));
    const kinds = results.map((r) => r.data?.phoneLogin?.__typename);
    expect(kinds.filter((k) => k === 'AuthPayload')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'LoginError')).toHaveLength(7);
  });

  it('counts wrong codes down and then refuses even the right one', async () => {
    await app.gql(REQUEST_CODE, { phone: '13900000013' });
    const code = app.sms.lastCodeFor('13900000013');
    const wrong = code === '000000' ? '111111' : '000000';
    const first = await app.gql(PHONE_LOGIN, { phone: '13900000013', code: wrong });
    expect(first.data!.phoneLogin).toMatchObject({ errorCode: 'INVALID_LOGIN_CODE', attemptsLeft: 4 });
    expect(first.data!.phoneLogin.message).toContain('还可以试 4 次');
    for (let i = 0; i < 4; i++) await app.gql(PHONE_LOGIN, { phone: '13900000013', code: wrong });
    const right = await app.gql(PHONE_LOGIN, { phone: '13900000013', code });
    expect(right.data!.phoneLogin).toMatchObject({ __typename: 'LoginError', errorCode: 'TOO_MANY_ATTEMPTS' });
  });

  it('makes a new phone number a consumer', async () => {
    await app.gql(REQUEST_CODE, { phone: '13700000099' });
    const login = await app.gql(PHONE_LOGIN, { phone: '13700000099', code: app.sms.lastCodeFor('13700000099') });
    expect(login.data!.phoneLogin).toMatchObject({ account: { roles: ['CONSUMER'], displayName: '用户0099' } });
  });

  it('limits code requests per phone: one a minute', async () => {
    const first = await app.gql(REQUEST_CODE, { phone: '13900000014' });
    expect(first.data!.requestLoginCode.__typename).toBe('LoginCodeSent');
    const second = await app.gql(REQUEST_CODE, { phone: '13900000014' });
    expect(second.data!.requestLoginCode).toMatchObject({ __typename: 'RateLimitedError', errorCode: 'RATE_LIMITED' });
    expect(second.data!.requestLoginCode.retryAfterSeconds).toBeGreaterThan(0);
    expect(second.data!.requestLoginCode.message).toMatch(/秒后再试/);
  });

  it('refuses malformed phone numbers and codes as bad input, naming the field', async () => {
    const badPhone = await app.gql(REQUEST_CODE, { phone: '12345' });
    expect(errorCode(badPhone)).toBe('BAD_USER_INPUT');
    expect(badPhone.errors![0].message).toBe('请输入正确的 11 位手机号');
    expect(badPhone.errors![0].extensions!.invalid).toEqual([{ field: 'phone', message: '请输入正确的 11 位手机号' }]);
    const badCode = await app.gql(PHONE_LOGIN, { phone: '13800000001', code: '12ab' });
    expect(errorCode(badCode)).toBe('BAD_USER_INPUT');
    expect(badCode.errors![0].message).toBe('验证码是 6 位数字');
  });

  it('limits code requests per client address', async () => {
    const other = await startTestApp();
    try {
      const results = [];
      for (let i = 0; i < 21; i++) {
        results.push(await other.gql(REQUEST_CODE, { phone: `1360000${String(i).padStart(4, '0')}` }));
      }
      expect(results.slice(0, 20).every((r) => r.data!.requestLoginCode.__typename === 'LoginCodeSent')).toBe(true);
      expect(results[20].data!.requestLoginCode.__typename).toBe('RateLimitedError');
    } finally {
      await other.close();
    }
  });
});

/** A request from another client address than the tests' usual 127.0.0.1. */
async function gqlFrom(target: TestApp, address: string, query: string, variables: Record<string, unknown>) {
  const response = await target.server.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: address,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ query, variables }),
  });
  return response.json();
}

describe('how many codes and guesses', () => {
  it("lets one address use only part of a phone's daily codes, so a stranger cannot use them all up", async () => {
    const other = await startTestApp();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const victim = '13900000021';
      const fromStranger = [];
      for (let i = 0; i < 6; i++) {
        fromStranger.push(await gqlFrom(other, '10.9.9.9', REQUEST_CODE, { phone: victim }));
        vi.setSystemTime(Date.now() + 61_000);
      }
      const kinds = fromStranger.map((r) => r.data.requestLoginCode.__typename);
      expect(kinds).toEqual(['LoginCodeSent', 'LoginCodeSent', 'LoginCodeSent', 'LoginCodeSent', 'LoginCodeSent', 'RateLimitedError']);
      // The owner, from her own address, still gets a code.
      const own = await gqlFrom(other, '10.1.2.3', REQUEST_CODE, { phone: victim });
      expect(own.data.requestLoginCode.__typename).toBe('LoginCodeSent');
    } finally {
      vi.useRealTimers();
      await other.close();
    }
  });

  // SQLite runs one transaction at a time; MySQL runs them together, where a race can show.
  it.runIf(TEST_DB === 'mysql')('compares no more than five guesses of one code, however many race', async () => {
    const raced = await startTestApp();
    const phone = '13900000022';
    await raced.gql(REQUEST_CODE, { phone });
    const right = raced.sms.lastCodeFor(phone);
    const wrong = Array.from({ length: 5 }, (_, i) => String((Number(right) + i + 1) % 1_000_000).padStart(6, '0'));

    // Hold the code's row, so that every guess has read it before any of them is counted.
    const holder = raced.core.stores.get('identity').createQueryRunner();
    await holder.startTransaction();
    const guess = (code: string) => raced.gql(PHONE_LOGIN, { phone, code });
    const guesses: Array<ReturnType<typeof guess>> = [];
    try {
      await holder.query('SELECT id FROM login_code WHERE phone = ? AND consumed_at IS NULL FOR UPDATE', [phone]);
      for (const code of wrong) guesses.push(guess(code));
      await new Promise((resolve) => setTimeout(resolve, 300));
      guesses.push(guess(right));
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    try {
      const answers = (await Promise.all(guesses)).map((r) => r.data?.phoneLogin);
      const compared = answers.filter((a) => a?.__typename === 'AuthPayload' || a?.errorCode === 'INVALID_LOGIN_CODE');
      expect(compared.length).toBeLessThanOrEqual(5);
      const [{ attempts }] = await raced.core.stores.get('identity').query('SELECT attempts FROM login_code WHERE phone = ?', [phone]);
      expect(Number(attempts)).toBe(5);
    } finally {
      await raced.close();
    }
  });
});

describe('codes shown on screen and codes in the log', () => {
  it("shows a demo account's code only to the demo picker, and sends it no SMS", async () => {
    const phone = '13800000005';
    const sentBefore = app.sms.sent.length;
    const picked = await app.gql(REQUEST_CODE, { phone, fromDemoPicker: true });
    expect(picked.data!.requestLoginCode).toMatchObject({ __typename: 'LoginCodeSent', devCode: expect.stringMatching(/^\d{6}$/) });
    expect(app.sms.sent.length).toBe(sentBefore);
    const login = await app.gql(PHONE_LOGIN, { phone, code: picked.data!.requestLoginCode.devCode });
    expect(login.data!.phoneLogin.__typename).toBe('AuthPayload');
  });

  it('shows no code for a number that is not a demo account, picker or not', async () => {
    const sent = await app.gql(REQUEST_CODE, { phone: '13900000023', fromDemoPicker: true });
    expect(sent.data!.requestLoginCode).toMatchObject({ __typename: 'LoginCodeSent', devCode: null });
    expect(app.sms.lastCodeFor('13900000023')).toMatch(/^\d{6}$/);
  });

  it('shows no code without demo data, even to the picker', async () => {
    const plain = await startTestApp({ DEMO_DATA: 'false' });
    try {
      const sent = await plain.gql(REQUEST_CODE, { phone: '13800000006', fromDemoPicker: true });
      expect(sent.data!.requestLoginCode).toMatchObject({ __typename: 'LoginCodeSent', devCode: null });
      expect(plain.sms.lastCodeFor('13800000006')).toMatch(/^\d{6}$/);
    } finally {
      await plain.close();
    }
  });

  it('keeps codes out of the log outside development (SMS_PROVIDER=log)', async () => {
    const logged = await startTestApp({}, { overrides: { sms: undefined } });
    try {
      const info = vi.spyOn(logged.core.logger, 'info');
      const sent = await logged.gql(REQUEST_CODE, { phone: '13900000024' });
      expect(sent.data!.requestLoginCode.__typename).toBe('LoginCodeSent');
      const aboutCodes = info.mock.calls.filter((call) => call.some((arg) => typeof arg === 'string' && arg.includes('login code')));
      expect(aboutCodes).toHaveLength(1);
      expect(JSON.stringify(aboutCodes)).not.toMatch(/"code"|\d{6}/);
    } finally {
      await logged.close();
    }
  });
});

describe('login codes by Aliyun SMS (SMS_PROVIDER=aliyun against a local fake)', () => {
  const fake = new FakeAliyunSmsServer();
  let real: TestApp;
  beforeAll(async () => {
    const endpoint = await fake.start();
    real = await startTestApp(
      {
        SMS_PROVIDER: 'aliyun',
        ALIYUN_SMS_ACCESS_KEY_ID: fake.accessKeyId,
        ALIYUN_SMS_ACCESS_KEY_SECRET: fake.accessKeySecret,
        ALIYUN_SMS_SIGN_NAME: '共富乡村',
        ALIYUN_SMS_TEMPLATE_CODE: 'SMS_154950909',
        ALIYUN_SMS_ENDPOINT: endpoint,
      },
      { overrides: { sms: undefined } },
    );
  });
  afterAll(async () => {
    await real?.close();
    await fake.stop();
  });

  it('signs in with the code the SMS carried', async () => {
    const sent = await real.gql(REQUEST_CODE, { phone: '13700000051' });
    expect(sent.data!.requestLoginCode).toMatchObject({ __typename: 'LoginCodeSent', devCode: null });
    const code = fake.lastCodeFor('13700000051');
    const login = await real.gql(PHONE_LOGIN, { phone: '13700000051', code });
    expect(login.data!.phoneLogin.__typename).toBe('AuthPayload');
  });

  it("answers Aliyun's flow control as RateLimitedError", async () => {
    const sent = await real.gql(REQUEST_CODE, { phone: '13911112222' });
    expect(sent.data!.requestLoginCode).toMatchObject({ __typename: 'RateLimitedError', errorCode: 'RATE_LIMITED' });
  });

  it('reports the SMS service down as UPSTREAM_UNAVAILABLE, with nothing of its answer', async () => {
    fake.down = true;
    try {
      const sent = await real.gql(REQUEST_CODE, { phone: '13700000052' });
      expect(errorCode(sent)).toBe('UPSTREAM_UNAVAILABLE');
      expect(sent.errors![0].message).toBe('短信服务暂时不可用，请稍后再试');
      expect(JSON.stringify(sent)).not.toMatch(/ServiceUnavailable|503/);
    } finally {
      fake.down = false;
    }
  });
});

describe('tokens', () => {
  it('refuses a tampered token with UNAUTHENTICATED', async () => {
    const token = await app.loginAs('demo-consumer');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: '1' })).toString('base64url');
    const response = await app.gql('{ me { id } }', {}, `${header}.${forged}.${signature}`);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].message).toBe('登录信息无效，请重新登录');
  });

  it('refuses an expired token with UNAUTHENTICATED', async () => {
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('gongfu')
      .setSubject('1')
      .setJti('00000000-0000-0000-0000-000000000000')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(app.config.jwtSecret);
    const response = await app.gql('{ me { id } }', {}, expired);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].message).toBe('登录已过期，请重新登录');
  });

  it('refuses a token after logout, and only that one', async () => {
    const phoneToken = await app.loginAs('demo-bank');
    const otherDevice = await app.loginAs('demo-bank');
    const out = await app.gql('mutation { logout }', {}, phoneToken);
    expect(out.data).toEqual({ logout: true });
    const after = await app.gql('{ me { id } }', {}, phoneToken);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.errors![0].message).toBe('您已退出登录，请重新登录');
    const still = await app.gql('{ me { displayName } }', {}, otherDevice);
    expect(still.data!.me.displayName).toBe('吴行');
  });

  it('refuses a token signed with another secret', async () => {
    const other = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('gongfu')
      .setSubject('1')
      .setJti('x')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    expect(errorCode(await app.gql('{ me { id } }', {}, other))).toBe('UNAUTHENTICATED');
  });

  it('asks an anonymous caller of me to sign in', async () => {
    const response = await app.gql('{ me { id } }');
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].message).toBe('请先登录');
  });
});

describe('demo accounts', () => {
  it("lists the demo openids outside production, the two businesses down the eggs' chain last", async () => {
    const response = await app.gql('{ demoAccounts { openid roles } }');
    expect(response.data!.demoAccounts.map((a: { openid: string }) => a.openid)).toEqual([
      'demo-villager',
      'demo-consumer',
      'demo-merchant',
      'demo-admin',
      'demo-regulator',
      'demo-bank',
      'demo-wholesaler',
      'demo-retailer',
    ]);
  });
});
