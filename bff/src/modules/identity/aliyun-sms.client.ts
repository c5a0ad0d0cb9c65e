import { createHmac, randomUUID } from 'node:crypto';
import type { SmsConfig } from '../../config';
import type { Clock } from '../../core/clock';
import type { SmsProvider, SmsSendResult } from './sms.provider';

/** The account, signature and template from the config (the endpoint is a fake in tests). */
export type AliyunSmsOptions = Omit<Extract<SmsConfig, { provider: 'aliyun' }>, 'provider'> & { timeoutMs?: number };

/** What dysmsapi answers: `Code` is `OK` when the message was accepted. */
interface SendSmsResponse {
  Code?: string;
  Message?: string;
  RequestId?: string;
  BizId?: string;
}

/** Aliyun's own flow control per phone number (by default 1 a minute, 5 an hour, 10 a day). */
const FLOW_CONTROLLED = 'isv.BUSINESS_LIMIT_CONTROL';

/**
 * RFC 3986 percent-encoding as Aliyun's RPC signature wants it: only A–Z a–z 0–9 - _ . ~ stay,
 * a space is %20, never +.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Signature version 1.0 of Aliyun's RPC APIs: HMAC-SHA1, keyed with the AccessKey secret and `&`,
 * over `METHOD&%2F&` and the percent-encoded query of every parameter but Signature, sorted by name.
 */
export function rpcSignature(method: 'GET' | 'POST', params: Readonly<Record<string, string>>, accessKeySecret: string): string {
  const canonical = Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`)
    .join('&');
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}

/**
 * Sends the login code with dysmsapi's SendSms (version 2017-05-25), as a signed POST so that the
 * code stays out of URLs and access logs. The template must have one variable, `${code}`.
 */
export class AliyunSmsProvider implements SmsProvider {
  constructor(
    private readonly options: AliyunSmsOptions,
    private readonly clock: Clock,
  ) {}

  async sendLoginCode(phone: string, code: string): Promise<SmsSendResult> {
    const params: Record<string, string> = {
      AccessKeyId: this.options.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      RegionId: this.options.regionId,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      // UTC to the second: yyyy-MM-ddTHH:mm:ssZ.
      Timestamp: this.clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
      PhoneNumbers: phone,
      SignName: this.options.signName,
      TemplateCode: this.options.templateCode,
      TemplateParam: JSON.stringify({ code }),
    };
    params.Signature = rpcSignature('POST', params, this.options.accessKeySecret);

    let body: SendSmsResponse;
    try {
      const response = await fetch(`${this.options.endpoint}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      body = (await response.json().catch(() => ({}))) as SendSmsResponse;
      if (!response.ok && !body.Code) return { ok: false, reason: 'unavailable', detail: `HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, reason: 'unavailable', detail: (error as Error).message };
    }
    if (body.Code === 'OK') return { ok: true };
    const detail = `${body.Code ?? 'no Code'}: ${body.Message ?? ''} (RequestId ${body.RequestId ?? '?'})`;
    return { ok: false, reason: body.Code === FLOW_CONTROLLED ? 'rate_limited' : 'unavailable', detail };
  }
}
