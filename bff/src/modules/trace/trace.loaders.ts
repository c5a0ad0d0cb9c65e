import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader, groupByKeys } from '../../core/loaders';
import { TraceBatch, TraceEventInput, TraceProduct } from './trace.entity';

export const batchesByProductId = defineLoader('trace.batchesByProductId', (ctx) =>
  new DataLoader<number, TraceBatch[]>(async (productIds) => {
    const rows = await ctx.manager('trace').find(TraceBatch, { where: { productId: In([...productIds]) }, order: { id: 'DESC' } });
    return groupByKeys(productIds, rows, (b) => b.productId);
  }),
);

/** A processing event's input batches, for tracing a batch back to its ingredients. */
export const inputBatchesByEventId = defineLoader('trace.inputBatchesByEventId', (ctx) =>
  new DataLoader<number, TraceBatch[]>(async (eventIds) => {
    const links = await ctx.manager('trace').findBy(TraceEventInput, { eventId: In([...eventIds]) });
    const batchIds = [...new Set(links.map((l) => l.inputBatchId))];
    const batches = batchIds.length ? await ctx.manager('trace').findBy(TraceBatch, { id: In(batchIds) }) : [];
    const byId = new Map(batches.map((b) => [b.id, b]));
    return groupByKeys(eventIds, links, (l) => l.eventId).map((group) => group.map((l) => byId.get(l.inputBatchId)!));
  }),
);

export const productById = defineLoader('trace.productById', (ctx) =>
  new DataLoader<number, TraceProduct | null>(async (ids) => {
    const rows = await ctx.manager('trace').findBy(TraceProduct, { id: In([...ids]) });
    return byKeys(ids, rows, (p) => p.id);
  }),
);

export const batchById = defineLoader('trace.batchById', (ctx) =>
  new DataLoader<number, TraceBatch | null>(async (ids) => {
    const rows = await ctx.manager('trace').findBy(TraceBatch, { id: In([...ids]) });
    return byKeys(ids, rows, (b) => b.id);
  }),
);
