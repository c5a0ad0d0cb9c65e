import type { EntityManager } from 'typeorm';
import { TraceRecall, TraceRecallBatch } from './trace.entity';
import { traceRefusal } from './trace.errors';

/** Refuses work that would move a batch an open recall reaches (its row locked by the caller). */
export async function refuseIfRecalled(m: EntityManager, batchId: number): Promise<void> {
  const recalled = await m
    .createQueryBuilder(TraceRecallBatch, 'rb')
    .innerJoin(TraceRecall, 'r', 'r.id = rb.recall_id')
    .where("rb.batch_id = :batchId AND r.status = 'OPEN'", { batchId })
    .getExists();
  if (recalled) throw traceRefusal('BATCH_RECALLED');
}
