import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { IsNull, MoreThan } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { RateLimitedError } from '../../core/error-result';
import { AppError, ThrownCode } from '../../core/errors';
import type { RateLimiter } from '../../core/rate-limit';
import { Account, LoginCode } from './identity.entity';
import type { IdentityService } from './identity.service';
import { AuthPayload, LoginCodeSent, LoginError, type LoginErrorCode } from './identity.types';
import { maskPhone } from '@gongfu/shared-types/domain/phone';
import type { SmsProvider } from './sms.provider';
import type { WechatClient } from './wechat.client';

const CODE_TTL_SECONDS = 5 * 60;
const RESEND_AFTER_SECONDS = 60;
const MAX_CODE_ATTEMPTS = 5;

/**
 * Limits per phone and per client address: [key prefix, hits, window in seconds]. A phone's daily
 * allowance is shared by everyone who asks for it, so one address may use only part of it: a
 * stranger can no longer spend a victim's codes for the day alone.
 */
const LIMITS = {
  codePerIp: ['code:ip', 20, 3600],
  codePerRequesterPhoneDay: ['code:ip-phone:day', 5, 24 * 3600],
  codePerPhoneMinute: ['code:phone:min', 1, RESEND_AFTER_SECONDS],
  codePerPhoneDay: ['code:phone:day', 10, 24 * 3600],
  loginPerPhone: ['login:phone', 10, 600],
  loginPerIp: ['login:ip', 30, 600],
} as const satisfies Record<string, readonly [string, number, number]>;

type LimitName = keyof typeof LIMITS;

/** Signing in: WeChat's code2Session in the mini-program, phone + one-time code in the browser. */
export class LoginService {
  constructor(
    private readonly identity: IdentityService,
    private readonly wechat: WechatClient,
    private readonly sms: SmsProvider,
    private readonly limiter: RateLimiter,
    private readonly codeSecret: Uint8Array,
    /** The demo accounts' made-up numbers, whose codes the demo picker shows instead of sending; empty without demo data. */
    private readonly demoPhones: ReadonlySet<string>,
  ) {}

  async wechatLogin(ctx: RequestContext, code: string): Promise<AuthPayload | LoginError | RateLimitedError> {
    const limited = await this.checkLimits([['loginPerIp', ctx.ip]]);
    if (limited) return limited;

    const session = await this.wechat.code2Session(code);
    if (!session.ok) {
      if (session.reason === 'invalid_code') return LoginError.of('WECHAT_CODE_INVALID');
      ctx.app.logger.warn({ requestId: ctx.requestId, detail: session.detail }, 'code2Session failed');
      throw new AppError(ThrownCode.UPSTREAM_UNAVAILABLE, '微信登录服务暂时不可用，请稍后再试');
    }
    // The session key stays here: it is never stored in a token nor sent to the client.
    return ctx.transaction('identity', async (manager) => {
      const account =
        (await manager.findOneBy(Account, { wechatOpenid: session.openid })) ??
        (await this.identity.createConsumer(manager, {
          wechatOpenid: session.openid,
          phone: null,
          displayName: '微信用户',
        }));
      if (account.disabledAt) throw new AppError(ThrownCode.FORBIDDEN, '该账号已停用，请联系村委或客服');
      return this.identity.startSession(manager, account, 'wechat');
    });
  }

  /**
   * Sends a code to the phone. The demo picker (`fromDemoPicker`) gets a demo account's code on
   * screen instead, and only while demo data is on; every other request gets it by SMS alone.
   */
  async requestLoginCode(ctx: RequestContext, phone: string, fromDemoPicker = false): Promise<LoginCodeSent | RateLimitedError> {
    // The requester's own limits first, so that a refused stranger does not use up the phone's.
    const limited = await this.checkLimits([
      ['codePerIp', ctx.ip],
      ['codePerRequesterPhoneDay', `${ctx.ip}:${phone}`],
      ['codePerPhoneMinute', phone],
      ['codePerPhoneDay', phone],
    ]);
    if (limited) return limited;

    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = ctx.now();
    await ctx.transaction('identity', async (manager) => {
      // A new code replaces any earlier one still waiting.
      await manager.update(LoginCode, { phone, consumedAt: IsNull() }, { consumedAt: now });
      await manager.insert(LoginCode, {
        phone,
        codeHash: this.hash(phone, code),
        attempts: 0,
        createdAt: now,
        expiresAt: new Date(now.getTime() + CODE_TTL_SECONDS * 1000),
        consumedAt: null,
      });
    });
    const shownOnScreen = fromDemoPicker && this.demoPhones.has(phone);
    if (!shownOnScreen) {
      const sent = await this.sms.sendLoginCode(phone, code);
      if (!sent.ok) {
        ctx.app.logger.warn({ requestId: ctx.requestId, phone: maskPhone(phone), detail: sent.detail }, 'login code not sent');
        if (sent.reason === 'rate_limited') return RateLimitedError.of(RESEND_AFTER_SECONDS);
        throw new AppError(ThrownCode.UPSTREAM_UNAVAILABLE, '短信服务暂时不可用，请稍后再试');
      }
    }
    return Object.assign(new LoginCodeSent(), {
      phoneMasked: maskPhone(phone),
      expiresInSeconds: CODE_TTL_SECONDS,
      resendAfterSeconds: RESEND_AFTER_SECONDS,
      devCode: shownOnScreen ? code : null,
    });
  }

  async phoneLogin(ctx: RequestContext, phone: string, code: string): Promise<AuthPayload | LoginError | RateLimitedError> {
    const limited = await this.checkLimits([
      ['loginPerIp', ctx.ip],
      ['loginPerPhone', phone],
    ]);
    if (limited) return limited;

    // A wrong guess must stay counted, so the transaction answers what happened and the refusal
    // is made after it commits (a transaction that answers an ErrorResult writes nothing).
    const outcome = await ctx.transaction(
      'identity',
      async (manager): Promise<AuthPayload | { refused: LoginErrorCode; left?: number }> => {
        const pending = await manager.findOne(LoginCode, {
          where: { phone, consumedAt: IsNull(), expiresAt: MoreThan(ctx.now()) },
          order: { id: 'DESC' },
        });
        if (!pending) return { refused: 'LOGIN_CODE_EXPIRED' };

        // The try is counted before the code is compared, by a conditional update that also locks
        // the row: however many guesses race, no more than five are ever compared.
        const counted = await manager
          .createQueryBuilder()
          .update(LoginCode)
          .set({ attempts: () => 'attempts + 1' })
          .where('id = :id AND attempts < :max AND consumed_at IS NULL', { id: pending.id, max: MAX_CODE_ATTEMPTS })
          .execute();
        const current = await manager.findOneByOrFail(LoginCode, { id: pending.id });
        if (!counted.affected) return { refused: current.consumedAt ? 'LOGIN_CODE_EXPIRED' : 'TOO_MANY_ATTEMPTS' };

        if (!this.matches(pending.codeHash, this.hash(phone, code))) {
          const left = MAX_CODE_ATTEMPTS - current.attempts;
          return left > 0 ? { refused: 'INVALID_LOGIN_CODE', left } : { refused: 'TOO_MANY_ATTEMPTS' };
        }

        // The row is ours until commit (the update above locked it), so this consumes it once only.
        const consumed = await manager.update(LoginCode, { id: pending.id, consumedAt: IsNull() }, { consumedAt: ctx.now() });
        if (!consumed.affected) return { refused: 'LOGIN_CODE_EXPIRED' };

        const account =
          (await manager.findOneBy(Account, { phone })) ??
          (await this.identity.createConsumer(manager, { phone, wechatOpenid: null, displayName: `用户${phone.slice(-4)}` }));
        if (account.disabledAt) throw new AppError(ThrownCode.FORBIDDEN, '该账号已停用，请联系村委或客服');
        return this.identity.startSession(manager, account, 'phone');
      },
    );
    return outcome instanceof AuthPayload ? outcome : LoginError.of(outcome.refused, outcome.left ?? null);
  }

  private async checkLimits(checks: Array<[LimitName, string]>): Promise<RateLimitedError | null> {
    for (const [name, subject] of checks) {
      const [prefix, limit, windowSeconds] = LIMITS[name];
      const verdict = await this.limiter.hit(`${prefix}:${subject}`, limit, windowSeconds);
      if (!verdict.allowed) return RateLimitedError.of(verdict.retryAfterSeconds);
    }
    return null;
  }

  private hash(phone: string, code: string): string {
    return createHmac('sha256', this.codeSecret).update(`${phone}:${code}`).digest('hex');
  }

  private matches(expected: string, actual: string): boolean {
    return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(actual, 'hex'));
  }
}
