import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader, groupByKeys } from '../../core/loaders';
import { TraceBatch } from './trace.entity';

export const batchesByProductId = defineLoader('trace.batchesByProductId', (ctx) =>
  new DataLoader<number, TraceBatch[]>(async (productIds) => {
    const rows = await ctx.manager('trace').find(TraceBatch, { where: { productId: In([...productIds]) }, order: { id: 'DESC' } });
    return groupByKeys(productIds, rows, (b) => b.productId);
  }),
);
