import { Brackets, In, IsNull, LessThan, Not, type FindOptionsWhere } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { findPage, type Paged } from '../../core/paging';
import { Role } from '../../core/roles';
import { Complaint, MerchantAgent, type ComplaintStatus } from './complaints.entity';
import { complaintRefusal } from './complaints.errors';
import { partyOf } from './parties';

/** A place in a list sorted by deadline: the last row's deadline (null for closed ones, which come last) and id. */
interface DeadlineCursor {
  dueAt: Date | null;
  id: number;
}

function encodeCursor(row: Complaint): string {
  return Buffer.from(JSON.stringify([row.dueAt?.toISOString() ?? null, row.id])).toString('base64url');
}

function decodeDeadlineCursor(after: string | null | undefined): DeadlineCursor | null {
  if (!after) return null;
  try {
    const [due, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [unknown, unknown];
    const dueAt = due === null ? null : new Date(String(due));
    if (!Number.isSafeInteger(id) || (id as number) < 1 || (dueAt !== null && Number.isNaN(dueAt.getTime()))) throw new Error('bad');
    return { dueAt, id: id as number };
  } catch {
    throw badInput('分页游标无效', 'after');
  }
}

/** The complaint lists: a consumer's own, a merchant's inbox, the regulators' queues. */
export class ComplaintQueues {
  async get(ctx: RequestContext, id: number): Promise<Complaint> {
    const complaint = await ctx.manager('market').findOneBy(Complaint, { id });
    if (!complaint) throw notFound('找不到这件投诉');
    if (!(await partyOf(ctx, complaint))) throw complaintRefusal('NOT_COMPLAINT_PARTY');
    return complaint;
  }

  async mine(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Complaint>> {
    const caller = ctx.requireCaller();
    return findPage(ctx.manager('market'), Complaint, { consumerId: caller.accountId }, first, after);
  }

  /**
   * Soonest deadline first; closed ones (no deadline) last, newest first. Paged by a keyset
   * cursor on (due_at, id), so a page never repeats or skips a complaint when others move.
   */
  private async byDeadline(
    ctx: RequestContext,
    where: FindOptionsWhere<Complaint>,
    first: number,
    after?: string | null,
  ): Promise<Paged<Complaint>> {
    const cursor = decodeDeadlineCursor(after);
    const query = ctx
      .manager('market')
      .createQueryBuilder(Complaint, 'c')
      .where(where)
      .orderBy('CASE WHEN c.due_at IS NULL THEN 1 ELSE 0 END', 'ASC')
      .addOrderBy('c.due_at', 'ASC')
      .addOrderBy('c.id', 'DESC')
      .limit(first + 1);
    if (cursor?.dueAt) {
      const { dueAt, id } = cursor;
      query.andWhere(
        new Brackets((q) =>
          q.where('c.due_at > :dueAt', { dueAt }).orWhere('c.due_at = :dueAt AND c.id < :id', { dueAt, id }).orWhere('c.due_at IS NULL'),
        ),
      );
    } else if (cursor) {
      query.andWhere('c.due_at IS NULL AND c.id < :id', { id: cursor.id });
    }
    const rows = await query.getMany();
    const items = rows.slice(0, first);
    return { items, nextCursor: rows.length > first ? encodeCursor(items[items.length - 1]) : null };
  }

  async inbox(ctx: RequestContext, openOnly: boolean, first: number, after?: string | null): Promise<Paged<Complaint>> {
    const caller = ctx.requireRole(Role.MERCHANT);
    const merchantIds = (await ctx.manager('market').findBy(MerchantAgent, { accountId: caller.accountId })).map((a) => a.merchantId);
    if (merchantIds.length === 0) return { items: [], nextCursor: null };
    const statuses: ComplaintStatus[] = openOnly
      ? ['NEGOTIATING', 'MEDIATING']
      : ['NEGOTIATING', 'MEDIATING', 'SETTLED', 'MEDIATED', 'WITHDRAWN'];
    return this.byDeadline(ctx, { merchantId: In(merchantIds), status: In(statuses), forwardedAt: Not(IsNull()) }, first, after);
  }

  async queue(ctx: RequestContext, status: 'SUBMITTED' | 'MEDIATING', first: number, after?: string | null): Promise<Paged<Complaint>> {
    ctx.requireRole(Role.REGULATOR);
    return this.byDeadline(ctx, { status }, first, after);
  }

  async overdue(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Complaint>> {
    ctx.requireRole(Role.REGULATOR);
    return this.byDeadline(ctx, { status: In(['SUBMITTED', 'NEGOTIATING', 'MEDIATING']), dueAt: LessThan(ctx.now()) }, first, after);
  }
}
