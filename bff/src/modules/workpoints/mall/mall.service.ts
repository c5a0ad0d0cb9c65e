import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { findPage, type Paged } from '../../../core/paging';
import { Role } from '../../../core/roles';
import { isUniqueViolation } from '../../../stores/sql-errors';
import { accountById } from '../../identity/identity.loaders';
import { InsufficientPointsError } from '../ledger/ledger.types';
import { PointsLedger } from '../ledger/points-ledger';
import { assertSameVillage, requireVillageAdmin, requireVillager } from '../village-members';
import { WORKPOINTS_ERRORS, workpointsRefusal } from '../workpoints.errors';
import { TopUpRequested } from '../workpoints.events';
import { MallItem, Redemption } from './mall.entity';
import type { RedeemInput, SaveMallItemInput } from './mall.inputs';
import { OutOfStockError, RedemptionType } from './mall.types';
import { TOPUP_CHECK_AFTER_MS } from './topup.service';

function asRedemption(redemption: Redemption): RedemptionType {
  return Object.assign(new RedemptionType(), redemption);
}

/**
 * 工分商城: items priced in points; a redemption takes points and stock together, or neither. A
 * top-up of credit or data is sent after the redemption commits (TopUpService).
 */
export class MallService {
  async items(ctx: RequestContext): Promise<MallItem[]> {
    const asAdmin = ctx.hasRole(Role.VILLAGE_ADMIN);
    const member = asAdmin ? await requireVillageAdmin(ctx) : await requireVillager(ctx);
    return ctx.manager('village').find(MallItem, {
      where: { villageId: member.villageId, ...(asAdmin ? {} : { active: true }) },
      order: { pointsPrice: 'ASC', id: 'ASC' },
    });
  }

  async saveItem(ctx: RequestContext, input: SaveMallItemInput): Promise<MallItem> {
    const admin = await requireVillageAdmin(ctx);
    const { id, ...fields } = input;
    return ctx.transaction('village', async (m) => {
      if (id) {
        const item = await m.findOneBy(MallItem, { id });
        if (!item) throw notFound('找不到该商品');
        assertSameVillage(admin, item.villageId);
        Object.assign(item, fields);
        await m.save(item);
        return item;
      }
      const item = m.create(MallItem, { ...fields, villageId: admin.villageId, createdAt: ctx.now() });
      await m.insert(MallItem, item);
      return item;
    });
  }

  async redeem(ctx: RequestContext, input: RedeemInput): Promise<RedemptionType | InsufficientPointsError | OutOfStockError> {
    const villager = await requireVillager(ctx);
    const m0 = ctx.manager('village');
    const previous = await m0.findOneBy(Redemption, { idempotencyKey: input.idempotencyKey });
    if (previous) return this.replayed(previous, villager.accountId);

    const item = await m0.findOneBy(MallItem, { id: input.itemId });
    if (!item) throw notFound('找不到该商品');
    assertSameVillage(villager, item.villageId);
    if (!item.active) throw workpointsRefusal('ITEM_INACTIVE');
    const isTopUp = item.kind !== 'GOODS';
    let phone: string | null = null;
    if (isTopUp) {
      phone = input.phone ?? (await ctx.loader(accountById).load(villager.accountId))?.phone ?? null;
      if (!phone) throw workpointsRefusal('PHONE_REQUIRED', undefined, 'phone');
    }
    const account = await PointsLedger.openAccount(ctx, 'VILLAGER', villager.accountId, villager.villageId);

    let redemption: Redemption | InsufficientPointsError | OutOfStockError;
    try {
      redemption = await ctx.transaction('village', async (m) => {
        const taken = await m
          .createQueryBuilder()
          .update(MallItem)
          .set({ stock: () => 'stock - 1' })
          .where('id = :id AND stock >= 1 AND active = :active', { id: item.id, active: true })
          .execute();
        if (!taken.affected)
          return Object.assign(new OutOfStockError(), { errorCode: 'OUT_OF_STOCK', message: WORKPOINTS_ERRORS.OUT_OF_STOCK });
        const made = m.create(Redemption, {
          villageId: villager.villageId,
          itemId: item.id,
          villagerId: villager.accountId,
          points: item.pointsPrice,
          status: isTopUp ? 'TOPUP_PENDING' : 'AWAITING_PICKUP',
          pickupCode: isTopUp ? null : await this.freshPickupCode(m, villager.villageId),
          topupPhone: phone,
          topupReference: null,
          topupFailure: null,
          topupCheckAt: isTopUp ? new Date(ctx.now().getTime() + TOPUP_CHECK_AFTER_MS) : null,
          idempotencyKey: input.idempotencyKey,
          createdAt: ctx.now(),
          collectedAt: null,
        });
        await m.insert(Redemption, made);
        const posted = await PointsLedger.post(
          m,
          {
            accountId: account.id,
            kind: 'REDEMPTION',
            amount: -item.pointsPrice,
            sourceType: 'redemption',
            sourceId: made.id,
            reason: `兑换：${item.name}`,
            idempotencyKey: `redemption:${made.id}`,
            createdBy: villager.accountId,
          },
          ctx.now(),
        );
        if (posted instanceof InsufficientPointsError) {
          const message = `${WORKPOINTS_ERRORS.INSUFFICIENT_POINTS}：兑换需要 ${item.pointsPrice} 分，您有 ${posted.balance} 分`;
          return InsufficientPointsError.of(posted.balance, item.pointsPrice, message);
        }
        // The top-up is sent after the commit, from the outbox: a crash in between cannot lose it.
        if (isTopUp) await ctx.publish(TopUpRequested, { redemptionId: made.id });
        return made;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const raced = await m0.findOneByOrFail(Redemption, { idempotencyKey: input.idempotencyKey });
      return this.replayed(raced, villager.accountId);
    }
    return redemption instanceof Redemption ? asRedemption(redemption) : redemption;
  }

  /** Six digits no other uncollected redemption of the village holds. */
  private async freshPickupCode(m: EntityManager, villageId: number): Promise<string> {
    for (;;) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      if (!(await m.existsBy(Redemption, { villageId, pickupCode: code, status: 'AWAITING_PICKUP' }))) return code;
    }
  }

  private replayed(redemption: Redemption, villagerId: number): RedemptionType {
    if (redemption.villagerId !== villagerId) throw workpointsRefusal('IDEMPOTENCY_KEY_REUSED');
    return asRedemption(redemption);
  }

  async myRedemptions(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Redemption>> {
    const villager = await requireVillager(ctx);
    return findPage(ctx.manager('village'), Redemption, { villagerId: villager.accountId }, first, after);
  }

  /** Goods waiting to be collected at the village office, newest first. */
  async awaitingPickup(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Redemption>> {
    const admin = await requireVillageAdmin(ctx);
    return findPage(ctx.manager('village'), Redemption, { villageId: admin.villageId, status: 'AWAITING_PICKUP' }, first, after);
  }

  /** The cadre hands the goods over against the villager's pickup code. */
  async markCollected(ctx: RequestContext, pickupCode: string): Promise<Redemption> {
    const admin = await requireVillageAdmin(ctx);
    return ctx.transaction('village', async (m) => {
      const redemption = await m.findOneBy(Redemption, { villageId: admin.villageId, pickupCode, status: 'AWAITING_PICKUP' });
      if (!redemption) {
        const collected = await m.existsBy(Redemption, { villageId: admin.villageId, pickupCode, status: 'COLLECTED' });
        throw workpointsRefusal(collected ? 'ALREADY_COLLECTED' : 'PICKUP_CODE_INVALID', undefined, 'pickupCode');
      }
      const collectedAt = ctx.now();
      const moved = await m.update(Redemption, { id: redemption.id, status: 'AWAITING_PICKUP' }, { status: 'COLLECTED', collectedAt });
      if (!moved.affected) throw workpointsRefusal('ALREADY_COLLECTED');
      return Object.assign(redemption, { status: 'COLLECTED' as const, collectedAt });
    });
  }
}
