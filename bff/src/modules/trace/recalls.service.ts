import { In, IsNull, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { findPage, type Paged } from '../../core/paging';
import { clip } from '../../core/text';
import { Role } from '../../core/roles';
import {
  TraceBatch,
  TraceEvent,
  TraceEventInput,
  TraceProduct,
  TraceRecall,
  TraceRecallBatch,
  TraceRecallHolder,
  TraceSampling,
  TraceScanLog,
  type RecallClass,
  type RecallOrigin,
  type RecallRelation,
  type RecallStatus,
} from './trace.entity';
import { traceRefusal } from './trace.errors';
import { RecallClosed, RecallOpened } from './trace.events';
import { lockBatch } from './batch-lock';
import { checkPastDay } from './batch-dates';
import { holdersByRecallId } from './trace.loaders';
import type { RecordSamplingInput } from './trace.inputs';
import type { AcknowledgeRecallInput, CloseRecallInput, OpenVoluntaryRecallInput } from './recalls.inputs';
import { RecallProgressType, RecallScopeType, RecallShipmentType } from './recalls.types';

/** A processing chain longer than this is a data error, not food. */
const MAX_TRACE_DEPTH = 20;

/** What passed through a merchant's hands: the whole batch for its producer, else what was shipped to it. */
export function heldBy(batch: TraceBatch, merchantAccountId: number, shippedToMerchant: number): number {
  return batch.producerAccountId === merchantAccountId ? batch.quantity : shippedToMerchant;
}

export interface RecallOpening {
  /** A producer's voluntary recall reaches only batches it produced itself: not its supplier's, nor others made from them. */
  onlyProducedBy?: number;
  batchId: number;
  recallClass: RecallClass;
  origin: RecallOrigin;
  reason: string;
  openedBy: number;
  includeIngredients: boolean;
}

/**
 * 召回: which batches a recall reaches, who holds them, and the progress until a regulator
 * closes it. Forward through processing (what was made from a faulty batch) and, when an
 * ingredient is at fault, back to the ingredients first; holders are each batch's producer and
 * every merchant it was shipped to.
 */
export class RecallsService {
  /**
   * 监督抽检: a regulator records an official result for any batch. A failed one opens a recall
   * (or joins the batch's open one) in the same transaction.
   */
  async recordSampling(ctx: RequestContext, input: RecordSamplingInput): Promise<TraceSampling> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    const { recallClass, includeIngredients, ...result } = input;
    if (!input.passed && !recallClass) throw traceRefusal('RECALL_CLASS_REQUIRED', undefined, 'recallClass');
    return ctx.transaction('trace', async (m) => {
      await lockBatch(m, input.batchId);
      const batch = await m.findOneBy(TraceBatch, { id: input.batchId });
      if (!batch) throw notFound('找不到该批次');
      checkPastDay(ctx.now(), input.sampledOn, 'sampledOn', '抽样日期', { day: batch.productionDate, what: '生产日期' });
      const row = m.create(TraceSampling, { ...result, recordedBy: regulator.accountId, recallId: null, createdAt: ctx.now() });
      await m.insert(TraceSampling, row);
      if (!input.passed) {
        const { recall } = await this.open(ctx, m, {
          batchId: input.batchId,
          recallClass: recallClass!,
          origin: 'SAMPLING',
          reason: `监督抽检不合格（${input.agency}，报告 ${input.reportNo}）：${input.findings}`,
          openedBy: regulator.accountId,
          includeIngredients,
        });
        row.recallId = recall.id;
        await m.update(TraceSampling, { id: row.id }, { recallId: recall.id });
      }
      return row;
    });
  }

  /**
   * Opens a recall in the caller's trace transaction (which has locked the batch), or answers the batch's open one when a
   * second failed result comes in. The event it publishes makes the notices.
   */
  async open(ctx: RequestContext, m: EntityManager, opening: RecallOpening): Promise<{ recall: TraceRecall; created: boolean }> {
    const open = await m.findOneBy(TraceRecall, { batchId: opening.batchId, status: 'OPEN' });
    if (open) return { recall: open, created: false };

    const affected = await this.affectedBatches(m, opening.batchId, opening.includeIngredients);
    if (opening.onlyProducedBy !== undefined) {
      const produced = await m.find(TraceBatch, { select: { id: true, producerAccountId: true }, where: { id: In([...affected.keys()]) } });
      for (const batch of produced) if (batch.producerAccountId !== opening.onlyProducedBy) affected.delete(batch.id);
    }
    const now = ctx.now();
    const recall = m.create(TraceRecall, {
      batchId: opening.batchId,
      recallClass: opening.recallClass,
      origin: opening.origin,
      reason: clip(opening.reason, 300),
      status: 'OPEN' as RecallStatus,
      openedBy: opening.openedBy,
      openedAt: now,
      closedBy: null,
      closedAt: null,
      closingNote: null,
    });
    await m.insert(TraceRecall, recall);
    await m.insert(
      TraceRecallBatch,
      [...affected].map(([batchId, relation]) => ({ recallId: recall.id, batchId, relation })),
    );
    const holders = await this.holdersOf(m, [...affected.keys()]);
    if (holders.length) {
      await m.insert(
        TraceRecallHolder,
        holders.map((h) => ({ recallId: recall.id, ...h, notifiedAt: now, acknowledgedAt: null, quantityRemoved: null, reportedAt: null })),
      );
    }
    await ctx.publish(RecallOpened, { recallId: recall.id });
    return { recall, created: true };
  }

  /** The faulty batch, its ingredients when asked, and everything processed from any of them. */
  private async affectedBatches(m: EntityManager, rootId: number, includeIngredients: boolean): Promise<Map<number, RecallRelation>> {
    const affected = new Map<number, RecallRelation>([[rootId, 'ROOT']]);
    if (includeIngredients) {
      let frontier = [rootId];
      for (let depth = 0; frontier.length && depth < MAX_TRACE_DEPTH; depth++) {
        const rows = await m
          .createQueryBuilder(TraceEventInput, 'i')
          .innerJoin(TraceEvent, 'e', 'e.id = i.event_id')
          .select('DISTINCT i.input_batch_id', 'batchId')
          .where('e.batch_id IN (:...frontier)', { frontier })
          .getRawMany<{ batchId: number | string }>();
        frontier = rows.map((r) => Number(r.batchId)).filter((id) => !affected.has(id));
        for (const id of frontier) affected.set(id, 'INGREDIENT');
      }
    }
    let frontier = [...affected.keys()];
    for (let depth = 0; frontier.length && depth < MAX_TRACE_DEPTH; depth++) {
      const rows = await m
        .createQueryBuilder(TraceEvent, 'e')
        .innerJoin(TraceEventInput, 'i', 'i.event_id = e.id')
        .select('DISTINCT e.batch_id', 'batchId')
        .where('i.input_batch_id IN (:...frontier)', { frontier })
        .getRawMany<{ batchId: number | string }>();
      frontier = rows.map((r) => Number(r.batchId)).filter((id) => !affected.has(id));
      for (const id of frontier) affected.set(id, 'DOWNSTREAM');
    }
    return affected;
  }

  /** Each batch's producer and every merchant a shipment of it went to, once each. */
  private async holdersOf(m: EntityManager, batchIds: number[]): Promise<Array<{ batchId: number; merchantAccountId: number }>> {
    const [batches, shipments] = await Promise.all([
      m.find(TraceBatch, { select: { id: true, producerAccountId: true }, where: { id: In(batchIds) } }),
      m.find(TraceEvent, { select: { batchId: true, counterpartyAccountId: true }, where: { batchId: In(batchIds), bizStep: 'SHIPPING' } }),
    ]);
    const seen = new Set<string>();
    const holders: Array<{ batchId: number; merchantAccountId: number }> = [];
    const add = (batchId: number, merchantAccountId: number | null) => {
      if (merchantAccountId === null || seen.has(`${batchId}:${merchantAccountId}`)) return;
      seen.add(`${batchId}:${merchantAccountId}`);
      holders.push({ batchId, merchantAccountId });
    };
    for (const batch of batches) add(batch.id, batch.producerAccountId);
    for (const shipment of shipments) add(shipment.batchId, shipment.counterpartyAccountId);
    return holders;
  }

  /** 主动召回: only the batch's producer. */
  async openVoluntary(ctx: RequestContext, input: OpenVoluntaryRecallInput): Promise<TraceRecall> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    return ctx.transaction('trace', async (m) => {
      await lockBatch(m, input.batchId);
      const batch = await m.findOneBy(TraceBatch, { id: input.batchId });
      if (!batch) throw notFound('找不到该批次');
      const product = await m.findOneByOrFail(TraceProduct, { id: batch.productId });
      if (product.merchantAccountId !== merchant.accountId) throw traceRefusal('NOT_PRODUCER');
      const opened = await this.open(ctx, m, {
        ...input,
        origin: 'VOLUNTARY',
        openedBy: merchant.accountId,
        onlyProducedBy: merchant.accountId,
      });
      if (!opened.created) throw traceRefusal('RECALL_ALREADY_OPEN');
      return opened.recall;
    });
  }

  /** A holder confirms the recall and reports what it took off sale; it may report again while open. */
  async acknowledge(ctx: RequestContext, input: AcknowledgeRecallInput): Promise<TraceRecallHolder> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    return ctx.transaction('trace', async (m) => {
      const task = await m.findOneBy(TraceRecallHolder, { id: input.recallHolderId });
      if (!task) throw notFound('找不到该召回任务');
      if (task.merchantAccountId !== merchant.accountId) throw traceRefusal('NOT_RECALL_HOLDER');
      const [recall, batch] = await Promise.all([
        m.findOneByOrFail(TraceRecall, { id: task.recallId }),
        m.findOneByOrFail(TraceBatch, { id: task.batchId }),
      ]);
      if (recall.status !== 'OPEN') throw traceRefusal('RECALL_CLOSED');
      const held = await this.quantityHeld(m, task, batch);
      if (input.quantityRemoved > held)
        throw traceRefusal('REMOVED_MORE_THAN_HELD', `下架数量不能超过您经手的 ${held} 件`, 'quantityRemoved');
      const now = ctx.now();
      task.acknowledgedAt ??= now;
      task.quantityRemoved = input.quantityRemoved;
      task.reportedAt = now;
      await m.update(
        TraceRecallHolder,
        { id: task.id },
        { acknowledgedAt: task.acknowledgedAt, quantityRemoved: task.quantityRemoved, reportedAt: now },
      );
      return task;
    });
  }

  /**
   * What passed through a holder's hands: the whole batch for its producer, what was shipped to
   * any other. The most it can have taken off sale.
   */
  async quantityHeld(m: EntityManager, holder: TraceRecallHolder, batch: TraceBatch): Promise<number> {
    if (batch.producerAccountId === holder.merchantAccountId) return heldBy(batch, holder.merchantAccountId, 0);
    const row = await m
      .createQueryBuilder(TraceEvent, 'e')
      .select('COALESCE(SUM(e.quantity), 0)', 'n')
      .where("e.batch_id = :batchId AND e.biz_step = 'SHIPPING' AND e.counterparty_id = :merchantAccountId", {
        batchId: batch.id,
        merchantAccountId: holder.merchantAccountId,
      })
      .getRawOne<{ n: number | string }>();
    return heldBy(batch, holder.merchantAccountId, Number(row?.n ?? 0));
  }

  /** A regulator closes a recall once every holder has acknowledged it. */
  async close(ctx: RequestContext, input: CloseRecallInput): Promise<TraceRecall> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    return ctx.transaction('trace', async (m) => {
      const found = await m.findOneBy(TraceRecall, { id: input.recallId });
      if (!found) throw notFound('找不到该召回');
      if (found.status !== 'OPEN') throw traceRefusal('RECALL_CLOSED');
      const pending = await m.countBy(TraceRecallHolder, { recallId: found.id, acknowledgedAt: IsNull() });
      if (pending > 0) throw traceRefusal('RECALL_HOLDERS_PENDING', `还有 ${pending} 家商家没有确认召回，不能结束`);
      const now = ctx.now();
      const changed = await m.update(
        TraceRecall,
        { id: found.id, status: 'OPEN' },
        { status: 'CLOSED', closedAt: now, closedBy: regulator.accountId, closingNote: input.note },
      );
      // Another regulator closed it a moment ago.
      if (!changed.affected) throw traceRefusal('RECALL_CLOSED');
      await ctx.publish(RecallClosed, { recallId: found.id });
      return Object.assign(found, {
        status: 'CLOSED' as RecallStatus,
        closedAt: now,
        closedBy: regulator.accountId,
        closingNote: input.note,
      });
    });
  }

  async list(ctx: RequestContext, status: RecallStatus | null, first: number, after?: string | null): Promise<Paged<TraceRecall>> {
    ctx.requireRole(Role.REGULATOR);
    return findPage(ctx.manager('trace'), TraceRecall, status ? { status } : {}, first, after);
  }

  async get(ctx: RequestContext, id: number): Promise<TraceRecall> {
    const recall = await ctx.manager('trace').findOneBy(TraceRecall, { id });
    if (!recall) throw notFound('找不到该召回');
    await this.requireParty(ctx, recall);
    return recall;
  }

  /** A recall's details are for regulators and the merchants it concerns; a consumer sees only its banner. */
  async requireParty(ctx: RequestContext, recall: TraceRecall): Promise<void> {
    const caller = ctx.requireCaller();
    if (caller.roles.includes(Role.REGULATOR)) return;
    const holders = await ctx.loader(holdersByRecallId).load(recall.id);
    if (!holders.some((h) => h.merchantAccountId === caller.accountId)) throw traceRefusal('NOT_RECALL_PARTY');
  }

  async myTasks(ctx: RequestContext, pendingOnly: boolean, first: number, after?: string | null): Promise<Paged<TraceRecallHolder>> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    return findPage(
      ctx.manager('trace'),
      TraceRecallHolder,
      { merchantAccountId: merchant.accountId, ...(pendingOnly ? { acknowledgedAt: IsNull() } : {}) },
      first,
      after,
    );
  }

  async affected(ctx: RequestContext, recall: TraceRecall): Promise<TraceRecallBatch[]> {
    await this.requireParty(ctx, recall);
    return ctx.manager('trace').find(TraceRecallBatch, { where: { recallId: recall.id }, order: { batchId: 'ASC' } });
  }

  /** What the recall reaches: made, shipped to whom, received, sold, scanned. */
  async scope(ctx: RequestContext, recall: TraceRecall): Promise<RecallScopeType> {
    await this.requireParty(ctx, recall);
    const m = ctx.manager('trace');
    const batchIds = (await m.find(TraceRecallBatch, { where: { recallId: recall.id } })).map((l) => l.batchId);
    const [batches, events, scanRow] = await Promise.all([
      m.find(TraceBatch, { select: { id: true, quantity: true }, where: { id: In(batchIds) } }),
      m.find(TraceEvent, {
        where: { batchId: In(batchIds), bizStep: In(['SHIPPING', 'RECEIVING', 'RETAIL_SELLING']) },
        order: { eventTime: 'ASC', id: 'ASC' },
      }),
      m
        .createQueryBuilder(TraceScanLog, 's')
        .select('COUNT(*)', 'scans')
        .addSelect('COUNT(DISTINCT s.account_id)', 'scanners')
        .where('s.batch_id IN (:...batchIds)', { batchIds })
        .getRawOne<{ scans: number | string; scanners: number | string }>(),
    ]);
    const sum = (step: string) => events.filter((e) => e.bizStep === step).reduce((n, e) => n + (e.quantity ?? 0), 0);
    return Object.assign(new RecallScopeType(), {
      made: batches.reduce((n, b) => n + b.quantity, 0),
      shipped: events
        .filter((e) => e.bizStep === 'SHIPPING')
        .map((e) =>
          Object.assign(new RecallShipmentType(), { batchId: e.batchId, toAccountId: e.counterpartyAccountId, quantity: e.quantity ?? 0 }),
        ),
      received: sum('RECEIVING'),
      sold: sum('RETAIL_SELLING'),
      scans: Number(scanRow?.scans ?? 0),
      scanners: Number(scanRow?.scanners ?? 0),
    });
  }

  async progress(ctx: RequestContext, recall: TraceRecall): Promise<RecallProgressType> {
    const holders = await ctx.loader(holdersByRecallId).load(recall.id);
    return Object.assign(new RecallProgressType(), {
      holders: holders.length,
      acknowledged: holders.filter((h) => h.acknowledgedAt !== null).length,
      quantityRemoved: holders.reduce((n, h) => n + (h.quantityRemoved ?? 0), 0),
    });
  }
}
