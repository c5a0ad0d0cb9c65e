import { Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, Int, Mutation, Query, Resolver, FieldResolver, Root } from 'type-graphql';
import { ID } from '../../../core/scalars';
import type { RequestContext } from '../../../core/context';
import { Allow } from '../../../core/guards';
import { PageArgs } from '../../../core/paging';
import { Role } from '../../../core/roles';
import { accountById } from '../../identity/identity.loaders';
import { AccountType } from '../../identity/identity.types';
import type { Deduction, PointsLedgerEntry } from './ledger.entity';
import { reversedSourcesByAccount, sourceOf } from './ledger.loaders';
import { DeductPointsInput } from './ledger.inputs';
import { PointsService } from './points.service';
import {
  DeductPointsResult,
  DeductionPage,
  DeductionResult,
  DeductionType,
  HouseholdPoints,
  PointsLedgerEntryPage,
  PointsLedgerEntryType,
} from './ledger.types';

@ArgsType()
class AppealArgs {
  @Field(() => ID)
  deductionId!: number;

  @Field(() => String)
  @Length(2, 500, { message: '请写明申诉理由（2–500 个字）' })
  reason!: string;
}

@ArgsType()
class DecideAppealArgs {
  @Field(() => ID)
  deductionId!: number;

  @Field(() => Boolean, { description: 'true：撤销扣分并退回工分；false：维持扣分' })
  overturn!: boolean;

  @Field(() => String)
  @Length(2, 500, { message: '请写明处理意见（2–500 个字）' })
  note!: string;
}

@Resolver(() => DeductionType)
export class PointsResolver {
  @Query(() => Int, { description: '我的工分余额' })
  @Allow(Role.VILLAGER)
  myPointsBalance(@Ctx() ctx: RequestContext) {
    return ctx.service(PointsService).myBalance(ctx);
  }

  @Query(() => PointsLedgerEntryPage, { description: '我的工分明细（最新在前）' })
  @Allow(Role.VILLAGER)
  myPointsHistory(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(PointsService).myHistory(ctx, first, after);
  }

  @Query(() => HouseholdPoints, { nullable: true, description: '我家的工分（全户成员合计）' })
  @Allow(Role.VILLAGER)
  myHouseholdPoints(@Ctx() ctx: RequestContext) {
    return ctx.service(PointsService).myHousehold(ctx);
  }

  @Mutation(() => DeductPointsResult, { description: '村干部扣分' })
  @Allow(Role.VILLAGE_ADMIN)
  deductPoints(@Arg('input', () => DeductPointsInput) input: DeductPointsInput, @Ctx() ctx: RequestContext) {
    return ctx.service(PointsService).deduct(ctx, input);
  }

  @Query(() => DeductionPage, { description: '我被扣分的记录' })
  @Allow(Role.VILLAGER)
  myDeductions(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(PointsService).myDeductions(ctx, first, after);
  }

  @Mutation(() => DeductionResult, { description: '村民对扣分提出申诉' })
  @Allow(Role.VILLAGER)
  appealDeduction(@Args(() => AppealArgs) { deductionId, reason }: AppealArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(PointsService).appeal(ctx, deductionId, reason);
  }

  @Query(() => DeductionPage, { description: '待处理的扣分申诉' })
  @Allow(Role.VILLAGE_ADMIN)
  pendingAppeals(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(PointsService).pendingAppeals(ctx, first, after);
  }

  @Mutation(() => DeductionResult, { description: '村干部处理申诉' })
  @Allow(Role.VILLAGE_ADMIN)
  decideAppeal(@Args(() => DecideAppealArgs) { deductionId, overturn, note }: DecideAppealArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(PointsService).decideAppeal(ctx, deductionId, overturn, note);
  }

  @FieldResolver(() => AccountType)
  villager(@Root() deduction: Deduction, @Ctx() ctx: RequestContext) {
    return ctx.loader(accountById).load(deduction.villagerId);
  }
}

@Resolver(() => PointsLedgerEntryType)
export class PointsLedgerEntryResolver {
  @FieldResolver(() => Boolean, { description: '已撤销：扣分申诉成功或充值失败，这笔工分已经退回' })
  async reversed(@Root() entry: PointsLedgerEntry, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (entry.amount >= 0) return false;
    return (await ctx.loader(reversedSourcesByAccount).load(entry.accountId)).has(sourceOf(entry));
  }
}
