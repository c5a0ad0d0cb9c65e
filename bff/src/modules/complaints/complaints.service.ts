import { In, IsNull, LessThan, Not, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { emitOutboxEvent } from '../../core/outbox/outbox';
import { AppError, badInput, notFound } from '../../core/errors';
import { inTransaction } from '../../core/transaction';
import type { StoreRegistry } from '../../stores/registry';
import { findPage, type Paged } from '../../core/paging';
import { Role } from '../../core/roles';
import { isUniqueViolation } from '../../stores/sql-errors';
import { isFileKey, ownerOfFileKey } from '../files/uploads';
import {
  Complaint,
  ComplaintAudit,
  ComplaintClockPause,
  ComplaintFile,
  ComplaintMessage,
  ComplaintSettlement,
  MerchantAgent,
  type ComplaintParty,
  type ComplaintStatus,
} from './complaints.entity';
import { complaintError } from './complaints.errors';
import type {
  AcceptComplaintInput,
  DeclineComplaintInput,
  FileComplaintInput,
  PostComplaintMessageInput,
  ProposeSettlementInput,
  RateComplaintInput,
  RecordMediationInput,
  RequestMediationInput,
  RespondToSettlementInput,
  WithdrawComplaintInput,
} from './complaints.inputs';
import { agentsByMerchantId, pausesByComplaintId } from './complaints.loaders';
import { ComplaintDeadlineType } from './complaints.types';
import { chinaDate } from '../../core/china-time';
import type { WorkingCalendar } from './working-days';

/**
 * The 12315 time limits of each open stage, in working days (市场监督管理投诉举报处理暂行办法):
 * a regulator decides on acceptance within 7 of filing (第十四条); an ODR merchant, or one a
 * regulator forwarded the complaint to, negotiates within 10; mediation ends within 45 of the
 * acceptance (第二十一条), so the days spent negotiating count towards it.
 */
export const STAGES: Partial<Record<ComplaintStatus, { label: string; workingDays: number }>> = {
  SUBMITTED: { label: '受理', workingDays: 7 },
  NEGOTIATING: { label: '协商', workingDays: 10 },
  MEDIATING: { label: '调解', workingDays: 45 },
};
const CLOSED: ReadonlySet<ComplaintStatus> = new Set(['DECLINED', 'SETTLED', 'MEDIATED', 'WITHDRAWN']);
/** Closes that count as resolving the dispute, for the regulator's figure. */
export const RESOLVED: ComplaintStatus[] = ['SETTLED', 'MEDIATED'];

export const COMPLAINT_CHANGED = 'complaint.changed';
export const COMPLAINT_CLOSED = 'complaint.closed';
export const COMPLAINT_DEADLINE_NEAR = 'complaint.deadline_near';

const DAY_MS = 24 * 3600 * 1000;

interface Move {
  party: ComplaintParty;
  actorId: number | null;
  action: string;
  note: string;
  changes?: Partial<Complaint>;
}

/** Lists sorted by deadline page by position; the cursor is the offset, wrapped to stay opaque. */
function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const offset = Number(Buffer.from(after, 'base64url').toString('utf8').replace(/^o:/, ''));
  if (!Number.isInteger(offset) || offset < 0) throw badInput('分页游标无效', 'after');
  return offset;
}

/**
 * 浙江市场在线 complaints, as the 12315 rules run them: filing, acceptance or decline,
 * negotiation with settlement offers, mediation, rating. Every change goes through `move`, which
 * refuses a stale or illegal one, keeps the audit trail and writes the outbox events.
 */
export class ComplaintsService {
  constructor(readonly calendar: WorkingCalendar) {}

  /** How the caller takes part in a complaint, if at all. */
  async partyOf(ctx: RequestContext, complaint: Complaint): Promise<ComplaintParty | null> {
    const caller = ctx.caller;
    if (!caller) return null;
    if (complaint.consumerId === caller.accountId) return 'CONSUMER';
    // A merchant only sees a complaint once it became its to answer: not one waiting for acceptance, declined, or withdrawn before.
    if (caller.roles.includes(Role.MERCHANT) && complaint.forwardedAt !== null) {
      const agents = await ctx.loader(agentsByMerchantId).load(complaint.merchantId);
      if (agents.includes(caller.accountId)) return 'MERCHANT';
    }
    if (caller.roles.includes(Role.REGULATOR)) return 'REGULATOR';
    return null;
  }

  private async requireParty(ctx: RequestContext, complaint: Complaint, ...allowed: ComplaintParty[]): Promise<ComplaintParty> {
    ctx.requireCaller();
    const party = await this.partyOf(ctx, complaint);
    if (!party) throw complaintError('NOT_COMPLAINT_PARTY');
    if (!allowed.includes(party)) throw complaintError('ILLEGAL_TRANSITION', `${PARTY_LABELS[party]}不能进行这一步`);
    return party;
  }

  /** A regulator who is also the consumer or acts for the merchant does not decide the case. */
  private async requireImpartial(ctx: RequestContext, complaint: Complaint): Promise<void> {
    const party = await this.partyOf(ctx, complaint);
    if (party === 'CONSUMER' || party === 'MERCHANT') throw complaintError('OWN_CASE');
  }

  private async load(m: EntityManager, id: number): Promise<Complaint> {
    const complaint = await m.findOneBy(Complaint, { id });
    if (!complaint) throw notFound('找不到这件投诉');
    return complaint;
  }

  private requireStatus(complaint: Complaint, ...statuses: ComplaintStatus[]): void {
    if (!statuses.includes(complaint.status)) {
      throw complaintError('ILLEGAL_TRANSITION', `这件投诉${STATUS_LABELS[complaint.status]}，不能这样处理`);
    }
  }

  /** Photos must be the caller's own uploads that exist. */
  private async checkFiles(ctx: RequestContext, keys: string[], accountId: number): Promise<void> {
    for (const key of keys) {
      if (!isFileKey(key) || ownerOfFileKey(key) !== accountId || !(await ctx.app.files.exists(key))) {
        throw complaintError('EVIDENCE_INVALID');
      }
    }
  }

  /**
   * Moves a complaint to `to` if nobody moved it meanwhile (its version), writes the audit entry
   * and the outbox events. The one door every change goes through.
   */
  private async move(m: EntityManager, complaint: Complaint, to: ComplaintStatus, move: Move): Promise<Complaint> {
    const now = new Date();
    const changes: Partial<Complaint> = { ...move.changes, status: to, version: complaint.version + 1 };
    if (to === 'NEGOTIATING' && complaint.forwardedAt === null) changes.forwardedAt = now;
    if (to !== complaint.status && STAGES[to]) {
      // Mediation's 45 days run from the acceptance, which is when negotiation began.
      const countFrom = to === 'MEDIATING' && complaint.status === 'NEGOTIATING' ? complaint.stageStartedAt : now;
      changes.stageStartedAt = now;
      changes.dueAt = this.calendar.addWorkingDays(countFrom, STAGES[to]!.workingDays);
      changes.pausedSince = null;
      changes.warnedAt = null;
    }
    // Closing stamps the resolution once; a later rating of a closed complaint leaves it be.
    if (CLOSED.has(to) && !CLOSED.has(complaint.status)) Object.assign(changes, { dueAt: null, pausedSince: null, resolvedAt: now });
    const updated = await m.update(Complaint, { id: complaint.id, version: complaint.version, status: complaint.status }, changes);
    if (!updated.affected) throw complaintError('COMPLAINT_CHANGED');
    const audit = m.create(ComplaintAudit, {
      complaintId: complaint.id,
      party: move.party,
      actorId: move.actorId,
      action: move.action,
      fromStatus: complaint.status,
      toStatus: to,
      note: move.note.slice(0, 300),
      at: now,
    });
    await m.insert(ComplaintAudit, audit);
    await emitOutboxEvent(m, COMPLAINT_CHANGED, { complaintId: complaint.id, auditId: audit.id });
    if (CLOSED.has(to) && !CLOSED.has(complaint.status)) {
      await emitOutboxEvent(m, COMPLAINT_CLOSED, { complaintId: complaint.id });
    }
    return Object.assign(complaint, changes);
  }

  /** Runs a change in one market transaction, then asks the outbox to deliver its notices. */
  private async change<T>(ctx: RequestContext, work: (m: EntityManager) => Promise<T>): Promise<T> {
    const result = await ctx.transaction('market', work);
    ctx.app.outbox.kick();
    return result;
  }

  async file(ctx: RequestContext, input: FileComplaintInput): Promise<Complaint> {
    const caller = ctx.requireCaller();
    if (input.demand === 'APOLOGY' ? input.amountFen !== 0 : ['REFUND', 'COMPENSATION'].includes(input.demand) && input.amountFen === 0) {
      throw complaintError('AMOUNT_NOT_ALLOWED');
    }
    const evidence = [...new Set(input.evidence)];
    await this.checkFiles(ctx, evidence, caller.accountId);
    try {
      return await this.change(ctx, async (m) => {
        const earlier = await m.findOneBy(Complaint, { consumerId: caller.accountId, idempotencyKey: input.idempotencyKey });
        if (earlier) return earlier;
        const merchant = await ctx.app.merchants.find(m, input.merchantId);
        const agents = await m.findBy(MerchantAgent, { merchantId: merchant.id });
        if (agents.some((a) => a.accountId === caller.accountId)) throw complaintError('CANNOT_COMPLAIN_ABOUT_OWN_BUSINESS');
        const now = new Date();
        // An ODR merchant has committed to negotiate directly: the complaint skips acceptance.
        const status: ComplaintStatus = merchant.odr ? 'NEGOTIATING' : 'SUBMITTED';
        const complaint = m.create(Complaint, {
          consumerId: caller.accountId,
          merchantId: merchant.id,
          category: input.category,
          narrative: input.narrative,
          demand: input.demand,
          amountFen: input.amountFen,
          source: input.source,
          traceCode: input.traceCode ?? null,
          status,
          stageStartedAt: now,
          dueAt: this.calendar.addWorkingDays(now, STAGES[status]!.workingDays),
          pausedSince: null,
          warnedAt: null,
          merchantOverdue: false,
          filedAt: now,
          forwardedAt: merchant.odr ? now : null,
          resolvedAt: null,
          declineReason: null,
          declineNote: null,
          mediationOutcome: null,
          mediationSummary: null,
          consumerFavoured: null,
          rating: null,
          ratingComment: null,
          idempotencyKey: input.idempotencyKey,
          version: 1,
        });
        await m.insert(Complaint, complaint);
        if (evidence.length) await m.insert(ComplaintFile, evidence.map((fileKey) => ({ complaintId: complaint.id, fileKey, messageId: null })));
        const audit = m.create(ComplaintAudit, {
          complaintId: complaint.id,
          party: 'CONSUMER',
          actorId: caller.accountId,
          action: 'FILED',
          fromStatus: null,
          toStatus: status,
          note: merchant.odr ? '商户是在线纠纷解决（ODR）单位，投诉直接转给商户协商' : '等待市场监管部门受理',
          at: now,
        });
        await m.insert(ComplaintAudit, audit);
        await emitOutboxEvent(m, COMPLAINT_CHANGED, { complaintId: complaint.id, auditId: audit.id });
        return complaint;
      });
    } catch (error) {
      // The same form sent twice at once: the first filing stands and both taps see it.
      if (!isUniqueViolation(error)) throw error;
      const earlier = await ctx.manager('market').findOneBy(Complaint, { consumerId: caller.accountId, idempotencyKey: input.idempotencyKey });
      if (!earlier) throw error;
      return earlier;
    }
  }

  async accept(ctx: RequestContext, input: AcceptComplaintInput): Promise<Complaint> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    return this.change(ctx, async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await this.requireImpartial(ctx, complaint);
      this.requireStatus(complaint, 'SUBMITTED');
      return this.move(m, complaint, 'NEGOTIATING', {
        party: 'REGULATOR',
        actorId: regulator.accountId,
        action: 'ACCEPTED',
        note: input.note || '已受理，转商户协商',
      });
    });
  }

  async decline(ctx: RequestContext, input: DeclineComplaintInput): Promise<Complaint> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    return this.change(ctx, async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await this.requireImpartial(ctx, complaint);
      this.requireStatus(complaint, 'SUBMITTED');
      return this.move(m, complaint, 'DECLINED', {
        party: 'REGULATOR',
        actorId: regulator.accountId,
        action: 'DECLINED',
        note: input.note,
        changes: { declineReason: input.reason, declineNote: input.note },
      });
    });
  }

  /** The thread: either side while the complaint is open; the regulator once it mediates. */
  async postMessage(ctx: RequestContext, input: PostComplaintMessageInput): Promise<ComplaintMessage> {
    const caller = ctx.requireCaller();
    const attachments = [...new Set(input.attachments)];
    await this.checkFiles(ctx, attachments, caller.accountId);
    return this.change(ctx, async (m) => {
      const complaint = await this.load(m, input.complaintId);
      const party = await this.requireParty(ctx, complaint, 'CONSUMER', 'MERCHANT', 'REGULATOR');
      if (party === 'REGULATOR') this.requireStatus(complaint, 'MEDIATING');
      else this.requireStatus(complaint, 'SUBMITTED', 'NEGOTIATING', 'MEDIATING');
      const message = m.create(ComplaintMessage, {
        complaintId: complaint.id,
        party,
        authorId: caller.accountId,
        body: input.body,
        createdAt: new Date(),
      });
      await m.insert(ComplaintMessage, message);
      if (attachments.length) {
        await m.insert(ComplaintFile, attachments.map((fileKey) => ({ complaintId: complaint.id, fileKey, messageId: message.id })));
      }
      await this.move(m, complaint, complaint.status, { party, actorId: caller.accountId, action: 'MESSAGE', note: input.body });
      return message;
    });
  }

  /** The merchant offers a settlement; the clock stops until the consumer answers. */
  async propose(ctx: RequestContext, input: ProposeSettlementInput): Promise<ComplaintSettlement> {
    const caller = ctx.requireRole(Role.MERCHANT);
    return this.change(ctx, async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await this.requireParty(ctx, complaint, 'MERCHANT');
      this.requireStatus(complaint, 'NEGOTIATING');
      if (await m.existsBy(ComplaintSettlement, { complaintId: complaint.id, status: 'PROPOSED' })) throw complaintError('SETTLEMENT_PENDING');
      // An offer stops the clock; one made after it ran out would dodge the escalation.
      if (complaint.dueAt && complaint.dueAt.getTime() < Date.now()) throw complaintError('DEADLINE_PASSED');
      const now = new Date();
      const settlement = m.create(ComplaintSettlement, {
        complaintId: complaint.id,
        remedy: input.remedy,
        amountFen: input.amountFen,
        terms: input.terms,
        status: 'PROPOSED',
        proposedBy: caller.accountId,
        createdAt: now,
        decidedAt: null,
      });
      await m.insert(ComplaintSettlement, settlement);
      await m.insert(ComplaintClockPause, { complaintId: complaint.id, pausedFrom: now, pausedTo: null });
      await this.move(m, complaint, 'NEGOTIATING', {
        party: 'MERCHANT',
        actorId: caller.accountId,
        action: 'PROPOSED',
        note: `提出和解方案：${input.terms}`,
        changes: { pausedSince: now, dueAt: null },
      });
      return settlement;
    });
  }

  /** The consumer accepts (和解, closed) or declines (the clock runs again). */
  async respond(ctx: RequestContext, input: RespondToSettlementInput): Promise<Complaint> {
    const caller = ctx.requireCaller();
    return this.change(ctx, async (m) => {
      const settlement = await m.findOneBy(ComplaintSettlement, { id: input.settlementId });
      if (!settlement) throw notFound('找不到这个和解方案');
      const complaint = await this.load(m, settlement.complaintId);
      await this.requireParty(ctx, complaint, 'CONSUMER');
      if (settlement.status !== 'PROPOSED') throw complaintError('SETTLEMENT_NOT_PENDING');
      this.requireStatus(complaint, 'NEGOTIATING');
      const now = new Date();
      await m.update(ComplaintSettlement, { id: settlement.id }, { status: input.accept ? 'ACCEPTED' : 'DECLINED', decidedAt: now });
      await m.update(ComplaintClockPause, { complaintId: complaint.id, pausedTo: IsNull() }, { pausedTo: now });
      if (input.accept) {
        return this.move(m, complaint, 'SETTLED', {
          party: 'CONSUMER',
          actorId: caller.accountId,
          action: 'SETTLEMENT_ACCEPTED',
          note: input.note || '接受和解方案',
        });
      }
      const pauses = await m.findBy(ComplaintClockPause, { complaintId: complaint.id });
      return this.move(m, complaint, 'NEGOTIATING', {
        party: 'CONSUMER',
        actorId: caller.accountId,
        action: 'SETTLEMENT_DECLINED',
        note: input.note || '不接受和解方案',
        // The clock runs again towards a new deadline, so the merchant is warned again before it.
        changes: { pausedSince: null, dueAt: this.runningDueAt(complaint, pauses), warnedAt: null },
      });
    });
  }

  /** The negotiation deadline with every pause of this stage given back. */
  private runningDueAt(complaint: Complaint, pauses: ComplaintClockPause[]): Date {
    const state = this.calendar.deadlineWithPauses(
      complaint.stageStartedAt,
      STAGES.NEGOTIATING!.workingDays,
      pauses.filter((p) => p.pausedFrom >= complaint.stageStartedAt).map((p) => ({ from: p.pausedFrom, to: p.pausedTo })),
    );
    if (!state.running) throw new Error('a closed pause left the clock stopped');
    return state.dueAt;
  }

  /** Either side may ask a regulator to mediate while they negotiate; an unanswered offer lapses. */
  async requestMediation(ctx: RequestContext, input: RequestMediationInput): Promise<Complaint> {
    const caller = ctx.requireCaller();
    return this.change(ctx, async (m) => {
      const complaint = await this.load(m, input.complaintId);
      const party = await this.requireParty(ctx, complaint, 'CONSUMER', 'MERCHANT');
      this.requireStatus(complaint, 'NEGOTIATING');
      const now = new Date();
      await m.update(ComplaintSettlement, { complaintId: complaint.id, status: 'PROPOSED' }, { status: 'WITHDRAWN', decidedAt: now });
      await m.update(ComplaintClockPause, { complaintId: complaint.id, pausedTo: IsNull() }, { pausedTo: now });
      return this.move(m, complaint, 'MEDIATING', { party, actorId: caller.accountId, action: 'MEDIATION_REQUESTED', note: input.note });
    });
  }

  async recordMediation(ctx: RequestContext, input: RecordMediationInput): Promise<Complaint> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    return this.change(ctx, async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await this.requireImpartial(ctx, complaint);
      this.requireStatus(complaint, 'MEDIATING');
      return this.move(m, complaint, 'MEDIATED', {
        party: 'REGULATOR',
        actorId: regulator.accountId,
        action: 'MEDIATED',
        note: input.summary,
        changes: { mediationOutcome: input.outcome, mediationSummary: input.summary, consumerFavoured: input.inConsumersFavour },
      });
    });
  }

  async rate(ctx: RequestContext, input: RateComplaintInput): Promise<Complaint> {
    const caller = ctx.requireCaller();
    return this.change(ctx, async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await this.requireParty(ctx, complaint, 'CONSUMER');
      this.requireStatus(complaint, 'SETTLED', 'MEDIATED');
      if (complaint.rating !== null) throw complaintError('ALREADY_RATED');
      return this.move(m, complaint, complaint.status, {
        party: 'CONSUMER',
        actorId: caller.accountId,
        action: 'RATED',
        note: `${input.stars} 星${input.comment ? `：${input.comment}` : ''}`,
        changes: { rating: input.stars, ratingComment: input.comment || null },
      });
    });
  }

  async withdraw(ctx: RequestContext, input: WithdrawComplaintInput): Promise<Complaint> {
    const caller = ctx.requireCaller();
    return this.change(ctx, async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await this.requireParty(ctx, complaint, 'CONSUMER');
      this.requireStatus(complaint, 'SUBMITTED', 'NEGOTIATING', 'MEDIATING');
      const now = new Date();
      await m.update(ComplaintSettlement, { complaintId: complaint.id, status: 'PROPOSED' }, { status: 'WITHDRAWN', decidedAt: now });
      await m.update(ComplaintClockPause, { complaintId: complaint.id, pausedTo: IsNull() }, { pausedTo: now });
      return this.move(m, complaint, 'WITHDRAWN', { party: 'CONSUMER', actorId: caller.accountId, action: 'WITHDRAWN', note: input.note || '消费者撤回投诉' });
    });
  }

  async get(ctx: RequestContext, id: number): Promise<Complaint> {
    const complaint = await this.load(ctx.manager('market'), id);
    if (!(await this.partyOf(ctx, complaint))) throw complaintError('NOT_COMPLAINT_PARTY');
    return complaint;
  }

  async mine(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Complaint>> {
    const caller = ctx.requireCaller();
    return findPage(ctx.manager('market'), Complaint, { consumerId: caller.accountId }, first, after);
  }

  /** Soonest deadline first; closed ones (no deadline) last, newest first. */
  private async byDeadline(ctx: RequestContext, where: FindOptionsWhere<Complaint>, first: number, after?: string | null): Promise<Paged<Complaint>> {
    const offset = offsetOf(after);
    const rows = await ctx
      .manager('market')
      .createQueryBuilder(Complaint, 'c')
      .where(where)
      .orderBy('CASE WHEN c.due_at IS NULL THEN 1 ELSE 0 END', 'ASC')
      .addOrderBy('c.due_at', 'ASC')
      .addOrderBy('c.id', 'DESC')
      .offset(offset)
      .limit(first + 1)
      .getMany();
    const items = rows.slice(0, first);
    return { items, nextCursor: rows.length > first ? Buffer.from(`o:${offset + first}`).toString('base64url') : null };
  }

  async inbox(ctx: RequestContext, openOnly: boolean, first: number, after?: string | null): Promise<Paged<Complaint>> {
    const caller = ctx.requireRole(Role.MERCHANT);
    const merchantIds = (await ctx.manager('market').findBy(MerchantAgent, { accountId: caller.accountId })).map((a) => a.merchantId);
    if (merchantIds.length === 0) return { items: [], nextCursor: null };
    const statuses: ComplaintStatus[] = openOnly ? ['NEGOTIATING', 'MEDIATING'] : ['NEGOTIATING', 'MEDIATING', 'SETTLED', 'MEDIATED', 'WITHDRAWN'];
    return this.byDeadline(ctx, { merchantId: In(merchantIds), status: In(statuses), forwardedAt: Not(IsNull()) }, first, after);
  }

  async queue(ctx: RequestContext, status: 'SUBMITTED' | 'MEDIATING', first: number, after?: string | null): Promise<Paged<Complaint>> {
    ctx.requireRole(Role.REGULATOR);
    return this.byDeadline(ctx, { status }, first, after);
  }

  async overdue(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Complaint>> {
    ctx.requireRole(Role.REGULATOR);
    return this.byDeadline(ctx, { status: In(['SUBMITTED', 'NEGOTIATING', 'MEDIATING']), dueAt: LessThan(new Date()) }, first, after);
  }

  /** Where the current stage's clock stands. */
  deadline(complaint: Complaint, now = new Date()): ComplaintDeadlineType {
    const stage = STAGES[complaint.status];
    const result = Object.assign(new ComplaintDeadlineType(), { stage: stage?.label ?? '', dueAt: null, paused: false, workingDaysLeft: null, overdue: false });
    if (!stage) return result;
    if (complaint.pausedSince) {
      return Object.assign(result, { paused: true, workingDaysLeft: null });
    }
    const dueAt = complaint.dueAt!;
    const overdue = now > dueAt;
    return Object.assign(result, { dueAt, overdue, workingDaysLeft: overdue ? 0 : this.calendar.workingDaysBetween(now, dueAt) });
  }

  /** Working days left when the clock stopped, for a paused complaint. */
  async pausedDaysLeft(ctx: RequestContext, complaint: Complaint): Promise<number | null> {
    if (!complaint.pausedSince || complaint.status !== 'NEGOTIATING') return null;
    const pauses = (await ctx.loader(pausesByComplaintId).load(complaint.id)).filter((p) => p.pausedFrom >= complaint.stageStartedAt);
    const state = this.calendar.deadlineWithPauses(
      complaint.stageStartedAt,
      STAGES.NEGOTIATING!.workingDays,
      pauses.map((p) => ({ from: p.pausedFrom, to: p.pausedTo })),
    );
    return state.running ? 0 : state.workingDaysLeft;
  }

  /**
   * The scheduled job: negotiations past their deadline go to mediation (the merchant marked
   * overdue), and merchants are warned a day before theirs. Each complaint is claimed by a
   * conditional update, so instances running the job at once never act twice.
   */
  async runDeadlineJob(stores: StoreRegistry, now = new Date()): Promise<{ escalated: number; warned: number }> {
    const market = stores.get('market');
    let failure: unknown = null;
    let escalated = 0;
    const overdue = await market.manager.find(Complaint, { where: { status: 'NEGOTIATING', dueAt: LessThan(now) }, take: 200 });
    for (const complaint of overdue) {
      try {
        await inTransaction(market, (m) =>
          this.move(m, complaint, 'MEDIATING', {
            party: 'SYSTEM',
            actorId: null,
            action: 'ESCALATED_OVERDUE',
            note: '协商期满未和解，转市场监管部门调解',
            changes: { merchantOverdue: true },
          }),
        );
        escalated++;
      } catch (error) {
        // Someone acted on it (or another instance escalated it) in the meantime: nothing to do.
        // Anything else is reported after the rest of the run, which it must not stop.
        if (!(error instanceof AppError)) failure ??= error;
      }
    }
    let warned = 0;
    const soon = await market.manager.find(Complaint, {
      where: { status: 'NEGOTIATING', dueAt: LessThan(new Date(now.getTime() + DAY_MS)), warnedAt: IsNull() },
      take: 200,
    });
    for (const complaint of soon) {
      if (complaint.dueAt! < now) continue;
      const claimed = await inTransaction(market, async (m) => {
        const result = await m.update(Complaint, { id: complaint.id, warnedAt: IsNull(), status: 'NEGOTIATING' }, { warnedAt: now });
        if (result.affected) await emitOutboxEvent(m, COMPLAINT_DEADLINE_NEAR, { complaintId: complaint.id });
        return Boolean(result.affected);
      });
      if (claimed) warned++;
    }
    if (failure) throw failure;
    return { escalated, warned };
  }

  /** 从投诉到办结: the median working days of complaints resolved in a China month (YYYY-MM). */
  async monthFigure(ctx: RequestContext, month: string): Promise<{ month: string; resolved: number; medianWorkingDays: number | null }> {
    const [year, mon] = month.split('-').map(Number);
    const from = new Date(`${month}-01T00:00:00+08:00`);
    const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
    const to = new Date(`${next}-01T00:00:00+08:00`);
    const rows = await ctx
      .manager('market')
      .createQueryBuilder(Complaint, 'c')
      .select(['c.filedAt', 'c.resolvedAt'])
      .where({ status: In(RESOLVED), resolvedAt: Not(IsNull()) })
      .andWhere('c.resolved_at >= :from AND c.resolved_at < :to', { from, to })
      .getMany();
    const days = rows.map((c) => this.calendar.workingDaysBetween(c.filedAt, c.resolvedAt!)).sort((a, b) => a - b);
    const middle = Math.floor(days.length / 2);
    const median = days.length === 0 ? null : days.length % 2 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
    return { month, resolved: days.length, medianWorkingDays: median };
  }

  async stats(ctx: RequestContext, now = new Date()) {
    ctx.requireRole(Role.REGULATOR);
    const thisMonth = chinaDate(now).slice(0, 7);
    const [y, mo] = thisMonth.split('-').map(Number);
    const lastMonth = mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
    return {
      thisMonth: await this.monthFigure(ctx, thisMonth),
      lastMonth: await this.monthFigure(ctx, lastMonth),
      // The deadlines running now reach at most 45 working days (about ten weeks) ahead.
      missingCalendarYears: this.calendar.missingYears(now, new Date(now.getTime() + 70 * DAY_MS)),
    };
  }

  /** Whether the caller may read a file attached to a complaint; null when the file is not a complaint's. */
  async mayReadFile(ctx: RequestContext, key: string): Promise<boolean | null> {
    const links = await ctx.manager('market').findBy(ComplaintFile, { fileKey: key });
    if (links.length === 0) return null;
    const complaints = await ctx.manager('market').findBy(Complaint, { id: In(links.map((l) => l.complaintId)) });
    for (const complaint of complaints) if (await this.partyOf(ctx, complaint)) return true;
    return false;
  }
}

export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  SUBMITTED: '正在等待受理',
  DECLINED: '已不予受理',
  NEGOTIATING: '正在协商',
  SETTLED: '已和解',
  MEDIATING: '正在调解',
  MEDIATED: '调解已结束',
  WITHDRAWN: '已撤回',
};

const PARTY_LABELS: Record<ComplaintParty, string> = { CONSUMER: '消费者', MERCHANT: '商户', REGULATOR: '监管人员', SYSTEM: '系统' };
