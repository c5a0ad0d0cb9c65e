import type { EntityManager } from 'typeorm';
import { TraceBatch } from './trace.entity';

/**
 * Locks a batch's row with a no-op write, so that work on one batch (numbering its serials,
 * opening its recall) goes one transaction at a time. It must come before any read in the
 * transaction: MySQL's snapshot starts at the first read, and a read before the lock would not
 * see what the transaction that held it committed. SQLite transactions already take turns.
 */
export async function lockBatch(m: EntityManager, batchId: number): Promise<void> {
  await m
    .createQueryBuilder()
    .update(TraceBatch)
    .set({ producerAccountId: () => 'holder_id' })
    .where('id = :id', { id: batchId })
    .execute();
}
