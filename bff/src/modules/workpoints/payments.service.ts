import type { RequestContext } from '../../core/context';
import { AppError, badInput, notFound } from '../../core/errors';
import { findPage, type Paged } from '../../core/paging';
import { Role } from '../../core/roles';
import { isUniqueViolation } from '../../stores/sql-errors';
import { accountById } from '../identity/identity.loaders';
import type { PaymentCodeSigner } from './payment-code';
import { PointsLedger } from './points-ledger';
import { balancesOf } from './points.service';
import { assertSameVillage, requireVillageAdmin, requireVillageShop, requireVillager } from './village-members';
import { PointsAccount, PointsPayment, PointsSettlement, VillagePointsRate } from './workpoints.entity';
import { WorkpointsError, workpointsError } from './workpoints.errors';
import type { SettleShopInput, TakePointsInput } from './workpoints.inputs';
import { InsufficientPointsError, PaymentCode, PaymentCodeError, PointsPaymentType } from './workpoints.types';

const PAYMENT_CODE_MESSAGES = {
  PAYMENT_CODE_INVALID: '付款码无效，请让村民打开“我的工分”重新出示',
  PAYMENT_CODE_EXPIRED: '付款码已过期，请让村民刷新后重扫',
  PAYMENT_CODE_USED: '该付款码已经用过了，请让村民刷新后重扫',
  PAYMENT_CODE_OTHER_VILLAGE: '这是外村村民的付款码，本店只能收本村工分',
} as const;

function paymentCodeError(code: keyof typeof PAYMENT_CODE_MESSAGES): PaymentCodeError {
  return Object.assign(new PaymentCodeError(), { errorCode: code, message: PAYMENT_CODE_MESSAGES[code] });
}

function asPayment(payment: PointsPayment): PointsPaymentType {
  return Object.assign(new PointsPaymentType(), payment);
}

/** Points paid in village shops by scanning a villager's QR code, and the shops' settlements. */
export class PaymentsService {
  constructor(private readonly codes: PaymentCodeSigner) {}

  async myPaymentCode(ctx: RequestContext): Promise<PaymentCode> {
    const villager = await requireVillager(ctx);
    const { code, claims } = this.codes.issue(villager.accountId, villager.villageId);
    return Object.assign(new PaymentCode(), { code, expiresAt: claims.expiresAt });
  }

  /** The payment made with one of the caller's own codes, if any: the pay screen shows it at once. */
  async paymentByMyCode(ctx: RequestContext, code: string): Promise<PointsPayment | null> {
    const villager = await requireVillager(ctx);
    const claims = this.codes.read(code);
    if (typeof claims === 'string' || claims.villagerId !== villager.accountId) throw badInput('这不是您的付款码', 'code');
    return ctx.manager('village').findOneBy(PointsPayment, { codeNonce: claims.nonce });
  }

  /**
   * A shop takes points from the villager whose code it scanned: one transaction moves them from
   * the villager's account to the shop's. A retry with the same idempotency key returns the first
   * payment; a code is accepted once (its nonce is unique among payments).
   */
  async takePoints(ctx: RequestContext, input: TakePointsInput) {
    const shop = await requireVillageShop(ctx);
    const previous = await ctx.manager('village').findOneBy(PointsPayment, { idempotencyKey: input.idempotencyKey });
    if (previous) return this.replayed(previous, shop.accountId);

    const claims = this.codes.verify(input.code);
    if (typeof claims === 'string') return paymentCodeError(claims);
    if (claims.villageId !== shop.villageId) return paymentCodeError('PAYMENT_CODE_OTHER_VILLAGE');
    if (claims.villagerId === shop.accountId) throw workpointsError('SELF_PAYMENT');

    const m0 = ctx.manager('village');
    const [payerAccount, shopAccount] = await ctx.loader(accountById).loadMany([claims.villagerId, shop.accountId]);
    const nameOf = (a: typeof payerAccount) => (a && !(a instanceof Error) ? a.displayName : '');
    const payer = await PointsLedger.openAccount(ctx, 'VILLAGER', claims.villagerId, claims.villageId);
    const merchant = await PointsLedger.openAccount(ctx, 'MERCHANT', shop.accountId, shop.villageId);
    try {
      return await ctx.transaction('village', async (m) => {
        const payment = m.create(PointsPayment, {
          villageId: shop.villageId,
          payerId: claims.villagerId,
          merchantId: shop.accountId,
          points: input.points,
          codeNonce: claims.nonce,
          idempotencyKey: input.idempotencyKey,
          createdAt: new Date(),
        });
        await m.insert(PointsPayment, payment);
        const common = { kind: 'PAYMENT' as const, sourceType: 'payment', sourceId: payment.id, createdBy: shop.accountId };
        await PointsLedger.post(m, {
          ...common,
          accountId: payer.id,
          amount: -input.points,
          reason: `在${nameOf(shopAccount)}的店付工分`,
          idempotencyKey: `payment:${payment.id}:out`,
        });
        await PointsLedger.post(m, {
          ...common,
          accountId: merchant.id,
          amount: input.points,
          reason: `收到${nameOf(payerAccount)}的工分`,
          idempotencyKey: `payment:${payment.id}:in`,
        });
        return asPayment(payment);
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'INSUFFICIENT_POINTS') {
        const balance = (await m0.findOneByOrFail(PointsAccount, { id: payer.id })).balance;
        return InsufficientPointsError.of(balance, input.points, `${WorkpointsError.INSUFFICIENT_POINTS}：村民只有 ${balance} 工分`);
      }
      if (!isUniqueViolation(error)) throw error;
      // Either this request raced its own retry, or the code was used meanwhile.
      const raced = await m0.findOneBy(PointsPayment, { idempotencyKey: input.idempotencyKey });
      return raced ? this.replayed(raced, shop.accountId) : paymentCodeError('PAYMENT_CODE_USED');
    }
  }

  private replayed(payment: PointsPayment, merchantId: number): PointsPaymentType {
    if (payment.merchantId !== merchantId) throw workpointsError('IDEMPOTENCY_KEY_REUSED');
    return asPayment(payment);
  }

  async shopBalance(ctx: RequestContext): Promise<number> {
    const shop = await requireVillageShop(ctx);
    return (await balancesOf(ctx.manager('village'), 'MERCHANT', [shop.accountId])).get(shop.accountId) ?? 0;
  }

  /** A shop's takings, newest first. */
  async myTakings(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<PointsPayment>> {
    const shop = await requireVillageShop(ctx);
    return findPage(ctx.manager('village'), PointsPayment, { merchantId: shop.accountId }, first, after);
  }

  async pointsRate(ctx: RequestContext): Promise<number | null> {
    const member = ctx.hasRole(Role.VILLAGE_ADMIN) ? await requireVillageAdmin(ctx) : await requireVillageShop(ctx);
    const rate = await ctx.manager('village').findOneBy(VillagePointsRate, { villageId: member.villageId });
    return rate?.fenPerPoint ?? null;
  }

  async setPointsRate(ctx: RequestContext, fenPerPoint: number): Promise<number> {
    const admin = await requireVillageAdmin(ctx);
    await ctx.transaction('village', (m) =>
      m.save(VillagePointsRate, { villageId: admin.villageId, fenPerPoint, updatedBy: admin.accountId, updatedAt: new Date() }),
    );
    return fenPerPoint;
  }

  /** The village's shops with points waiting to be settled. */
  async shopBalances(ctx: RequestContext): Promise<PointsAccount[]> {
    const admin = await requireVillageAdmin(ctx);
    return ctx.manager('village').find(PointsAccount, {
      where: { villageId: admin.villageId, holder: 'MERCHANT' },
      order: { balance: 'DESC' },
    });
  }

  /** 结算: the village pays a shop for points at its rate; the points leave the shop's account. */
  async settle(ctx: RequestContext, input: SettleShopInput): Promise<PointsSettlement> {
    const admin = await requireVillageAdmin(ctx);
    const shop = await ctx.loader(accountById).load(input.merchantId);
    if (!shop) throw notFound('找不到该商户');
    assertSameVillage(admin, shop.villageId ?? -1);
    const account = await ctx.manager('village').findOneBy(PointsAccount, { holder: 'MERCHANT', holderId: shop.id });
    if (!account) throw workpointsError('INSUFFICIENT_POINTS', '该商户没有待结算的工分');
    return ctx.transaction('village', async (m) => {
      const seen = await m.findOneBy(PointsSettlement, { idempotencyKey: input.idempotencyKey });
      if (seen) return seen;
      const rate = await m.findOneBy(VillagePointsRate, { villageId: admin.villageId });
      if (!rate) throw workpointsError('RATE_NOT_SET');
      const settlement = m.create(PointsSettlement, {
        villageId: admin.villageId,
        merchantId: shop.id,
        points: input.points,
        fenPerPoint: rate.fenPerPoint,
        amountFen: input.points * rate.fenPerPoint,
        idempotencyKey: input.idempotencyKey,
        createdBy: admin.accountId,
        createdAt: new Date(),
      });
      await m.insert(PointsSettlement, settlement);
      await PointsLedger.post(m, {
        accountId: account.id,
        kind: 'SETTLEMENT',
        amount: -input.points,
        sourceType: 'settlement',
        sourceId: settlement.id,
        reason: `村集体结算 ${(settlement.amountFen / 100).toFixed(2)} 元`,
        idempotencyKey: `settlement:${settlement.id}`,
        createdBy: admin.accountId,
      });
      return settlement;
    });
  }

  /** Settlements: a cadre sees the village's, a shop its own. */
  async settlements(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<PointsSettlement>> {
    const asAdmin = ctx.hasRole(Role.VILLAGE_ADMIN);
    const member = asAdmin ? await requireVillageAdmin(ctx) : await requireVillageShop(ctx);
    const where = asAdmin ? { villageId: member.villageId } : { merchantId: member.accountId };
    return findPage(ctx.manager('village'), PointsSettlement, where, first, after);
  }
}
