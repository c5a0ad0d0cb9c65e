/** One field of a subscribe message's template, e.g. { thing1: { value: '…' } }. */
export type TemplateData = Record<string, { value: string }>;

export type SubscribeSendResult = { ok: true } | { ok: false; reason: 'refused' | 'unavailable'; detail: string };

/** errcodes meaning the user has no subscription left (43101) or blocked us; retrying will not help. */
const REFUSED_ERRCODES = new Set([43101, 43104]);
/** The access token was revoked or ran out early: fetch a fresh one once. */
const STALE_TOKEN_ERRCODES = new Set([40001, 42001]);

/**
 * The real client for WeChat's 订阅消息 (subscribe messages): an access token from
 * `cgi-bin/token`, cached until shortly before it expires, then `message/subscribe/send`.
 * Tests point `apiBase` at a fake on 127.0.0.1.
 */
export class WechatSubscribeClient {
  private token: { value: string; expiresAt: number } | null = null;

  constructor(private readonly options: { appId: string; secret: string; apiBase: string; timeoutMs?: number }) {}

  private async accessToken(fresh = false): Promise<string> {
    if (!fresh && this.token && this.token.expiresAt > Date.now()) return this.token.value;
    const url = new URL(`${this.options.apiBase}/cgi-bin/token`);
    url.searchParams.set('grant_type', 'client_credential');
    url.searchParams.set('appid', this.options.appId);
    url.searchParams.set('secret', this.options.secret);
    const response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000) });
    const body = (await response.json()) as { access_token?: string; expires_in?: number; errcode?: number; errmsg?: string };
    if (!response.ok || !body.access_token)
      throw new Error(`access token: HTTP ${response.status} errcode ${body.errcode ?? '-'} ${body.errmsg ?? ''}`);
    // Five minutes' margin, so a token is never used in its last moments.
    this.token = { value: body.access_token, expiresAt: Date.now() + ((body.expires_in ?? 7200) - 300) * 1000 };
    return this.token.value;
  }

  async send(message: { openid: string; templateId: string; page: string | null; data: TemplateData }): Promise<SubscribeSendResult> {
    try {
      for (let attempt = 0; ; attempt++) {
        const url = new URL(`${this.options.apiBase}/cgi-bin/message/subscribe/send`);
        url.searchParams.set('access_token', await this.accessToken(attempt > 0));
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            touser: message.openid,
            template_id: message.templateId,
            ...(message.page ? { page: message.page.replace(/^\//, '') } : {}),
            data: message.data,
            miniprogram_state: 'formal',
            lang: 'zh_CN',
          }),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
        });
        if (!response.ok) return { ok: false, reason: 'unavailable', detail: `HTTP ${response.status}` };
        const body = (await response.json()) as { errcode?: number; errmsg?: string };
        if (!body.errcode) return { ok: true };
        const detail = `errcode ${body.errcode}: ${body.errmsg ?? ''}`;
        if (STALE_TOKEN_ERRCODES.has(body.errcode) && attempt === 0) continue;
        return { ok: false, reason: REFUSED_ERRCODES.has(body.errcode) ? 'refused' : 'unavailable', detail };
      }
    } catch (error) {
      return { ok: false, reason: 'unavailable', detail: (error as Error).message };
    }
  }
}
