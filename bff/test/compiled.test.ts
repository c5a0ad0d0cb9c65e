import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bff = path.resolve(__dirname, '..');
// Inside bff/, so that the bundle finds node_modules as the real dist/ does.
const work = fs.mkdtempSync(path.join(bff, '.compiled-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

describe('the compiled BFF (what NODE_ENV=production runs)', () => {
  it('builds to plain JavaScript and serves with node alone, in production mode', async () => {
    const built = spawnSync(process.execPath, ['scripts/build.mjs', path.join(work, 'dist')], { cwd: bff, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);

    const port = await freePort();
    const server = spawn(process.execPath, [path.join(work, 'dist/main.js')], {
      cwd: bff,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        JWT_SECRET: 'compiled-test-secret-compiled-test-secret',
        WECHAT_APPID: 'wx-test',
        WECHAT_SECRET: 'test',
        PUBLIC_BASE_URL: 'https://gongfu.example.cn',
        SMS_PROVIDER: 'aliyun',
        ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI-test',
        ALIYUN_SMS_ACCESS_KEY_SECRET: 'test-secret',
        ALIYUN_SMS_SIGN_NAME: '共富乡村',
        ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
        DATA_DIR: path.join(work, 'data'),
        H5_DIST: path.join(work, 'no-h5'),
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    try {
      const url = `http://127.0.0.1:${port}`;
      let ready = false;
      for (let i = 0; i < 100 && !ready && server.exitCode === null; i++) {
        ready = await fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(ready, output).toBe(true);
      const answer = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ demoAccounts { openid } scan(code: "(01)06901234567892") { ... on ErrorResult { errorCode } } }',
        }),
      }).then((r) => r.json());
      // No demo data in production, and the public scan answers from the (empty) trace store.
      expect(answer).toEqual({ data: { demoAccounts: [], scan: { errorCode: 'UNKNOWN_PRODUCT' } } });
      // Not tsx: the process runs the bundle with node's own loader.
      expect(fs.existsSync(path.join(work, 'dist/main.js.map'))).toBe(true);
    } finally {
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await new Promise((resolve) => server.once('exit', resolve));
      }
    }
  });
});
