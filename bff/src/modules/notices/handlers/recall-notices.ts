import type { RequestContext } from '../../../core/context';
import { subscribe } from '../../../core/events/events';
import { clip } from '../../../core/text';
import { RecallClosed, RecallOpened } from '../../trace/trace.events';
import {
  affectedBatchIdsByRecallId,
  batchById,
  holdersByRecallId,
  productById,
  recallById,
  scannerAccountIdsByBatchId,
} from '../../trace/trace.loaders';
import { NoticesService, type NoticeDraft } from '../notices.service';

const CLASS_LABELS = { CLASS_I: '一级', CLASS_II: '二级', CLASS_III: '三级' } as const;

/** The mini-program pages a notice opens. */
const RECALL_TASKS_PAGE = '/packages/merchant/pages/recall-tasks/index';
const scanPageOf = (gtin: string, lot: string) => `/pages/scan/index?code=${encodeURIComponent(`(01)${gtin}(10)${lot}`)}`;

/** A batch with its product, read through the trace module's loaders. */
async function describeBatch(ctx: RequestContext, batchId: number) {
  const batch = await ctx.loader(batchById).load(batchId);
  const product = batch ? await ctx.loader(productById).load(batch.productId) : null;
  if (!batch || !product) throw new Error(`batch ${batchId} or its product is missing`);
  return { batch, product };
}

async function recallOf(ctx: RequestContext, recallId: number) {
  const recall = await ctx.loader(recallById).load(recallId);
  if (!recall) throw new Error(`recall ${recallId} is missing`);
  return recall;
}

/**
 * Each holder of what a recall reaches is told to act; each signed-in consumer who scanned an
 * affected batch is warned. Source keys make a repeated delivery add nothing.
 */
async function onRecallOpened(ctx: RequestContext, payload: { recallId: number }): Promise<void> {
  const recall = await recallOf(ctx, payload.recallId);
  const [holders, batchIds] = await Promise.all([
    ctx.loader(holdersByRecallId).load(recall.id),
    ctx.loader(affectedBatchIdsByRecallId).load(recall.id),
  ]);
  const level = CLASS_LABELS[recall.recallClass];
  const drafts: NoticeDraft[] = [];
  for (const holder of holders) {
    const { batch, product } = await describeBatch(ctx, holder.batchId);
    drafts.push({
      accountId: holder.merchantAccountId,
      kind: 'RECALL_TASK',
      title: clip(`${level}召回：${product.name}`, 60),
      body: `您经手的「${product.name}」批号 ${batch.lot} 被召回：${recall.reason}。请立即停止销售、下架封存，并在“召回任务”里确认、报告下架数量。`.slice(
        0,
        400,
      ),
      link: RECALL_TASKS_PAGE,
      sourceKey: `recall:${recall.id}:holder:${holder.id}`,
    });
  }
  for (const batchId of batchIds) {
    const scanners = await ctx.loader(scannerAccountIdsByBatchId).load(batchId);
    if (scanners.length === 0) continue;
    const { batch, product } = await describeBatch(ctx, batchId);
    for (const accountId of scanners) {
      drafts.push({
        accountId,
        kind: 'RECALL',
        title: `您扫过的商品被召回`,
        body: `「${product.name}」批号 ${batch.lot} 已被${level}召回：${recall.reason}。如果您买了这批商品，请不要食用，可联系购买的商家退货。`.slice(
          0,
          400,
        ),
        link: scanPageOf(product.gtin, batch.lot),
        sourceKey: `recall:${recall.id}:scan:${batchId}`,
      });
    }
  }
  await ctx.service(NoticesService).deliverAndPush(ctx, drafts);
}

/** The holders hear that a regulator closed the recall. */
async function onRecallClosed(ctx: RequestContext, payload: { recallId: number }): Promise<void> {
  const recall = await recallOf(ctx, payload.recallId);
  const holders = await ctx.loader(holdersByRecallId).load(recall.id);
  const { product, batch } = await describeBatch(ctx, recall.batchId);
  const drafts: NoticeDraft[] = [...new Set(holders.map((h) => h.merchantAccountId))].map((accountId) => ({
    accountId,
    kind: 'RECALL_TASK',
    title: clip(`召回已结束：${product.name}`, 60),
    body: clip(`「${product.name}」批号 ${batch.lot} 的召回已由监管部门结束：${recall.closingNote ?? ''}`, 400),
    link: RECALL_TASKS_PAGE,
    sourceKey: `recall:${recall.id}:closed`,
  }));
  await ctx.service(NoticesService).deliverAndPush(ctx, drafts);
}

export const recallNoticeHandlers = [
  subscribe(RecallOpened, 'notices.recallOpened', onRecallOpened),
  subscribe(RecallClosed, 'notices.recallClosed', onRecallClosed),
];
