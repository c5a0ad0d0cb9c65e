import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../core/context';
import { Allow } from '../../../core/guards';
import { PageArgs } from '../../../core/paging';
import { Role } from '../../../core/roles';
import { accountById } from '../../identity/identity.loaders';
import { AccountType } from '../../identity/identity.types';
import type { PointsAccount } from '../ledger/ledger.entity';
import type { PointsPayment, PointsSettlement } from './payments.entity';
import { SettleShopInput, TakePointsInput } from './payments.inputs';
import { PaymentsService } from './payments.service';
import {
  PaymentCode,
  PointsPaymentPage,
  PointsPaymentType,
  PointsSettlementPage,
  PointsSettlementType,
  SetPointsRateResult,
  SettleShopPointsResult,
  ShopPointsBalance,
  TakePointsResult,
} from './payments.types';

@ArgsType()
class PointsRateArgs {
  @Field(() => Int, { description: '每 1 工分兑付多少分钱' })
  @Min(1, { message: '每分至少 1 分钱' })
  @Max(10000, { message: '每分最多 100 元' })
  fenPerPoint!: number;
}

@Resolver(() => PointsPaymentType)
export class PaymentsResolver {
  @Query(() => PaymentCode, { description: '我的专属付款二维码（一分钟内有效，只能用一次）' })
  @Allow(Role.VILLAGER)
  myPaymentCode(@Ctx() ctx: RequestContext) {
    return ctx.service(PaymentsService).myPaymentCode(ctx);
  }

  @Query(() => PointsPaymentType, { nullable: true, description: '用我这个付款码付的款；还没用过时为空' })
  @Allow(Role.VILLAGER)
  myPaymentByCode(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    return ctx.service(PaymentsService).paymentByMyCode(ctx, code);
  }

  @Mutation(() => TakePointsResult, { description: '本村商家扫村民付款码收工分' })
  @Allow(Role.MERCHANT)
  takePoints(@Arg('input', () => TakePointsInput) input: TakePointsInput, @Ctx() ctx: RequestContext) {
    return ctx.service(PaymentsService).takePoints(ctx, input);
  }

  @Query(() => Int, { description: '本店待结算的工分' })
  @Allow(Role.MERCHANT)
  myShopPointsBalance(@Ctx() ctx: RequestContext) {
    return ctx.service(PaymentsService).shopBalance(ctx);
  }

  @Query(() => PointsPaymentPage, { description: '本店收到的工分' })
  @Allow(Role.MERCHANT)
  myTakings(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(PaymentsService).myTakings(ctx, first, after);
  }

  @FieldResolver(() => AccountType, { description: '付款的村民' })
  payer(@Root() payment: PointsPayment, @Ctx() ctx: RequestContext) {
    return ctx.loader(accountById).load(payment.payerId);
  }

  @FieldResolver(() => AccountType, { description: '收款的商家' })
  merchant(@Root() payment: PointsPayment, @Ctx() ctx: RequestContext) {
    return ctx.loader(accountById).load(payment.merchantAccountId);
  }
}

@Resolver(() => PointsSettlementType)
export class SettlementsResolver {
  @Query(() => Int, { nullable: true, description: '工分兑付标准：每分多少分钱；空为未设置' })
  @Allow(Role.VILLAGE_ADMIN, Role.MERCHANT)
  pointsRate(@Ctx() ctx: RequestContext) {
    return ctx.service(PaymentsService).pointsRate(ctx);
  }

  @Mutation(() => SetPointsRateResult, { description: '村干部设置工分兑付标准（每分多少分钱）' })
  @Allow(Role.VILLAGE_ADMIN)
  setPointsRate(@Args(() => PointsRateArgs) { fenPerPoint }: PointsRateArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(PaymentsService).setPointsRate(ctx, fenPerPoint);
  }

  @Query(() => [ShopPointsBalance], { description: '本村商家待结算的工分' })
  @Allow(Role.VILLAGE_ADMIN)
  async shopPointsBalances(@Ctx() ctx: RequestContext): Promise<ShopPointsBalance[]> {
    const accounts: PointsAccount[] = await ctx.service(PaymentsService).shopBalances(ctx);
    return accounts.map((a) => ({ merchantAccountId: a.holderId, balance: a.balance }));
  }

  @Mutation(() => SettleShopPointsResult, { description: '村集体与商家结算' })
  @Allow(Role.VILLAGE_ADMIN)
  settleShopPoints(@Arg('input', () => SettleShopInput) input: SettleShopInput, @Ctx() ctx: RequestContext) {
    return ctx.service(PaymentsService).settle(ctx, input);
  }

  @Query(() => PointsSettlementPage, { description: '结算记录：村干部看全村，商家看本店' })
  @Allow(Role.VILLAGE_ADMIN, Role.MERCHANT)
  pointsSettlements(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(PaymentsService).settlements(ctx, first, after);
  }

  @FieldResolver(() => AccountType, { description: '结算的商家' })
  merchant(@Root() settlement: PointsSettlement, @Ctx() ctx: RequestContext) {
    return ctx.loader(accountById).load(settlement.merchantAccountId);
  }
}

@Resolver(() => ShopPointsBalance)
export class ShopPointsBalanceResolver {
  @FieldResolver(() => AccountType, { description: '商家' })
  merchant(@Root() balance: ShopPointsBalance, @Ctx() ctx: RequestContext) {
    return ctx.loader(accountById).load(balance.merchantAccountId);
  }
}
