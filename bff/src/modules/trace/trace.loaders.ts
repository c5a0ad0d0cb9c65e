import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader, groupByKeys } from '../../core/loaders';
import { isTraceKey, parseTraceCode } from './gs1';
import {
  TraceBatch,
  TraceDocument,
  TraceEvent,
  TraceEventInput,
  TraceItem,
  TraceProduct,
  TraceRecall,
  TraceRecallBatch,
  TraceRecallHolder,
  TraceSampling,
  TraceScanLog,
} from './trace.entity';

export const batchesByProductId = defineLoader(
  'trace.batchesByProductId',
  (ctx) =>
    new DataLoader<number, TraceBatch[]>(async (productIds) => {
      const rows = await ctx.manager('trace').find(TraceBatch, { where: { productId: In([...productIds]) }, order: { id: 'DESC' } });
      return groupByKeys(productIds, rows, (b) => b.productId);
    }),
);

/** A processing event's input batches, for tracing a batch back to its ingredients. */
export const inputBatchesByEventId = defineLoader(
  'trace.inputBatchesByEventId',
  (ctx) =>
    new DataLoader<number, TraceBatch[]>(async (eventIds) => {
      const links = await ctx.manager('trace').findBy(TraceEventInput, { eventId: In([...eventIds]) });
      const batchIds = [...new Set(links.map((l) => l.inputBatchId))];
      const batches = batchIds.length ? await ctx.manager('trace').findBy(TraceBatch, { id: In(batchIds) }) : [];
      const byId = new Map(batches.map((b) => [b.id, b]));
      return groupByKeys(eventIds, links, (l) => l.eventId).map((group) => group.map((l) => byId.get(l.inputBatchId)!));
    }),
);

export const productById = defineLoader(
  'trace.productById',
  (ctx) =>
    new DataLoader<number, TraceProduct | null>(async (ids) => {
      const rows = await ctx.manager('trace').findBy(TraceProduct, { id: In([...ids]) });
      return byKeys(ids, rows, (p) => p.id);
    }),
);

export const batchById = defineLoader(
  'trace.batchById',
  (ctx) =>
    new DataLoader<number, TraceBatch | null>(async (ids) => {
      const rows = await ctx.manager('trace').findBy(TraceBatch, { id: In([...ids]) });
      return byKeys(ids, rows, (b) => b.id);
    }),
);

/** A batch's events in time order: its chain, 前世今生. */
export const eventsByBatchId = defineLoader(
  'trace.eventsByBatchId',
  (ctx) =>
    new DataLoader<number, TraceEvent[]>(async (batchIds) => {
      const rows = await ctx
        .manager('trace')
        .find(TraceEvent, { where: { batchId: In([...batchIds]) }, order: { eventTime: 'ASC', id: 'ASC' } });
      return groupByKeys(batchIds, rows, (e) => e.batchId);
    }),
);

export const documentsByBatchId = defineLoader(
  'trace.documentsByBatchId',
  (ctx) =>
    new DataLoader<number, TraceDocument[]>(async (batchIds) => {
      const rows = await ctx.manager('trace').find(TraceDocument, {
        where: { batchId: In([...batchIds]) },
        order: { issuedOn: 'DESC', id: 'DESC' },
      });
      return groupByKeys(batchIds, rows, (d) => d.batchId);
    }),
);

/** Official results, a failed one first: it is what anyone looking must see. */
export const samplingsByBatchId = defineLoader(
  'trace.samplingsByBatchId',
  (ctx) =>
    new DataLoader<number, TraceSampling[]>(async (batchIds) => {
      const rows = await ctx.manager('trace').find(TraceSampling, {
        where: { batchId: In([...batchIds]) },
        order: { passed: 'ASC', sampledOn: 'DESC', id: 'DESC' },
      });
      return groupByKeys(batchIds, rows, (s) => s.batchId);
    }),
);

/** The recalls that reach a batch (as the faulty one, made from it, or its ingredient), open ones first. */
export const recallsByBatchId = defineLoader(
  'trace.recallsByBatchId',
  (ctx) =>
    new DataLoader<number, TraceRecall[]>(async (batchIds) => {
      const links = await ctx.manager('trace').findBy(TraceRecallBatch, { batchId: In([...batchIds]) });
      const recallIds = [...new Set(links.map((l) => l.recallId))];
      const recalls = recallIds.length ? await ctx.manager('trace').findBy(TraceRecall, { id: In(recallIds) }) : [];
      const byId = new Map(recalls.map((r) => [r.id, r]));
      return groupByKeys(batchIds, links, (l) => l.batchId).map((group) =>
        group
          .map((l) => byId.get(l.recallId)!)
          .sort((a, b) => (a.status === b.status ? b.openedAt.getTime() - a.openedAt.getTime() : a.status === 'OPEN' ? -1 : 1)),
      );
    }),
);

export const codeCountByBatchId = defineLoader(
  'trace.codeCountByBatchId',
  (ctx) =>
    new DataLoader<number, number>(async (batchIds) => {
      const rows = await ctx
        .manager('trace')
        .createQueryBuilder(TraceItem, 'i')
        .select('i.batch_id', 'batchId')
        .addSelect('COUNT(*)', 'n')
        .where('i.batch_id IN (:...batchIds)', { batchIds: [...batchIds] })
        .groupBy('i.batch_id')
        .getRawMany<{ batchId: number | string; n: number | string }>();
      const counts = new Map(rows.map((r) => [Number(r.batchId), Number(r.n)]));
      return batchIds.map((id) => counts.get(id) ?? 0);
    }),
);

export const recallById = defineLoader(
  'trace.recallById',
  (ctx) =>
    new DataLoader<number, TraceRecall | null>(async (ids) => {
      const rows = await ctx.manager('trace').findBy(TraceRecall, { id: In([...ids]) });
      return byKeys(ids, rows, (r) => r.id);
    }),
);

export const holdersByRecallId = defineLoader(
  'trace.holdersByRecallId',
  (ctx) =>
    new DataLoader<number, TraceRecallHolder[]>(async (recallIds) => {
      const rows = await ctx.manager('trace').find(TraceRecallHolder, { where: { recallId: In([...recallIds]) }, order: { id: 'ASC' } });
      return groupByKeys(recallIds, rows, (h) => h.recallId);
    }),
);

/** How many of a batch were shipped to a merchant, keyed `batchId:merchantAccountId`. */
export const shippedToMerchant = defineLoader(
  'trace.shippedToMerchant',
  (ctx) =>
    new DataLoader<string, number>(async (keys) => {
      const batchIds = [...new Set(keys.map((key) => Number(key.split(':')[0])))];
      const rows = await ctx
        .manager('trace')
        .createQueryBuilder(TraceEvent, 'e')
        .select('e.batch_id', 'batchId')
        .addSelect('e.counterparty_id', 'merchantAccountId')
        .addSelect('SUM(e.quantity)', 'n')
        .where("e.batch_id IN (:...batchIds) AND e.biz_step = 'SHIPPING'", { batchIds })
        .groupBy('e.batch_id')
        .addGroupBy('e.counterparty_id')
        .getRawMany<{ batchId: number | string; merchantAccountId: number | string; n: number | string }>();
      const sums = new Map(rows.map((r) => [`${Number(r.batchId)}:${Number(r.merchantAccountId)}`, Number(r.n)]));
      return keys.map((key) => sums.get(key) ?? 0);
    }),
);

/** The batches a recall reaches (the faulty one, made from it, its ingredients), by id. */
export const affectedBatchIdsByRecallId = defineLoader(
  'trace.affectedBatchIdsByRecallId',
  (ctx) =>
    new DataLoader<number, number[]>(async (recallIds) => {
      const rows = await ctx
        .manager('trace')
        .find(TraceRecallBatch, { where: { recallId: In([...recallIds]) }, order: { batchId: 'ASC' } });
      return groupByKeys(recallIds, rows, (r) => r.recallId).map((group) => group.map((r) => r.batchId));
    }),
);

/** The signed-in people who scanned a batch, once each: those to warn when it is recalled. */
export const scannerAccountIdsByBatchId = defineLoader(
  'trace.scannerAccountIdsByBatchId',
  (ctx) =>
    new DataLoader<number, number[]>(async (batchIds) => {
      const rows = await ctx
        .manager('trace')
        .createQueryBuilder(TraceScanLog, 's')
        .select('s.batch_id', 'batchId')
        .addSelect('s.account_id', 'accountId')
        .distinct(true)
        .where('s.batch_id IN (:...batchIds) AND s.account_id IS NOT NULL', { batchIds: [...batchIds] })
        .orderBy('s.account_id', 'ASC')
        .getRawMany<{ batchId: number | string; accountId: number | string }>();
      return groupByKeys(batchIds, rows, (r) => Number(r.batchId)).map((group) => group.map((r) => Number(r.accountId)));
    }),
);

/** The producing merchant's account of the product a trace code names, or null (unreadable, unknown). */
export const producerAccountIdByCode = defineLoader(
  'trace.producerAccountIdByCode',
  (ctx) =>
    new DataLoader<string, number | null>(async (codes) => {
      const gtins = codes.map((code) => {
        const key = parseTraceCode(code);
        return isTraceKey(key) ? key.gtin : null;
      });
      const known = [...new Set(gtins.filter((g): g is string => g !== null))];
      const products = known.length ? await ctx.manager('trace').findBy(TraceProduct, { gtin: In(known) }) : [];
      const byGtin = new Map(products.map((p) => [p.gtin, p.merchantAccountId]));
      return gtins.map((gtin) => (gtin === null ? null : (byGtin.get(gtin) ?? null)));
    }),
);
