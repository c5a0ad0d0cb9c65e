import { LessThanOrEqual, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../../core/context';
import { clip } from '../../../core/text';
import { PointsAccount } from '../ledger/ledger.entity';
import { PointsLedger } from '../ledger/points-ledger';
import { MallItem, Redemption } from './mall.entity';
import type { TopUpOrder, TopUpProvider, TopUpState } from './topup.provider';

/** How long the outbox has to send a top-up before the job asks after it, and between two askings. */
export const TOPUP_CHECK_AFTER_MS = 5 * 60_000;

const JOB_BATCH = 100;

/**
 * Top-ups of phone credit and data, sent once the redemption that paid for them has committed.
 * The outbox delivers each (TopUpRequested) to `send`; the job asks the provider about those still
 * pending (the sender crashed, or its call timed out) and settles them as the provider says. A
 * top-up is refunded only when the provider says it failed, and then once.
 */
export class TopUpService {
  constructor(private readonly provider: TopUpProvider) {}

  /** The outbox's handler: sends a pending redemption's order; on a redelivery, the provider answers the same order. */
  async send(ctx: RequestContext, redemptionId: number): Promise<void> {
    const redemption = await ctx.manager('village').findOneBy(Redemption, { id: redemptionId });
    if (redemption?.status !== 'TOPUP_PENDING') return;
    const state = await this.provider.topUp(await this.orderOf(ctx, redemption)).catch((error: unknown) => {
      ctx.app.logger.warn({ err: error, redemptionId }, 'top-up outcome unknown: the check job will ask the provider');
      return null;
    });
    if (state) await this.settle(ctx, redemption, state);
  }

  /**
   * The job: asks about the top-ups pending past their check time. Each is claimed by moving that
   * time on with a conditional update, so instances running the job at once ask once.
   */
  async checkPending(ctx: RequestContext): Promise<{ checked: number }> {
    const now = ctx.now();
    const due = await ctx.manager('village').find(Redemption, {
      where: { status: 'TOPUP_PENDING', topupCheckAt: LessThanOrEqual(now) },
      order: { id: 'ASC' },
      take: JOB_BATCH,
    });
    let checked = 0;
    let failure: unknown = null;
    for (const redemption of due) {
      const claimed = await ctx.transaction('village', (m) =>
        m
          .createQueryBuilder()
          .update(Redemption)
          .set({ topupCheckAt: new Date(now.getTime() + TOPUP_CHECK_AFTER_MS) })
          .where('id = :id AND status = :pending AND topup_check_at <= :now', { id: redemption.id, pending: 'TOPUP_PENDING', now })
          .execute(),
      );
      if (!claimed.affected) continue;
      checked++;
      try {
        let state: TopUpState | null = await this.provider.status(orderIdOf(redemption)).catch(() => null);
        // It never reached the provider (the crash came before sending): send it now; the order id keeps it to one.
        if (state?.state === 'UNKNOWN') state = await this.provider.topUp(await this.orderOf(ctx, redemption)).catch(() => null);
        if (state) await this.settle(ctx, redemption, state);
      } catch (error) {
        // Reported after the rest of the run, which one bad row must not stop.
        failure ??= error;
      }
    }
    if (failure) throw failure;
    return { checked };
  }

  /** Records what the provider said; a top-up still under way stays pending until its next check. */
  private async settle(ctx: RequestContext, redemption: Redemption, state: TopUpState): Promise<void> {
    if (state.state !== 'DONE' && state.state !== 'FAILED') return;
    await ctx.transaction('village', async (m) => {
      const pending = { id: redemption.id, status: 'TOPUP_PENDING' as const };
      if (state.state === 'DONE') {
        await m.update(Redemption, pending, { status: 'TOPUP_DONE', topupReference: state.reference, topupCheckAt: null });
        return;
      }
      const failure = clip(state.reason, 200);
      const moved = await m.update(Redemption, pending, { status: 'TOPUP_FAILED', topupFailure: failure, topupCheckAt: null });
      // Whoever moved it out of pending refunds, so a redelivery or a second check never refunds twice.
      if (moved.affected) await this.refund(m, redemption, ctx.now());
    });
  }

  /** Gives back the points and the stock of a top-up that failed. */
  private async refund(m: EntityManager, redemption: Redemption, now: Date): Promise<void> {
    const account = await m.findOneByOrFail(PointsAccount, { holder: 'VILLAGER', holderId: redemption.villagerId });
    const item = await m.findOneByOrFail(MallItem, { id: redemption.itemId });
    await PointsLedger.credit(
      m,
      {
        accountId: account.id,
        kind: 'REVERSAL',
        amount: redemption.points,
        sourceType: 'redemption',
        sourceId: redemption.id,
        reason: `充值失败，退回工分：${item.name}`,
        idempotencyKey: `refund:redemption:${redemption.id}`,
        createdBy: redemption.villagerId,
      },
      now,
    );
    await m.increment(MallItem, { id: redemption.itemId }, 'stock', 1);
  }

  private async orderOf(ctx: RequestContext, redemption: Redemption): Promise<TopUpOrder> {
    const item = await ctx.manager('village').findOneByOrFail(MallItem, { id: redemption.itemId });
    return {
      orderId: orderIdOf(redemption),
      phone: redemption.topupPhone!,
      kind: item.kind as TopUpOrder['kind'],
      faceValue: item.faceValue,
    };
  }
}

const orderIdOf = (redemption: Redemption) => `redemption-${redemption.id}`;
