import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Aliyun's encoding, written out byte by byte so that the fake does not share the client's code. */
function encode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * A stand-in for dysmsapi on 127.0.0.1: it checks each SendSms request as Aliyun does (the
 * AccessKey, signature v1 over the sorted parameters, a fresh nonce, a timestamp within 15
 * minutes) and keeps the messages it accepted. Numbers starting 1391111 are flow-controlled
 * (isv.BUSINESS_LIMIT_CONTROL); `down = true` answers HTTP 503.
 */
export class FakeAliyunSmsServer {
  readonly accessKeyId = 'LTAI-test-key';
  readonly accessKeySecret = 'test-secret/with+odd=chars';
  readonly sent: Array<{ phone: string; signName: string; templateCode: string; code: string }> = [];
  readonly refusals: string[] = [];
  down = false;
  private readonly nonces = new Set<string>();
  private server = http.createServer((req, res) => this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  lastCodeFor(phone: string): string {
    const found = this.sent.filter((s) => s.phone === phone).at(-1);
    if (!found) throw new Error(`no SMS was sent to ${phone}`);
    return found.code;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const send = (status: number, body: Record<string, string>) => {
        if (body.Code !== 'OK') this.refusals.push(body.Code);
        res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
        res.end(JSON.stringify({ RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990', ...body }));
      };
      if (this.down)
        return send(503, { Code: 'ServiceUnavailable', Message: 'The request has failed due to a temporary failure of the server.' });
      const params = Object.fromEntries(new URLSearchParams(req.method === 'POST' ? raw : new URL(req.url ?? '/', 'http://fake').search));
      const problem = this.check(req.method ?? 'GET', params);
      if (problem) return send(problem.status, { Code: problem.code, Message: problem.code });
      if (params.PhoneNumbers.startsWith('1391111'))
        return send(200, { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1' });
      const { code } = JSON.parse(params.TemplateParam) as { code: string };
      this.sent.push({ phone: params.PhoneNumbers, signName: params.SignName, templateCode: params.TemplateCode, code });
      send(200, { Code: 'OK', Message: 'OK', BizId: '900619746936498440^0' });
    });
  }

  private check(method: string, params: Record<string, string>): { status: number; code: string } | null {
    const { Signature: signature, ...signed } = params;
    if (signed.AccessKeyId !== this.accessKeyId) return { status: 404, code: 'InvalidAccessKeyId.NotFound' };
    if (signed.SignatureMethod !== 'HMAC-SHA1' || signed.SignatureVersion !== '1.0') return { status: 400, code: 'InvalidSignatureMethod' };
    if (signed.Action !== 'SendSms' || signed.Version !== '2017-05-25' || signed.Format !== 'JSON') {
      return { status: 400, code: 'InvalidParameter' };
    }
    for (const name of ['PhoneNumbers', 'SignName', 'TemplateCode', 'TemplateParam', 'SignatureNonce', 'Timestamp']) {
      if (!signed[name]) return { status: 400, code: `MissingParameter.${name}` };
    }
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(signed.Timestamp)) return { status: 400, code: 'InvalidTimeStamp.Format' };
    if (Math.abs(Date.parse(signed.Timestamp) - Date.now()) > 15 * 60_000) return { status: 400, code: 'InvalidTimeStamp.Expired' };

    const canonical = Object.entries(signed)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, value]) => `${encode(name)}=${encode(value)}`)
      .join('&');
    const expected = createHmac('sha1', `${this.accessKeySecret}&`)
      .update(`${method}&${encode('/')}&${encode(canonical)}`)
      .digest();
    const given = Buffer.from(signature ?? '', 'base64');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 400, code: 'SignatureDoesNotMatch' };

    if (this.nonces.has(signed.SignatureNonce)) return { status: 400, code: 'SignatureNonceUsed' };
    this.nonces.add(signed.SignatureNonce);
    return null;
  }
}
