import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { STORE_NAMES, type StoreName } from './stores/store-names';

/** Where one store lives: an SQLite file (null = in memory, for tests) or a MySQL database. */
export type StoreTarget = { kind: 'sqlite'; file: string | null } | { kind: 'mysql'; url: string; database: string };

/** Who sends the one-time login codes: the log (development) or Aliyun's SMS service (dysmsapi). */
export type SmsConfig =
  | { provider: 'log' }
  | {
      provider: 'aliyun';
      accessKeyId: string;
      accessKeySecret: string;
      /** 短信签名 and 模板 Code, both approved in the Aliyun console; the template has one ${code}. */
      signName: string;
      templateCode: string;
      endpoint: string;
      regionId: string;
    };

/** Read once at boot from the environment and validated; every other module takes it from here. */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  logLevel: string;
  repoRoot: string;
  dataDir: string;
  h5Dist: string;
  stores: Record<StoreName, StoreTarget>;
  jwtSecret: Uint8Array;
  tokenTtlSeconds: number;
  /** How often the outbox dispatcher looks for undelivered events (requests that emit also kick it). */
  outboxPollMs: number;
  /** How often the complaint deadline job runs (escalations, day-before warnings). */
  complaintJobMs: number;
  /** A JSON file of holiday years replacing or adding to the shipped ones (HOLIDAY_CALENDAR_PATH). */
  holidayCalendarPath: string | null;
  wechat: { appId: string; secret: string; apiBase: string };
  /** Subscribe-message template ids per notice kind (WECHAT_TEMPLATE_RECALL …); unset kinds are not pushed. */
  wechatTemplates: Partial<Record<'RECALL' | 'RECALL_TASK' | 'COMPLAINT' | 'SYSTEM', string>>;
  sms: SmsConfig;
  redisUrl: string | null;
  demoData: boolean;
  trustProxy: boolean;
  /** Where people reach us (https://host[/path]): every link we hand out or print starts with it. */
  publicBaseUrl: string | null;
}

/** Names of the variables whose values must never reach a log line. */
const SECRET_KEYS = new Set(['JWT_SECRET', 'WECHAT_SECRET', 'DATABASE_URL', 'REDIS_URL', 'ALIYUN_SMS_ACCESS_KEY_SECRET']);

export class ConfigError extends Error {}

const REPO_ROOT = path.resolve(__dirname, '../..');

function int(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, key: string, fallback: boolean): boolean {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${key} must be true or false, got "${raw}"`);
}

function mysqlTarget(url: string, defaultDatabase: string, key: string): StoreTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`${key} is not a URL`);
  }
  if (parsed.protocol !== 'mysql:') throw new ConfigError(`${key} must start with mysql://`);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || defaultDatabase;
  if (!/^[A-Za-z0-9_]{1,64}$/.test(database)) throw new ConfigError(`${key} names an invalid database "${database}"`);
  parsed.pathname = '/';
  return { kind: 'mysql', url: parsed.toString(), database };
}

/**
 * Where each store lives: `<STORE>_DATABASE_URL`, else `DATABASE_URL` (one database per store,
 * named `<prefix>_<store>`), else an SQLite file under the data folder.
 */
export function storeTargets(env: NodeJS.ProcessEnv, dataDir: string | null): Record<StoreName, StoreTarget> {
  const prefix = env.DATABASE_PREFIX || 'gongfu';
  if (!/^[A-Za-z0-9_]{1,40}$/.test(prefix)) throw new ConfigError('DATABASE_PREFIX may hold only letters, digits and _');
  const targets = {} as Record<StoreName, StoreTarget>;
  for (const store of STORE_NAMES) {
    const ownKey = `${store.toUpperCase()}_DATABASE_URL`;
    const url = env[ownKey] || env.DATABASE_URL;
    const key = env[ownKey] ? ownKey : 'DATABASE_URL';
    targets[store] = url
      ? mysqlTarget(url, `${prefix}_${store}`, key)
      : { kind: 'sqlite', file: dataDir ? path.join(dataDir, `${store}.sqlite`) : null };
  }
  return targets;
}

/** A development secret kept in the data folder, so tokens survive a restart on a laptop. */
function developmentSecret(dataDir: string): Uint8Array {
  const file = path.join(dataDir, '.jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
}

/** The SMS sender: `log` outside production only, where a code in the log would reach no one. */
function smsConfig(env: NodeJS.ProcessEnv, production: boolean): SmsConfig {
  const provider = env.SMS_PROVIDER || (production ? '' : 'log');
  if (provider === 'log') {
    if (production)
      throw new ConfigError('SMS_PROVIDER=log cannot be used in production: login codes must be sent by SMS (SMS_PROVIDER=aliyun)');
    return { provider: 'log' };
  }
  if (provider !== 'aliyun') {
    throw new ConfigError(
      provider ? `SMS_PROVIDER "${provider}" is not known (known: log, aliyun)` : 'SMS_PROVIDER is required in production (aliyun)',
    );
  }
  const required = ['ALIYUN_SMS_ACCESS_KEY_ID', 'ALIYUN_SMS_ACCESS_KEY_SECRET', 'ALIYUN_SMS_SIGN_NAME', 'ALIYUN_SMS_TEMPLATE_CODE'];
  const missing = required.filter((key) => !env[key]);
  if (missing.length) throw new ConfigError(`SMS_PROVIDER=aliyun needs ${missing.join(', ')}`);
  const endpoint = httpUrl(env, 'ALIYUN_SMS_ENDPOINT', 'https://dysmsapi.aliyuncs.com');
  if (production && !endpoint.startsWith('https:')) throw new ConfigError('ALIYUN_SMS_ENDPOINT must be https in production');
  return {
    provider: 'aliyun',
    accessKeyId: env.ALIYUN_SMS_ACCESS_KEY_ID!,
    accessKeySecret: env.ALIYUN_SMS_ACCESS_KEY_SECRET!,
    signName: env.ALIYUN_SMS_SIGN_NAME!,
    templateCode: env.ALIYUN_SMS_TEMPLATE_CODE!,
    endpoint,
    regionId: env.ALIYUN_SMS_REGION || 'cn-hangzhou',
  };
}

/** An http(s) URL without query or fragment, without its trailing slash. */
function httpUrl(env: NodeJS.ProcessEnv, key: string, fallback: string): string {
  const raw = env[key] || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${key} is not a URL: "${raw}"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`${key} must be an http(s) address with no query, fragment or credentials, got "${raw}"`);
  }
  return url.toString().replace(/\/$/, '');
}

/**
 * The base of every link we hand out (Digital Links, labels, CSV, the resolver's redirect). In
 * production it must be set: otherwise links would follow the Host header, which the caller chooses.
 */
function publicBaseUrlOf(env: NodeJS.ProcessEnv, production: boolean): string | null {
  if (!env.PUBLIC_BASE_URL) {
    if (production) throw new ConfigError('PUBLIC_BASE_URL is required in production (e.g. https://gongfu.example.cn)');
    return null;
  }
  return httpUrl(env, 'PUBLIC_BASE_URL', '');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV || 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'test' && nodeEnv !== 'production') {
    throw new ConfigError(`NODE_ENV must be development, test or production, got "${nodeEnv}"`);
  }
  const production = nodeEnv === 'production';
  const dataDir = path.resolve(REPO_ROOT, env.DATA_DIR || 'data');

  let jwtSecret: Uint8Array;
  if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
    jwtSecret = new TextEncoder().encode(env.JWT_SECRET);
  } else if (production) {
    throw new ConfigError('JWT_SECRET is required in production');
  } else {
    jwtSecret = developmentSecret(dataDir);
  }

  const wechat = {
    appId: env.WECHAT_APPID || 'wx-demo-appid',
    secret: env.WECHAT_SECRET || 'demo-secret',
    apiBase: (env.WECHAT_API_BASE || 'https://api.weixin.qq.com').replace(/\/$/, ''),
  };
  const wechatTemplates = Object.fromEntries(
    (['RECALL', 'RECALL_TASK', 'COMPLAINT', 'SYSTEM'] as const).flatMap((kind) => {
      const id = env[`WECHAT_TEMPLATE_${kind}`];
      return id ? [[kind, id]] : [];
    }),
  );
  if (production && (!env.WECHAT_APPID || !env.WECHAT_SECRET)) {
    throw new ConfigError('WECHAT_APPID and WECHAT_SECRET are required in production');
  }

  const sms = smsConfig(env, production);
  const publicBaseUrl = publicBaseUrlOf(env, production);

  const demoData = bool(env, 'DEMO_DATA', !production);
  if (production && demoData) throw new ConfigError('DEMO_DATA cannot be on in production');

  return {
    env: nodeEnv,
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    repoRoot: REPO_ROOT,
    dataDir,
    h5Dist: path.resolve(REPO_ROOT, env.H5_DIST || 'miniprogram/dist/h5'),
    stores: storeTargets(env, dataDir),
    jwtSecret,
    tokenTtlSeconds: int(env, 'TOKEN_TTL_SECONDS', 7 * 24 * 3600, 60, 90 * 24 * 3600),
    outboxPollMs: int(env, 'OUTBOX_POLL_MS', 2000, 50, 60_000),
    complaintJobMs: int(env, 'COMPLAINT_JOB_MS', 60_000, 1000, 3_600_000),
    holidayCalendarPath: env.HOLIDAY_CALENDAR_PATH || null,
    wechat,
    wechatTemplates,
    sms,
    redisUrl: env.REDIS_URL || null,
    demoData,
    trustProxy: bool(env, 'TRUST_PROXY', false),
    publicBaseUrl,
  };
}

/** What boot logs about its config: every secret replaced, store URLs without credentials. */
export function describeConfig(config: AppConfig, env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const stores = Object.fromEntries(
    Object.entries(config.stores).map(([name, t]) => [
      name,
      t.kind === 'sqlite' ? `sqlite:${t.file ?? ':memory:'}` : `mysql:${new URL(t.url).host}/${t.database}`,
    ]),
  );
  const setSecrets = [...SECRET_KEYS].filter((k) => env[k]).map((k) => `${k}=***`);
  return {
    env: config.env,
    listen: `${config.host}:${config.port}`,
    stores,
    wechatApiBase: config.wechat.apiBase,
    sms: config.sms.provider === 'aliyun' ? `aliyun ${new URL(config.sms.endpoint).host}` : 'log',
    publicBaseUrl: config.publicBaseUrl ?? 'unset (links follow the Host header)',
    redis: config.redisUrl ? 'on' : 'off (in-process limits)',
    demoData: config.demoData,
    secrets: setSecrets,
  };
}
