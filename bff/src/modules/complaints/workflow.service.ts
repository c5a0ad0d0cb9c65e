import { IsNull, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { isOwnUpload } from '../../core/files/file-store';
import { clip } from '../../core/text';
import { Role } from '../../core/roles';
import { isUniqueViolation } from '../../stores/sql-errors';
import { CLOSED, STAGES, runningDueAt } from './clock';
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
import { complaintRefusal } from './complaints.errors';
import { ComplaintChanged, ComplaintClosed, type ComplaintOutcome } from './complaints.events';
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
import { MerchantsService } from './merchants.service';
import { requireImpartial, requireParty, requireStatus } from './parties';
import { WorkingCalendar } from './working-days';

interface Move {
  party: ComplaintParty;
  actorId: number | null;
  action: string;
  note: string;
  changes?: Partial<Complaint>;
}

/** How a closed complaint ended, in the terms a credit rating weighs. */
export function outcomeOf(complaint: Complaint): ComplaintOutcome {
  switch (complaint.status) {
    case 'SETTLED':
      return 'SETTLED';
    case 'DECLINED':
      return 'DECLINED';
    case 'WITHDRAWN':
      return 'WITHDRAWN';
    case 'MEDIATED':
      if (complaint.mediationOutcome !== 'AGREEMENT' && !complaint.consumerFavoured) return 'MEDIATION_FAILED';
      return complaint.consumerFavoured ? 'MEDIATED_FOR_CONSUMER' : 'MEDIATED_FOR_MERCHANT';
    default:
      throw new Error(`complaint ${complaint.id} is not closed (${complaint.status})`);
  }
}

/**
 * 浙江市场在线 complaints, as the 12315 rules run them: filing, acceptance or decline,
 * negotiation with settlement offers, mediation, rating. Every change goes through `move`, which
 * refuses a stale or illegal one, keeps the audit trail and publishes the events.
 */
export class ComplaintWorkflow {
  private async load(m: EntityManager, id: number): Promise<Complaint> {
    const complaint = await m.findOneBy(Complaint, { id });
    if (!complaint) throw notFound('找不到这件投诉');
    return complaint;
  }

  /** Photos must be the caller's own uploads that exist. */
  private async checkFiles(ctx: RequestContext, keys: string[], accountId: number, field: string): Promise<void> {
    for (const key of keys) {
      if (!(await isOwnUpload(ctx.app.files, key, accountId))) throw complaintRefusal('EVIDENCE_INVALID', undefined, field);
    }
  }

  /**
   * Moves a complaint to `to` if nobody moved it meanwhile (its version), writes the audit entry
   * and publishes the events. The one door every change goes through; `m` is the market
   * transaction it runs in.
   */
  async move(ctx: RequestContext, m: EntityManager, complaint: Complaint, to: ComplaintStatus, move: Move): Promise<Complaint> {
    const calendar = ctx.service(WorkingCalendar);
    const now = ctx.now();
    const changes: Partial<Complaint> = { ...move.changes, status: to, version: complaint.version + 1 };
    if (to === 'NEGOTIATING' && complaint.forwardedAt === null) changes.forwardedAt = now;
    if (to !== complaint.status && STAGES[to]) {
      // Mediation's 45 days run from the acceptance, which is when negotiation began.
      const countFrom = to === 'MEDIATING' && complaint.status === 'NEGOTIATING' ? complaint.stageStartedAt : now;
      changes.stageStartedAt = now;
      changes.dueAt = calendar.addWorkingDays(countFrom, STAGES[to]!.workingDays);
      changes.pausedSince = null;
      changes.warnedAt = null;
    }
    const closing = CLOSED.has(to) && !CLOSED.has(complaint.status);
    // Closing stamps the resolution once; a later rating of a closed complaint leaves it be.
    if (closing) Object.assign(changes, { dueAt: null, pausedSince: null, resolvedAt: now });
    const updated = await m.update(Complaint, { id: complaint.id, version: complaint.version, status: complaint.status }, changes);
    if (!updated.affected) throw complaintRefusal('COMPLAINT_CHANGED');
    await this.record(ctx, m, complaint, to, move, now);
    const moved = Object.assign(complaint, changes);
    if (closing) {
      await ctx.publish(ComplaintClosed, {
        complaintId: moved.id,
        merchantId: moved.merchantId,
        outcome: outcomeOf(moved),
        merchantOverdue: moved.merchantOverdue,
        closedAt: now.toISOString(),
      });
    }
    return moved;
  }

  /** Writes the audit entry for what `move` did (or a message said) and tells the parties. */
  private async record(
    ctx: RequestContext,
    m: EntityManager,
    complaint: Complaint,
    to: ComplaintStatus,
    move: Move,
    at: Date,
  ): Promise<void> {
    const audit = m.create(ComplaintAudit, {
      complaintId: complaint.id,
      party: move.party,
      actorId: move.actorId,
      action: move.action,
      fromStatus: complaint.status,
      toStatus: to,
      note: clip(move.note, 300),
      at,
    });
    await m.insert(ComplaintAudit, audit);
    await ctx.publish(ComplaintChanged, { complaintId: complaint.id, auditId: audit.id });
  }

  async file(ctx: RequestContext, input: FileComplaintInput): Promise<Complaint> {
    const caller = ctx.requireCaller();
    if (input.demand === 'APOLOGY' ? input.amountFen !== 0 : ['REFUND', 'COMPENSATION'].includes(input.demand) && input.amountFen === 0) {
      throw complaintRefusal('AMOUNT_NOT_ALLOWED', undefined, 'amountFen');
    }
    const evidence = [...new Set(input.evidence)];
    await this.checkFiles(ctx, evidence, caller.accountId, 'evidence');
    const calendar = ctx.service(WorkingCalendar);
    try {
      return await ctx.transaction('market', async (m) => {
        const earlier = await m.findOneBy(Complaint, { consumerId: caller.accountId, idempotencyKey: input.idempotencyKey });
        if (earlier) return earlier;
        const merchant = await ctx.service(MerchantsService).find(m, input.merchantId);
        const agents = await m.findBy(MerchantAgent, { merchantId: merchant.id });
        if (agents.some((a) => a.accountId === caller.accountId))
          throw complaintRefusal('CANNOT_COMPLAIN_ABOUT_OWN_BUSINESS', undefined, 'merchantId');
        const now = ctx.now();
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
          dueAt: calendar.addWorkingDays(now, STAGES[status]!.workingDays),
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
        if (evidence.length)
          await m.insert(
            ComplaintFile,
            evidence.map((fileKey) => ({ complaintId: complaint.id, fileKey, messageId: null })),
          );
        const audit = m.create(ComplaintAudit, {
          complaintId: complaint.id,
          party: 'CONSUMER',
          actorId: caller.accountId,
          action: 'FILED',
          fromStatus: null,
          toStatus: status,
          note: merchant.odr ? '商家是在线纠纷解决（ODR）单位，投诉直接转给商家协商' : '',
          at: now,
        });
        await m.insert(ComplaintAudit, audit);
        await ctx.publish(ComplaintChanged, { complaintId: complaint.id, auditId: audit.id });
        return complaint;
      });
    } catch (error) {
      // The same form sent twice at once: the first filing stands and both taps see it.
      if (!isUniqueViolation(error)) throw error;
      const earlier = await ctx
        .manager('market')
        .findOneBy(Complaint, { consumerId: caller.accountId, idempotencyKey: input.idempotencyKey });
      if (!earlier) throw error;
      return earlier;
    }
  }

  async accept(ctx: RequestContext, input: AcceptComplaintInput): Promise<Complaint> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    return ctx.transaction('market', async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await requireImpartial(ctx, complaint);
      requireStatus(complaint, 'SUBMITTED');
      return this.move(ctx, m, complaint, 'NEGOTIATING', {
        party: 'REGULATOR',
        actorId: regulator.accountId,
        action: 'ACCEPTED',
        note: input.note,
      });
    });
  }

  async decline(ctx: RequestContext, input: DeclineComplaintInput): Promise<Complaint> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    return ctx.transaction('market', async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await requireImpartial(ctx, complaint);
      requireStatus(complaint, 'SUBMITTED');
      return this.move(ctx, m, complaint, 'DECLINED', {
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
    await this.checkFiles(ctx, attachments, caller.accountId, 'attachments');
    return ctx.transaction('market', async (m) => {
      const complaint = await this.load(m, input.complaintId);
      const party = await requireParty(ctx, complaint, 'CONSUMER', 'MERCHANT', 'REGULATOR');
      if (party === 'REGULATOR') requireStatus(complaint, 'MEDIATING');
      else requireStatus(complaint, 'SUBMITTED', 'NEGOTIATING', 'MEDIATING');
      const message = m.create(ComplaintMessage, {
        complaintId: complaint.id,
        party,
        authorId: caller.accountId,
        body: input.body,
        createdAt: ctx.now(),
      });
      await m.insert(ComplaintMessage, message);
      if (attachments.length) {
        await m.insert(
          ComplaintFile,
          attachments.map((fileKey) => ({ complaintId: complaint.id, fileKey, messageId: message.id })),
        );
      }
      // A message changes no state, so it leaves the version be: two people typing at once must
      // not refuse each other, nor a message refuse the transition someone is making meanwhile.
      await this.record(
        ctx,
        m,
        complaint,
        complaint.status,
        { party, actorId: caller.accountId, action: 'MESSAGE', note: input.body },
        message.createdAt,
      );
      return message;
    });
  }

  /** The merchant offers a settlement; the clock stops until the consumer answers. */
  async propose(ctx: RequestContext, input: ProposeSettlementInput): Promise<ComplaintSettlement> {
    const caller = ctx.requireRole(Role.MERCHANT);
    return ctx.transaction('market', async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await requireParty(ctx, complaint, 'MERCHANT');
      requireStatus(complaint, 'NEGOTIATING');
      if (await m.existsBy(ComplaintSettlement, { complaintId: complaint.id, status: 'PROPOSED' }))
        throw complaintRefusal('SETTLEMENT_PENDING');
      const now = ctx.now();
      // An offer stops the clock; one made after it ran out would dodge the escalation.
      if (complaint.dueAt && complaint.dueAt.getTime() < now.getTime()) throw complaintRefusal('DEADLINE_PASSED');
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
      await this.move(ctx, m, complaint, 'NEGOTIATING', {
        party: 'MERCHANT',
        actorId: caller.accountId,
        action: 'PROPOSED',
        note: input.terms,
        changes: { pausedSince: now, dueAt: null },
      });
      return settlement;
    });
  }

  /** The consumer accepts (和解, closed) or declines (the clock runs again). */
  async respond(ctx: RequestContext, input: RespondToSettlementInput): Promise<Complaint> {
    const caller = ctx.requireCaller();
    return ctx.transaction('market', async (m) => {
      const settlement = await m.findOneBy(ComplaintSettlement, { id: input.settlementId });
      if (!settlement) throw notFound('找不到这个和解方案');
      const complaint = await this.load(m, settlement.complaintId);
      await requireParty(ctx, complaint, 'CONSUMER');
      if (settlement.status !== 'PROPOSED') throw complaintRefusal('SETTLEMENT_NOT_PENDING');
      requireStatus(complaint, 'NEGOTIATING');
      const now = ctx.now();
      await m.update(ComplaintSettlement, { id: settlement.id }, { status: input.accept ? 'ACCEPTED' : 'DECLINED', decidedAt: now });
      await m.update(ComplaintClockPause, { complaintId: complaint.id, pausedTo: IsNull() }, { pausedTo: now });
      if (input.accept) {
        return this.move(ctx, m, complaint, 'SETTLED', {
          party: 'CONSUMER',
          actorId: caller.accountId,
          action: 'SETTLEMENT_ACCEPTED',
          note: input.note,
        });
      }
      const pauses = await m.findBy(ComplaintClockPause, { complaintId: complaint.id });
      return this.move(ctx, m, complaint, 'NEGOTIATING', {
        party: 'CONSUMER',
        actorId: caller.accountId,
        action: 'SETTLEMENT_DECLINED',
        note: input.note,
        // The clock runs again towards a new deadline, so the merchant is warned again before it.
        changes: { pausedSince: null, dueAt: runningDueAt(complaint, pauses, ctx.service(WorkingCalendar)), warnedAt: null },
      });
    });
  }

  /** Either side may ask a regulator to mediate while they negotiate; an unanswered offer lapses. */
  async requestMediation(ctx: RequestContext, input: RequestMediationInput): Promise<Complaint> {
    const caller = ctx.requireCaller();
    return ctx.transaction('market', async (m) => {
      const complaint = await this.load(m, input.complaintId);
      const party = await requireParty(ctx, complaint, 'CONSUMER', 'MERCHANT');
      requireStatus(complaint, 'NEGOTIATING');
      await this.lapseOffers(m, complaint, ctx.now());
      return this.move(ctx, m, complaint, 'MEDIATING', {
        party,
        actorId: caller.accountId,
        action: 'MEDIATION_REQUESTED',
        note: input.note,
      });
    });
  }

  async recordMediation(ctx: RequestContext, input: RecordMediationInput): Promise<Complaint> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    return ctx.transaction('market', async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await requireImpartial(ctx, complaint);
      requireStatus(complaint, 'MEDIATING');
      return this.move(ctx, m, complaint, 'MEDIATED', {
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
    return ctx.transaction('market', async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await requireParty(ctx, complaint, 'CONSUMER');
      requireStatus(complaint, 'SETTLED', 'MEDIATED');
      if (complaint.rating !== null) throw complaintRefusal('ALREADY_RATED');
      return this.move(ctx, m, complaint, complaint.status, {
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
    return ctx.transaction('market', async (m) => {
      const complaint = await this.load(m, input.complaintId);
      await requireParty(ctx, complaint, 'CONSUMER');
      requireStatus(complaint, 'SUBMITTED', 'NEGOTIATING', 'MEDIATING');
      await this.lapseOffers(m, complaint, ctx.now());
      return this.move(ctx, m, complaint, 'WITHDRAWN', {
        party: 'CONSUMER',
        actorId: caller.accountId,
        action: 'WITHDRAWN',
        note: input.note,
      });
    });
  }

  /** An offer still waiting lapses, and the clock it stopped starts again, when the negotiation ends otherwise. */
  private async lapseOffers(m: EntityManager, complaint: Complaint, now: Date): Promise<void> {
    await m.update(ComplaintSettlement, { complaintId: complaint.id, status: 'PROPOSED' }, { status: 'WITHDRAWN', decidedAt: now });
    await m.update(ComplaintClockPause, { complaintId: complaint.id, pausedTo: IsNull() }, { pausedTo: now });
  }
}
