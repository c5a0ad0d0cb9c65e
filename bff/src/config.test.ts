import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig, storeTargets } from './config';

const base = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40) };

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
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(40), WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' };
    expect(loadConfig(prod).demoData).toBe(false);
    expect(() => loadConfig({ ...prod, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
  });

  it('never puts a secret in what it logs', () => {
    const env = { ...base, DATABASE_URL: 'mysql://root:hunter2@db:3306', WECHAT_SECRET: 'wechat-s3cret' };
    const logged = JSON.stringify(describeConfig(loadConfig(env), env));
    expect(logged).not.toContain('hunter2');
    expect(logged).not.toContain('wechat-s3cret');
    expect(logged).not.toContain('x'.repeat(40));
    expect(logged).toContain('JWT_SECRET=***');
  });
});
