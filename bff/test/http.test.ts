import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QUERY_LIMITS } from '../src/app';
import { errorCode, startTestApp, testEnv, type TestApp } from './helpers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('health', () => {
  it('answers /healthz while alive', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz when all six stores answer, and 503 naming the one that does not, without its error', async () => {
    const ready = await app.server.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(Object.keys(ready.json().stores).sort()).toEqual(['credit', 'identity', 'market', 'shop', 'trace', 'village']);

    const other = await startTestApp();
    try {
      await other.core.stores.get('trace').destroy();
      const down = await other.server.inject({ method: 'GET', url: '/readyz' });
      expect(down.statusCode).toBe(503);
      expect(down.json().stores.trace).toBe('unavailable');
      expect(down.json().stores.identity).toBe('ok');
    } finally {
      await other.close();
    }
  });
});

describe('routes outside GraphQL answer in codes, never with internals', () => {
  it('answers an upload without a multipart boundary 400, with a code', async () => {
    const token = await app.loginAs('demo-villager');
    const response = await app.server.inject({
      method: 'POST',
      url: '/uploads',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data' },
      payload: 'no parts here',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.body).not.toMatch(/Boundary|busboy/i);
  });

  it('answers an upload cut off half way 400, not as a file too large', async () => {
    const token = await app.loginAs('demo-villager');
    const boundary = 'cut-off-boundary';
    const response = await app.server.inject({
      method: 'POST',
      url: '/uploads',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('BAD_USER_INPUT');
  });

  it('answers a store that is down 503 with the request id, its error only in the log', async () => {
    const other = await startTestApp();
    try {
      const token = await other.loginAs('demo-merchant');
      // What the MySQL driver throws when the server is down or restarting.
      const trace = other.core.stores.get('trace');
      vi.spyOn(trace.driver, 'createQueryRunner').mockImplementation(() => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
      });
      const logged = vi.spyOn(other.core.logger, 'error');
      const response = await other.server.inject({
        method: 'GET',
        url: '/trace/batches/1/codes.csv',
        headers: { authorization: `Bearer ${token}`, 'x-request-id': 'csv-store-down-1' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        error: {
          code: 'SERVICE_UNAVAILABLE',
          message: '服务暂时不可用，请稍后再试（编号 csv-store-down-1）',
          requestId: 'csv-store-down-1',
        },
      });
      expect(logged.mock.calls.some(([fields]) => JSON.stringify(fields).includes('csv-store-down-1'))).toBe(true);
    } finally {
      vi.restoreAllMocks();
      await other.close();
    }
  });

  it('answers a malformed JSON body 400 in codes', async () => {
    const response = await app.server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: '{"query": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(response.body).not.toMatch(/FST_|Unexpected end/);
  });

  it('tells browsers not to guess content types', async () => {
    for (const url of ['/healthz', '/graphql?query=%7B__typename%7D', '/']) {
      const response = await app.server.inject({ method: 'GET', url, headers: { 'content-type': 'application/json' } });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});

describe('links', () => {
  it('start with PUBLIC_BASE_URL whatever Host the request names', async () => {
    const based = await startTestApp({ PUBLIC_BASE_URL: 'https://gongfu.example.cn', TRUST_PROXY: 'true' });
    try {
      const redirect = await based.server.inject({
        method: 'GET',
        url: '/01/06901234567892/10/L20261120/21/00000007',
        headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' },
      });
      expect(redirect.statusCode).toBe(307);
      expect(redirect.headers.location).toMatch(
        /^https:\/\/gongfu\.example\.cn\/#\/pages\/scan\/index\?code=https%3A%2F%2Fgongfu\.example\.cn%2F01%2F/,
      );
    } finally {
      await based.close();
    }
  });
});

describe('request ids and internal errors', () => {
  it("echoes a request id, taking the caller's when it sends a sane one", async () => {
    const response = await app.server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc-12345' },
      payload: JSON.stringify({ query: '{ demoAccounts { openid } }' }),
    });
    expect(response.headers['x-request-id']).toBe('trace-abc-12345');
  });

  it('hides an internal failure behind INTERNAL_SERVER_ERROR and the request id', async () => {
    const other = await startTestApp();
    try {
      const token = await other.loginAs('demo-villager');
      await other.core.stores.get('identity').destroy();
      const response = await other.gql('{ me { id } }', {}, token);
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
      const requestId = response.headers['x-request-id'] as string;
      expect(response.errors![0].message).toBe(`服务器出错了，请稍后再试（编号 ${requestId}）`);
      expect(JSON.stringify(response)).not.toMatch(/DataSource|TypeORM|stack/i);
    } finally {
      await other.close().catch(() => undefined);
    }
  });
});

describe('query limits', () => {
  it('refuses a query nested deeper than the limit', async () => {
    const shallow = await startTestApp({}, { queryLimits: { depth: 3 } });
    try {
      const token = await shallow.loginAs('demo-villager');
      const ok = await shallow.gql('{ me { village { name } } }', {}, token);
      expect(ok.errors).toBeUndefined();
      const response = await shallow.gql('{ me { household { village { name } } } }', {}, token);
      expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors![0].message).toMatch(/depth limit/i);
    } finally {
      await shallow.close();
    }
  });

  it('refuses a query that costs more than the limit', async () => {
    const cheap = await startTestApp({}, { queryLimits: { cost: 5 } });
    try {
      const response = await cheap.gql('{ demoAccounts { openid displayName phone roles } }');
      expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors![0].message).toMatch(/cost/i);
    } finally {
      await cheap.close();
    }
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: demoAccounts { openid }`).join(' ');
    const response = await app.gql(`{ ${aliases} }`);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).toMatch(/alias/i);
  });

  it('refuses a document with more tokens than the limit', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.tokens }, () => 'openid').join(' ');
    const response = await app.gql(`{ demoAccounts { ${fields} } }`);
    expect(errorCode(response)).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors![0].message).toMatch(/tokens/i);
  });
});

describe('production hardening', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({
      NODE_ENV: 'production',
      DEMO_DATA: 'false',
      PUBLIC_BASE_URL: 'https://gongfu.example.cn',
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI-test',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'test-secret',
      ALIYUN_SMS_SIGN_NAME: '共富乡村',
      ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
    });
  });
  afterAll(() => production?.close());

  it('answers no introspection', async () => {
    const response = await production.gql('{ __schema { queryType { name } } }');
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('suggests no field names for a misspelt field', async () => {
    const response = await production.gql('{ demoAcounts { openid } }');
    expect(response.errors![0].message).not.toMatch(/did you mean/i);
    const dev = await app.gql('{ demoAcounts { openid } }');
    expect(dev.errors![0].message).toMatch(/did you mean/i);
  });

  it('shows no landing page and lists no demo accounts', async () => {
    const page = await production.server.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
    expect(page.body).not.toMatch(/<html/i);
    const devPage = await app.server.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
    expect(devPage.body).toMatch(/<html/i);
    const demo = await production.gql('{ demoAccounts { openid } }');
    expect(demo.data).toEqual({ demoAccounts: [] });
  });
});

describe('the H5 build at /', () => {
  /** A build as the H5 compiler leaves it: hashed assets, each text file also as .br and .gz. */
  function h5Build(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongfu-h5-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
      fs.writeFileSync(path.join(dir, `${file}.br`), zlib.brotliCompressSync(text));
      fs.writeFileSync(path.join(dir, `${file}.gz`), zlib.gzipSync(text));
    };
    write('index.html', '<!doctype html><title>共富</title><script src="/js/app.1f2e3d4c.js"></script>');
    write('js/app.1f2e3d4c.js', 'console.log("共富");'.repeat(100));
    write('css/app.0a1b2c3d.css', '.page{color:#1b6b3a}'.repeat(100));
    fs.writeFileSync(path.join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0, 1, 0]));
    return dir;
  }

  let h5: TestApp;
  beforeAll(async () => {
    h5 = await startTestApp({ H5_DIST: h5Build() });
  });
  afterAll(() => h5?.close());

  const get = (url: string, acceptEncoding?: string) =>
    h5.server.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('serves index.html at /, to be asked about again on every load', async () => {
    const response = await get('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<title>共富</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('sends brotli to a browser that takes it, gzip to one that takes only gzip, plain text otherwise', async () => {
    const brotli = await get('/js/app.1f2e3d4c.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(brotli.rawPayload).toString()).toContain('console.log("共富")');
    expect(brotli.rawPayload.length).toBeLessThan(200);

    const gzip = await get('/css/app.0a1b2c3d.css', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toContain('.page{color:#1b6b3a}');

    const plain = await get('/js/app.1f2e3d4c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log("共富")');

    const page = await get('/', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('lets a browser keep hashed files for a year without asking, however they were encoded', async () => {
    for (const encoding of ['br', 'gzip', undefined]) {
      const response = await get('/js/app.1f2e3d4c.js', encoding);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await get('/css/app.0a1b2c3d.css', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has a favicon, kept for a day', async () => {
    const response = await get('/favicon.ico', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\//);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('says how to build the app when there is no H5 build', async () => {
    const unbuilt = await startTestApp({ H5_DIST: fs.mkdtempSync(path.join(os.tmpdir(), 'gongfu-no-h5-')) });
    try {
      const response = await unbuilt.server.inject({ method: 'GET', url: '/' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('npm run build:h5');
    } finally {
      await unbuilt.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('stops on SIGTERM after closing its stores, with exit code 0', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongfu-data-'));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '../src/main.ts')], {
      env: { ...process.env, ...testEnv({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info' }), NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 45_000);
      child.stdout.on('data', () => {
        if (output.includes('共富 is running')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(output).toContain('shutting down');
    expect(fs.existsSync(path.join(dataDir, 'identity.sqlite'))).toBe(true);
  }, 60_000);
});
