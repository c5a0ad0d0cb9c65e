import type { RequestContext } from '../../../core/context';
import { badInput, notFound } from '../../../core/errors';
import { findPage, type Paged } from '../../../core/paging';
import { Role } from '../../../core/roles';
import { isUniqueViolation } from '../../../stores/sql-errors';
import { accountById } from '../../identity/identity.loaders';
import { PointsAccount } from '../ledger/ledger.entity';
import { InsufficientPointsError } from '../ledger/ledger.types';
import { PointsLedger } from '../ledger/points-ledger';
import { balancesOf } from '../ledger/points.service';
import { assertSameVillage, requireVillageAdmin, requireVillageShop, requireVillager } from '../village-members';
import { WORKPOINTS_ERRORS, workpointsRefusal } from '../workpoints.errors';
import type { PaymentCodeSigner } from './payment-code';
import { PointsPayment, PointsSettlement, VillagePointsRate } from './payments.entity';
import type { SettleShopInput, TakePointsInput } from './payments.inputs';
import { PaymentCode, PaymentCodeError, PointsPaymentType, PointsRate } from './payments.types';

/** 2000 万元: what one settlement may pay, well inside the signed 32-bit `amount_fen` column. */
const MAX_SETTLEMENT_FEN = 2_000_000_000;

type PaymentCodeProblem = 'PAYMENT_CODE_INVALID' | 'PAYMENT_CODE_EXPIRED' | 'PAYMENT_CODE_USED' | 'PAYMENT_CODE_OTHER_VILLAGE';

function paymentCodeError(code: PaymentCodeProblem): PaymentCodeError {
  return Object.assign(new PaymentCodeError(), { errorCode: code, message: WORKPOINTS_ERRORS[code], field: 'code' });
}

function asPayment(payment: PointsPayment): PointsPaymentType {
  return Object.assign(new PointsPaymentType(), payment);
}

/** Points paid in village shops by scanning a villager's QR code, and the shops' settlements. */
export class PaymentsService {
  constructor(private readonly codes: PaymentCodeSigner) {}

  async myPaymentCode(ctx: RequestContext): Promise<PaymentCode> {
    const villager = requireVillager(ctx);
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
  async takePoints(ctx: RequestContext, input: TakePointsInput): Promise<PointsPaymentType | PaymentCodeError | InsufficientPointsError> {
    const shop = await requireVillageShop(ctx);
    const previous = await ctx.manager('village').findOneBy(PointsPayment, { idempotencyKey: input.idempotencyKey });
    if (previous) return this.replayed(previous, shop.accountId);

    const claims = this.codes.verify(input.code);
    if (typeof claims === 'string') return paymentCodeError(claims);
    if (claims.villageId !== shop.villageId) return paymentCodeError('PAYMENT_CODE_OTHER_VILLAGE');
    if (claims.villagerId === shop.accountId) throw workpointsRefusal('SELF_PAYMENT');

    const [payerAccount, shopAccount] = await ctx.loader(accountById).loadMany([claims.villagerId, shop.accountId]);
    const nameOf = (a: typeof payerAccount) => (a && !(a instanceof Error) ? a.displayName : '');
    const payer = await PointsLedger.openAccount(ctx, 'VILLAGER', claims.villagerId, claims.villageId);
    const merchant = await PointsLedger.openAccount(ctx, 'MERCHANT', shop.accountId, shop.villageId);
    try {
      return await ctx.transaction('village', async (m) => {
        const payment = m.create(PointsPayment, {
          villageId: shop.villageId,
          payerId: claims.villagerId,
          merchantAccountId: shop.accountId,
          points: input.points,
          codeNonce: claims.nonce,
          idempotencyKey: input.idempotencyKey,
          createdAt: ctx.now(),
        });
        await m.insert(PointsPayment, payment);
        const common = { kind: 'PAYMENT' as const, sourceType: 'payment', sourceId: payment.id, createdBy: shop.accountId };
        const paid = await PointsLedger.post(
          m,
          {
            ...common,
            accountId: payer.id,
            amount: -input.points,
            reason: `在${nameOf(shopAccount)}的店付工分`,
            idempotencyKey: `payment:${payment.id}:out`,
          },
          ctx.now(),
        );
        if (paid instanceof InsufficientPointsError) {
          return InsufficientPointsError.of(
            paid.balance,
            input.points,
            `${WORKPOINTS_ERRORS.INSUFFICIENT_POINTS}：村民只有 ${paid.balance} 工分`,
          ).on('points');
        }
        await PointsLedger.credit(
          m,
          {
            ...common,
            accountId: merchant.id,
            amount: input.points,
            reason: `收到${nameOf(payerAccount)}的工分`,
            idempotencyKey: `payment:${payment.id}:in`,
          },
          ctx.now(),
        );
        return asPayment(payment);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Either this request raced its own retry, or the code was used meanwhile.
      const raced = await ctx.manager('village').findOneBy(PointsPayment, { idempotencyKey: input.idempotencyKey });
      return raced ? this.replayed(raced, shop.accountId) : paymentCodeError('PAYMENT_CODE_USED');
    }
  }

  private replayed(payment: PointsPayment, merchantAccountId: number): PointsPaymentType {
    if (payment.merchantAccountId !== merchantAccountId) throw workpointsRefusal('IDEMPOTENCY_KEY_REUSED');
    return asPayment(payment);
  }

  async shopBalance(ctx: RequestContext): Promise<number> {
    const shop = await requireVillageShop(ctx);
    return (await balancesOf(ctx.manager('village'), 'MERCHANT', [shop.accountId])).get(shop.accountId) ?? 0;
  }

  /** A shop's takings, newest first. */
  async myTakings(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<PointsPayment>> {
    const shop = await requireVillageShop(ctx);
    return findPage(ctx.manager('village'), PointsPayment, { merchantAccountId: shop.accountId }, first, after);
  }

  async pointsRate(ctx: RequestContext): Promise<number | null> {
    const member = ctx.hasRole(Role.VILLAGE_ADMIN) ? await requireVillageAdmin(ctx) : await requireVillageShop(ctx);
    const rate = await ctx.manager('village').findOneBy(VillagePointsRate, { villageId: member.villageId });
    return rate?.fenPerPoint ?? null;
  }

  async setPointsRate(ctx: RequestContext, fenPerPoint: number): Promise<PointsRate> {
    const admin = requireVillageAdmin(ctx);
    await ctx.transaction('village', (m) =>
      m.save(VillagePointsRate, { villageId: admin.villageId, fenPerPoint, updatedBy: admin.accountId, updatedAt: ctx.now() }),
    );
    return Object.assign(new PointsRate(), { fenPerPoint });
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
  async settle(ctx: RequestContext, input: SettleShopInput): Promise<PointsSettlement | InsufficientPointsError> {
    const admin = requireVillageAdmin(ctx);
    const shop = await ctx.loader(accountById).load(input.merchantAccountId);
    if (!shop) throw notFound('找不到该商家');
    assertSameVillage(admin, shop.villageId ?? -1);
    const account = await ctx.manager('village').findOneBy(PointsAccount, { holder: 'MERCHANT', holderId: shop.id });
    if (!account) return InsufficientPointsError.of(0, input.points, '该商家没有待结算的工分').on('points');
    // The request id is the cadre's own (unique with created_by): another cadre's same id is another request.
    const request = { createdBy: admin.accountId, idempotencyKey: input.idempotencyKey };
    try {
      return await ctx.transaction('village', async (m) => {
        const seen = await m.findOneBy(PointsSettlement, request);
        if (seen) return seen;
        const rate = await m.findOneBy(VillagePointsRate, { villageId: admin.villageId });
        if (!rate) throw workpointsRefusal('RATE_NOT_SET');
        const amountFen = input.points * rate.fenPerPoint;
        if (amountFen > MAX_SETTLEMENT_FEN) throw workpointsRefusal('BAD_USER_INPUT', '一次结算不能超过 2000 万元，请分几次结算', 'points');
        const settlement = m.create(PointsSettlement, {
          ...request,
          villageId: admin.villageId,
          merchantAccountId: shop.id,
          points: input.points,
          fenPerPoint: rate.fenPerPoint,
          amountFen,
          createdAt: ctx.now(),
        });
        await m.insert(PointsSettlement, settlement);
        const posted = await PointsLedger.post(
          m,
          {
            accountId: account.id,
            kind: 'SETTLEMENT',
            amount: -input.points,
            sourceType: 'settlement',
            sourceId: settlement.id,
            reason: `村集体结算 ${(settlement.amountFen / 100).toFixed(2)} 元`,
            idempotencyKey: `settlement:${settlement.id}`,
            createdBy: admin.accountId,
          },
          ctx.now(),
        );
        return posted instanceof InsufficientPointsError ? posted.on('points') : settlement;
      });
    } catch (error) {
      // The same request submitted twice at once: the other one won the unique key, and is the answer.
      const raced = isUniqueViolation(error) ? await ctx.manager('village').findOneBy(PointsSettlement, request) : null;
      if (!raced) throw error;
      return raced;
    }
  }

  /** Settlements: a cadre sees the village's, a shop its own. */
  async settlements(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<PointsSettlement>> {
    const asAdmin = ctx.hasRole(Role.VILLAGE_ADMIN);
    const member = asAdmin ? await requireVillageAdmin(ctx) : await requireVillageShop(ctx);
    const where = asAdmin ? { villageId: member.villageId } : { merchantAccountId: member.accountId };
    return findPage(ctx.manager('village'), PointsSettlement, where, first, after);
  }
}
