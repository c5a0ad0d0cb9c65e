import { In, Not, IsNull } from 'typeorm';
import type { OutboxDispatcher } from '../../core/outbox/outbox';
import type { StoreRegistry } from '../../stores/registry';
import type { NoticeDraft, NoticesService } from '../notices/notices.service';
import { TraceBatch, TraceProduct, TraceRecall, TraceRecallBatch, TraceRecallHolder, TraceScanLog } from './trace.entity';
import { RECALL_CLOSED, RECALL_OPENED } from './recalls.service';

const CLASS_LABELS = { CLASS_I: '一级', CLASS_II: '二级', CLASS_III: '三级' } as const;

/** The mini-program pages a notice opens. */
const RECALL_TASKS_PAGE = '/packages/merchant/pages/recall-tasks/index';
const scanPageOf = (gtin: string, lot: string) => `/pages/scan/index?code=${encodeURIComponent(`(01)${gtin}(10)${lot}`)}`;

/**
 * Turns recall events from the trace store's outbox into notices in the identity store: each
 * holder is told to act, each signed-in consumer who scanned an affected batch is warned. Source
 * keys make a repeated delivery add nothing.
 */
export function registerRecallNotices(outbox: OutboxDispatcher, stores: StoreRegistry, notices: NoticesService): void {
  const trace = () => stores.get('trace').manager;

  async function describe(batchIds: number[]) {
    const batches = await trace().findBy(TraceBatch, { id: In(batchIds) });
    const products = await trace().findBy(TraceProduct, { id: In([...new Set(batches.map((b) => b.productId))]) });
    const productOf = new Map(products.map((p) => [p.id, p]));
    return new Map(batches.map((b) => [b.id, { batch: b, product: productOf.get(b.productId)! }]));
  }

  outbox.on(RECALL_OPENED, async (payload) => {
    const recall = await trace().findOneByOrFail(TraceRecall, { id: Number(payload.recallId) });
    const [holders, links] = await Promise.all([
      trace().findBy(TraceRecallHolder, { recallId: recall.id }),
      trace().findBy(TraceRecallBatch, { recallId: recall.id }),
    ]);
    const batchIds = links.map((l) => l.batchId);
    const scanners = await trace()
      .createQueryBuilder(TraceScanLog, 's')
      .select(['s.accountId', 's.batchId'])
      .distinct(true)
      .where({ batchId: In(batchIds), accountId: Not(IsNull()) })
      .getRawMany<{ s_account_id: number | string; s_batch_id: number | string }>();
    const about = await describe(batchIds);
    const level = CLASS_LABELS[recall.recallClass];

    const drafts: NoticeDraft[] = holders.map((holder) => {
      const { batch, product } = about.get(holder.batchId)!;
      return {
        accountId: holder.merchantId,
        kind: 'RECALL_TASK',
        title: `${level}召回：${product.name}`.slice(0, 60),
        body: `您经手的「${product.name}」批号 ${batch.lot} 被召回：${recall.reason}。请立即停止销售、下架封存，并在“召回任务”里确认、报告下架数量。`.slice(0, 400),
        link: RECALL_TASKS_PAGE,
        sourceKey: `recall:${recall.id}:holder:${holder.id}`,
      };
    });
    for (const row of scanners) {
      const batchId = Number(row.s_batch_id);
      const { batch, product } = about.get(batchId)!;
      drafts.push({
        accountId: Number(row.s_account_id),
        kind: 'RECALL',
        title: `您扫过的商品被召回`,
        body: `「${product.name}」批号 ${batch.lot} 已被${level}召回：${recall.reason}。如果您买了这批商品，请不要食用，可联系购买的商家退货。`.slice(0, 400),
        link: scanPageOf(product.gtin, batch.lot),
        sourceKey: `recall:${recall.id}:scan:${batchId}`,
      });
    }
    await notices.deliverAndPush(drafts);
  });

  outbox.on(RECALL_CLOSED, async (payload) => {
    const recall = await trace().findOneByOrFail(TraceRecall, { id: Number(payload.recallId) });
    const holders = await trace().findBy(TraceRecallHolder, { recallId: recall.id });
    const about = await describe([recall.batchId]);
    const { product, batch } = about.get(recall.batchId)!;
    const drafts: NoticeDraft[] = [...new Set(holders.map((h) => h.merchantId))].map((merchantId) => ({
      accountId: merchantId,
      kind: 'RECALL_TASK',
      title: `召回已结束：${product.name}`.slice(0, 60),
      body: `「${product.name}」批号 ${batch.lot} 的召回已由监管部门结束：${recall.closingNote ?? ''}`.slice(0, 400),
      link: RECALL_TASKS_PAGE,
      sourceKey: `recall:${recall.id}:closed`,
    }));
    await notices.deliverAndPush(drafts);
  });
}
