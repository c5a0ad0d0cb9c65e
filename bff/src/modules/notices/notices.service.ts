import { In, IsNull, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { findPage, type Paged } from '../../core/paging';
import { clip } from '../../core/text';
import { isUniqueViolation } from '../../stores/sql-errors';
import { accountById } from '../identity/identity.loaders';
import { Notice, NoticeSubscription, type NoticeKind } from './notices.entity';
import type { WechatSubscribeClient } from './wechat-subscribe.client';

/** A notice to deliver; `sourceKey` names its cause so a repeated delivery adds nothing. */
export interface NoticeDraft {
  accountId: number;
  kind: NoticeKind;
  title: string;
  body: string;
  link: string | null;
  sourceKey: string;
}

/** A subscribe message's "thing" fields hold at most 20 characters. */
const thing = (text: string) => ({ value: clip(text, 20) });

/** China time as a subscribe message's "time" field wants it: 2026-11-22 09:30. */
const chinaMinute = (at: Date) => new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * 消息中心: what other modules tell a person, and what they have read; and, for people who allowed
 * it in WeChat, the same as a subscribe message.
 */
export class NoticesService {
  constructor(
    private readonly wechat: WechatSubscribeClient,
    /** Template ids per kind (WECHAT_TEMPLATE_*); a kind without one is never pushed. */
    private readonly templates: Partial<Record<NoticeKind, string>>,
  ) {}

  /**
   * Delivers notices, skipping any already delivered (same account and source key). Runs in the
   * identity store's own transaction: outbox handlers call it, never a request in another store.
   */
  async deliver(m: EntityManager, drafts: NoticeDraft[], now: Date): Promise<NoticeDraft[]> {
    if (drafts.length === 0) return [];
    const existing = await m.find(Notice, {
      select: { accountId: true, sourceKey: true },
      where: { accountId: In([...new Set(drafts.map((d) => d.accountId))]), sourceKey: In([...new Set(drafts.map((d) => d.sourceKey))]) },
    });
    const seen = new Set(existing.map((n) => `${n.accountId}|${n.sourceKey}`));
    const fresh = drafts.filter((d) => {
      const key = `${d.accountId}|${d.sourceKey}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const delivered: NoticeDraft[] = [];
    for (const draft of fresh) {
      try {
        await m.insert(Notice, { ...draft, createdAt: now, readAt: null });
        delivered.push(draft);
      } catch (error) {
        // A concurrent delivery of the same event got there first; that notice stands.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return delivered;
  }

  /** Delivers notices in the identity store, then pushes the new ones to WeChat where allowed. */
  async deliverAndPush(ctx: RequestContext, drafts: NoticeDraft[]): Promise<void> {
    const delivered = await ctx.transaction('identity', (m) => this.deliver(m, drafts, ctx.now()));
    await this.push(ctx, delivered);
  }

  /**
   * Sends each new notice as a subscribe message to a person with an allowance of its kind left,
   * spending one. A failed push is logged, not retried: the notice itself is in the message centre.
   */
  private async push(ctx: RequestContext, notices: NoticeDraft[]): Promise<void> {
    const identity = ctx.manager('identity');
    for (const notice of notices) {
      const templateId = this.templates[notice.kind];
      if (!templateId) continue;
      const account = await ctx.loader(accountById).load(notice.accountId);
      if (!account?.wechatOpenid) continue;
      const spent = await identity
        .createQueryBuilder()
        .update(NoticeSubscription)
        .set({ remaining: () => 'remaining - 1' })
        .where('account_id = :accountId AND kind = :kind AND remaining > 0', { accountId: notice.accountId, kind: notice.kind })
        .execute();
      if (!spent.affected) continue;
      const sent = await this.wechat.send({
        openid: account.wechatOpenid,
        templateId,
        page: notice.link,
        data: { thing1: thing(notice.title), thing2: thing(notice.body), time3: { value: chinaMinute(ctx.now()) } },
      });
      if (sent.ok) continue;
      ctx.app.logger.warn({ accountId: notice.accountId, kind: notice.kind, detail: sent.detail }, 'subscribe message not sent');
      // WeChat says the person has none left (or blocked us): stop spending allowances it will not honour.
      if (sent.reason === 'refused')
        await identity.update(NoticeSubscription, { accountId: notice.accountId, kind: notice.kind }, { remaining: 0 });
    }
  }

  /** The person tapped "allow" in WeChat's subscribe dialog for these kinds: one more message each. */
  async allow(ctx: RequestContext, kinds: NoticeKind[]): Promise<number> {
    const caller = ctx.requireCaller();
    return ctx.transaction('identity', async (m) => {
      const raise = (kind: NoticeKind) =>
        m
          .createQueryBuilder()
          .update(NoticeSubscription)
          .set({ remaining: () => 'remaining + 1' })
          .where('account_id = :accountId AND kind = :kind', { accountId: caller.accountId, kind })
          .execute();
      for (const kind of new Set(kinds)) {
        const raised = await raise(kind);
        if (raised.affected) continue;
        try {
          await m.insert(NoticeSubscription, { accountId: caller.accountId, kind, remaining: 1 });
        } catch (error) {
          // Two taps at once: the other made the row, so this one raises it.
          if (!isUniqueViolation(error)) throw error;
          await raise(kind);
        }
      }
      return new Set(kinds).size;
    });
  }

  async mine(ctx: RequestContext, kind: NoticeKind | null, first: number, after?: string | null): Promise<Paged<Notice>> {
    const caller = ctx.requireCaller();
    return findPage(ctx.manager('identity'), Notice, { accountId: caller.accountId, ...(kind ? { kind } : {}) }, first, after);
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    const caller = ctx.requireCaller();
    return ctx.manager('identity').countBy(Notice, { accountId: caller.accountId, readAt: IsNull() });
  }

  /** Marks the caller's own notices read (all of them when no ids are given); others' ids are ignored. */
  async markRead(ctx: RequestContext, ids: number[] | null): Promise<number> {
    const caller = ctx.requireCaller();
    return ctx.transaction('identity', async (m) => {
      const result = await m.update(
        Notice,
        { accountId: caller.accountId, readAt: IsNull(), ...(ids ? { id: In(ids.length ? ids : [0]) } : {}) },
        { readAt: ctx.now() },
      );
      return result.affected ?? 0;
    });
  }
}
