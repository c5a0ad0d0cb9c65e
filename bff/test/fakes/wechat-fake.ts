import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for WeChat on 127.0.0.1. code2Session answers `openid = code`, as the demo accounts
 * expect; codes starting `bad` get errcode 40029 and `down` an HTTP 502. It also issues access
 * tokens and takes subscribe messages, keeping what was sent; `revokeTokens()` makes the tokens
 * it issued stale (errcode 40001), and openids starting `refuses` get 43101.
 */
export class FakeWechatServer {
  readonly calls: URLSearchParams[] = [];
  readonly issuedSessionKeys: string[] = [];
  readonly subscribeMessages: Array<{ touser: string; template_id: string; page?: string; data: Record<string, { value: string }> }> = [];
  tokensIssued = 0;
  private validTokens = new Set<string>();
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

  revokeTokens(): void {
    this.validTokens.clear();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/cgi-bin/token') {
      if (url.searchParams.get('appid') !== this.appId || url.searchParams.get('secret') !== this.secret) {
        return send(200, { errcode: 40013, errmsg: 'invalid appid' });
      }
      const token = `tok-${++this.tokensIssued}-${randomBytes(4).toString('hex')}`;
      this.validTokens.add(token);
      return send(200, { access_token: token, expires_in: 7200 });
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        if (!this.validTokens.has(url.searchParams.get('access_token') ?? ''))
          return send(200, { errcode: 40001, errmsg: 'invalid credential' });
        const message = JSON.parse(raw) as (typeof this.subscribeMessages)[number];
        if (message.touser.startsWith('refuses')) return send(200, { errcode: 43101, errmsg: 'user refuse to accept the msg' });
        this.subscribeMessages.push(message);
        send(200, { errcode: 0, errmsg: 'ok' });
      });
      return;
    }
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
