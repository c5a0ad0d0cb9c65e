import type { EntityManager } from 'typeorm';
import { TraceBatch, TraceRecall, TraceRecallBatch } from './trace.entity';
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

/**
 * Refuses processing with an ingredient an open recall reaches (its rows locked by the caller):
 * the recall's scope was fixed when it opened, so food made from it now would escape it.
 */
export async function refuseRecalledInputs(m: EntityManager, inputBatchIds: number[]): Promise<void> {
  const recalled = await m
    .createQueryBuilder(TraceRecallBatch, 'rb')
    .innerJoin(TraceRecall, 'r', 'r.id = rb.recall_id')
    .select('rb.batch_id', 'batchId')
    .where("rb.batch_id IN (:...inputBatchIds) AND r.status = 'OPEN'", { inputBatchIds })
    .getRawOne<{ batchId: number | string }>();
  if (!recalled) return;
  const batch = await m.findOneBy(TraceBatch, { id: Number(recalled.batchId) });
  throw traceRefusal('BATCH_RECALLED', `原料批次 ${batch?.lot ?? ''} 正在召回，不能用来加工`, 'inputBatchIds');
}
