import { In, IsNull, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { findPage, type Paged } from '../../core/paging';
import { isUniqueViolation } from '../../stores/sql-errors';
import { Notice, type NoticeKind } from './notices.entity';

/** A notice to deliver; `sourceKey` names its cause so a repeated delivery adds nothing. */
export interface NoticeDraft {
  accountId: number;
  kind: NoticeKind;
  title: string;
  body: string;
  link: string | null;
  sourceKey: string;
}

/** 消息中心: what other modules tell a person, and what they have read. */
export class NoticesService {
  /**
   * Delivers notices, skipping any already delivered (same account and source key). Runs in the
   * identity store's own transaction: outbox handlers call it, never a request in another store.
   */
  async deliver(m: EntityManager, drafts: NoticeDraft[]): Promise<number> {
    if (drafts.length === 0) return 0;
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
    const now = new Date();
    for (const draft of fresh) {
      try {
        await m.insert(Notice, { ...draft, createdAt: now, readAt: null });
      } catch (error) {
        // A concurrent delivery of the same event got there first; that notice stands.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return fresh.length;
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
        { readAt: new Date() },
      );
      return result.affected ?? 0;
    });
  }
}
