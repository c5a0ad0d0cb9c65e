import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for WeChat's code2Session on 127.0.0.1. It answers `openid = code`, as the demo
 * accounts expect; codes starting `bad` get errcode 40029 and `down` an HTTP 502.
 */
export class FakeWechatServer {
  readonly calls: URLSearchParams[] = [];
  readonly issuedSessionKeys: string[] = [];
  private server = http.createServer((req, res) => this.handle(req, res));

  constructor(
    readonly appId = 'wx-test-appid',
    readonly secret = 'wx-test-secret',
  ) {}

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET' || url.pathname !== '/sns/jscode2session') return send(404, { errcode: -1 });
    this.calls.push(url.searchParams);
    const q = url.searchParams;
    if (q.get('appid') !== this.appId || q.get('secret') !== this.secret) {
      return send(200, { errcode: 40013, errmsg: 'invalid appid' });
    }
    if (q.get('grant_type') !== 'authorization_code') return send(200, { errcode: 40002, errmsg: 'invalid grant_type' });
    const code = q.get('js_code') ?? '';
    if (code.startsWith('bad')) return send(200, { errcode: 40029, errmsg: 'invalid code' });
    if (code.startsWith('down')) return send(502, { errmsg: 'bad gateway' });
    const sessionKey = randomBytes(16).toString('base64');
    this.issuedSessionKeys.push(sessionKey);
    send(200, { openid: code, session_key: sessionKey });
  }
}
