import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig, storeTargets } from './config';

const base = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40) };
const aliyunSms = {
  SMS_PROVIDER: 'aliyun',
  ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI-id',
  ALIYUN_SMS_ACCESS_KEY_SECRET: 'aliyun-s3cret',
  ALIYUN_SMS_SIGN_NAME: '共富乡村',
  ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
};
const prod = {
  NODE_ENV: 'production',
  JWT_SECRET: 'y'.repeat(40),
  WECHAT_APPID: 'wx1',
  WECHAT_SECRET: 's',
  PUBLIC_BASE_URL: 'https://gongfu.example.cn/',
  ...aliyunSms,
};

describe('config', () => {
  it('defaults to SQLite files under data/, port 4000 on 127.0.0.1', () => {
    const config = loadConfig(base);
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.stores.identity).toMatchObject({ kind: 'sqlite' });
    expect((config.stores.trace as { file: string }).file).toMatch(/data\/trace\.sqlite$/);
  });

  it('puts each store in its own database on the DATABASE_URL server, and lets one move', () => {
    const targets = storeTargets({ DATABASE_URL: 'mysql://u:p@db1:3306', TRACE_DATABASE_URL: 'mysql://u:p@db2:3307/trace_main' }, null);
    expect(targets.identity).toEqual({ kind: 'mysql', url: 'mysql://u:p@db1:3306/', database: 'gongfu_identity' });
    expect(targets.trace).toEqual({ kind: 'mysql', url: 'mysql://u:p@db2:3307/', database: 'trace_main' });
  });

  it('refuses bad values with a message naming the variable', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, DATABASE_URL: 'postgres://x' })).toThrow(/mysql:\/\//);
    expect(() => loadConfig({ ...base, JWT_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });

  it('requires real secrets in production and forbids demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig(prod).demoData).toBe(false);
    expect(() => loadConfig({ ...prod, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
  });

  it('refuses to send login codes to the log in production, and needs the whole Aliyun setup', () => {
    expect(() => loadConfig({ ...prod, SMS_PROVIDER: 'log' })).toThrow(/SMS_PROVIDER=log cannot be used in production/);
    expect(() => loadConfig({ ...prod, SMS_PROVIDER: '' })).toThrow(/SMS_PROVIDER is required in production/);
    expect(() => loadConfig({ ...prod, ALIYUN_SMS_TEMPLATE_CODE: '' })).toThrow(/ALIYUN_SMS_TEMPLATE_CODE/);
    expect(() => loadConfig({ ...prod, ALIYUN_SMS_ENDPOINT: 'http://dysmsapi.aliyuncs.com' })).toThrow(/https/);
    expect(() => loadConfig({ ...base, SMS_PROVIDER: 'tencent' })).toThrow(/not known/);
    expect(loadConfig(prod).sms).toEqual({
      provider: 'aliyun',
      accessKeyId: 'LTAI-id',
      accessKeySecret: 'aliyun-s3cret',
      signName: '共富乡村',
      templateCode: 'SMS_1',
      endpoint: 'https://dysmsapi.aliyuncs.com',
      regionId: 'cn-hangzhou',
    });
    expect(loadConfig(base).sms).toEqual({ provider: 'log' });
  });

  it('requires PUBLIC_BASE_URL in production, so that no link follows the Host header', () => {
    expect(() => loadConfig({ ...prod, PUBLIC_BASE_URL: '' })).toThrow(/PUBLIC_BASE_URL is required in production/);
    expect(loadConfig(prod).publicBaseUrl).toBe('https://gongfu.example.cn');
    expect(() => loadConfig({ ...base, PUBLIC_BASE_URL: 'gongfu.example.cn' })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => loadConfig({ ...base, PUBLIC_BASE_URL: 'https://x.cn/?a=1' })).toThrow(/PUBLIC_BASE_URL/);
    expect(loadConfig(base).publicBaseUrl).toBeNull();
  });

  it('never puts a secret in what it logs', () => {
    const env = { ...base, ...aliyunSms, DATABASE_URL: 'mysql://root:hunter2@db:3306', WECHAT_SECRET: 'wechat-s3cret' };
    const logged = JSON.stringify(describeConfig(loadConfig(env), env));
    expect(logged).not.toContain('hunter2');
    expect(logged).not.toContain('wechat-s3cret');
    expect(logged).not.toContain('aliyun-s3cret');
    expect(logged).toContain('ALIYUN_SMS_ACCESS_KEY_SECRET=***');
    expect(logged).not.toContain('x'.repeat(40));
    expect(logged).toContain('JWT_SECRET=***');
  });
});
