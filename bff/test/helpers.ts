import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExecutionResult } from 'graphql';
import { createApp, type App, type AppOptions } from '../src/app';
import { loadConfig, storeTargets, type AppConfig } from '../src/config';
import type { SmsProvider, SmsSendResult } from '../src/modules/identity/sms.provider';
import { dropMysqlDatabases } from '../src/stores/registry';
import { FakeWechatServer } from './fakes/wechat-fake';

/** Which store backend this run tests: `TEST_DB=mysql` with TEST_MYSQL_URL, else in-memory SQLite. */
export const TEST_DB = process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';

/** Keeps the codes the app "sends", so a test can log in as a person reading their SMS would. */
export class CapturingSms implements SmsProvider {
  readonly sent: Array<{ phone: string; code: string }> = [];

  async sendLoginCode(phone: string, code: string): Promise<SmsSendResult> {
    this.sent.push({ phone, code });
    return { ok: true };
  }

  lastCodeFor(phone: string): string {
    const found = [...this.sent].reverse().find((s) => s.phone === phone);
    if (!found) throw new Error(`no code was sent to ${phone}`);
    return found.code;
  }
}

export interface GqlResponse<T = Record<string, unknown>> extends ExecutionResult<T> {
  statusCode: number;
  headers: Record<string, unknown>;
}

export interface TestApp extends App {
  config: AppConfig;
  wechat: FakeWechatServer;
  sms: CapturingSms;
  // A test reads the fields its own query asked for: the data is untyped on purpose.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  loginAs(openid: string): Promise<string>;
  close(): Promise<void>;
}

/** The test's own environment, on top of which a test may set more (NODE_ENV=production, …). */
export function testEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { NODE_ENV: 'test', JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', DEMO_DATA: 'true', ...extra };
}

function testStores(): AppConfig['stores'] {
  if (TEST_DB === 'mysql') {
    const url = process.env.TEST_MYSQL_URL;
    if (!url) throw new Error('TEST_DB=mysql needs TEST_MYSQL_URL');
    return storeTargets({ DATABASE_URL: url, DATABASE_PREFIX: `t${randomBytes(4).toString('hex')}` }, null);
  }
  return storeTargets({}, null);
}

/** A whole BFF on fresh stores, with a fake WeChat and an SMS provider that keeps the codes. */
export async function startTestApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestApp> {
  const wechat = new FakeWechatServer();
  const wechatBase = await wechat.start();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongfu-test-'));
  const config = loadConfig(
    testEnv({
      WECHAT_API_BASE: wechatBase,
      WECHAT_APPID: wechat.appId,
      WECHAT_SECRET: wechat.secret,
      DATA_DIR: dataDir,
      ...env,
    }),
  );
  config.stores = testStores();
  const sms = new CapturingSms();
  const app = await createApp(config, {
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Jobs and the event poll run when a test asks (drain, runDeadlineJob), not on a timer.
    jobs: false,
    ...options,
    overrides: { sms, ...options.overrides },
  });

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await app.server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: JSON.stringify({ query, variables }),
    });
    return { ...response.json(), statusCode: response.statusCode, headers: response.headers };
  };

  const loginAs = async (openid: string) => {
    const result = await gql(`mutation($code: String!) { wechatLogin(code: $code) { __typename ... on AuthPayload { token } } }`, {
      code: openid,
    });
    const token = result.data?.wechatLogin?.token;
    if (!token) throw new Error(`could not log in as ${openid}: ${JSON.stringify(result)}`);
    return token as string;
  };

  return {
    ...app,
    config,
    wechat,
    sms,
    gql,
    loginAs,
    async close() {
      await app.server.close();
      await wechat.stop();
      await dropMysqlDatabases(config.stores);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The `extensions.code` of a response's first error: what was thrown. */
export function errorCode(response: ExecutionResult): unknown {
  return response.errors?.[0]?.extensions?.code;
}

/**
 * The `errorCode` of the ErrorResult a mutation answered (its first field's). A thrown error
 * instead comes back as `thrown:<code>`, so an assertion says which of the two happened.
 */
export function refusal(response: ExecutionResult): unknown {
  if (response.errors?.length) return `thrown:${String(response.errors[0].extensions?.code)}`;
  const [answer] = Object.values(response.data ?? {}) as Array<{ errorCode?: unknown } | null>;
  return answer?.errorCode;
}
