/** What WeChat's code2Session answers: an openid and a session key, or an errcode. */
interface Code2SessionResponse {
  openid?: string;
  unionid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

export type Code2SessionResult =
  | { ok: true; openid: string; unionid: string | null; sessionKey: string }
  | { ok: false; reason: 'invalid_code' | 'rate_limited' | 'unavailable'; detail: string };

/** errcodes that mean the user's code is no good (40029 invalid, 40163 already used). */
const INVALID_CODE_ERRCODES = new Set([40029, 40163]);
const RATE_LIMIT_ERRCODES = new Set([45011]);

/**
 * The real client for WeChat's `jscode2session`. The session key it returns never leaves the
 * server; tests point `apiBase` at a fake on 127.0.0.1.
 */
export class WechatClient {
  constructor(private readonly options: { appId: string; secret: string; apiBase: string; timeoutMs?: number }) {}

  async code2Session(code: string): Promise<Code2SessionResult> {
    const url = new URL(`${this.options.apiBase}/sns/jscode2session`);
    url.searchParams.set('appid', this.options.appId);
    url.searchParams.set('secret', this.options.secret);
    url.searchParams.set('js_code', code);
    url.searchParams.set('grant_type', 'authorization_code');

    let body: Code2SessionResponse;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000) });
      if (!response.ok) return { ok: false, reason: 'unavailable', detail: `HTTP ${response.status}` };
      body = (await response.json()) as Code2SessionResponse;
    } catch (error) {
      return { ok: false, reason: 'unavailable', detail: (error as Error).message };
    }

    if (body.errcode) {
      const detail = `errcode ${body.errcode}: ${body.errmsg ?? ''}`;
      if (INVALID_CODE_ERRCODES.has(body.errcode)) return { ok: false, reason: 'invalid_code', detail };
      if (RATE_LIMIT_ERRCODES.has(body.errcode)) return { ok: false, reason: 'rate_limited', detail };
      return { ok: false, reason: 'unavailable', detail };
    }
    if (!body.openid || !body.session_key) return { ok: false, reason: 'unavailable', detail: 'no openid in answer' };
    return { ok: true, openid: body.openid, unionid: body.unionid ?? null, sessionKey: body.session_key };
  }
}
