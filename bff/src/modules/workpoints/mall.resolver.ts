import { Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { Allow } from '../../core/guards';
import { PageArgs } from '../../core/paging';
import { Role } from '../../core/roles';
import { accountById } from '../identity/identity.loaders';
import { AccountType } from '../identity/identity.types';
import type { Redemption } from './workpoints.entity';
import { RedeemInput, SaveMallItemInput } from './workpoints.inputs';
import { mallItemById } from './workpoints.loaders';
import { MallItemType, RedeemResult, RedemptionPage, RedemptionType } from './workpoints.types';

@ArgsType()
class PickupArgs {
  @Field(() => String, { description: '村民出示的 6 位取货码' })
  @Length(6, 6, { message: '取货码是 6 位数字' })
  pickupCode!: string;
}

@Resolver(() => RedemptionType)
export class MallResolver {
  @Query(() => [MallItemType], { description: '工分商城：村民看在售商品，村干部看全部' })
  @Allow(Role.VILLAGER, Role.VILLAGE_ADMIN)
  mallItems(@Ctx() ctx: RequestContext) {
    return ctx.app.mall.items(ctx);
  }

  @Mutation(() => MallItemType, { description: '村干部新增或修改商品' })
  @Allow(Role.VILLAGE_ADMIN)
  saveMallItem(@Arg('input', () => SaveMallItemInput) input: SaveMallItemInput, @Ctx() ctx: RequestContext) {
    return ctx.app.mall.saveItem(ctx, input);
  }

  @Mutation(() => RedeemResult, { description: '村民用工分兑换' })
  @Allow(Role.VILLAGER)
  redeemMallItem(@Arg('input', () => RedeemInput) input: RedeemInput, @Ctx() ctx: RequestContext) {
    return ctx.app.mall.redeem(ctx, input);
  }

  @Query(() => RedemptionPage, { description: '我的兑换' })
  @Allow(Role.VILLAGER)
  myRedemptions(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.app.mall.myRedemptions(ctx, first, after);
  }

  @Query(() => RedemptionPage, { description: '待领取的实物兑换' })
  @Allow(Role.VILLAGE_ADMIN)
  redemptionsAwaitingPickup(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.app.mall.awaitingPickup(ctx, first, after);
  }

  @Mutation(() => RedemptionType, { description: '村干部凭取货码发放实物' })
  @Allow(Role.VILLAGE_ADMIN)
  markRedemptionCollected(@Args(() => PickupArgs) { pickupCode }: PickupArgs, @Ctx() ctx: RequestContext) {
    return ctx.app.mall.markCollected(ctx, pickupCode);
  }

  @FieldResolver(() => MallItemType)
  item(@Root() redemption: Redemption, @Ctx() ctx: RequestContext) {
    return ctx.loader(mallItemById).load(redemption.itemId);
  }

  @FieldResolver(() => AccountType, { description: '兑换的村民' })
  villager(@Root() redemption: Redemption, @Ctx() ctx: RequestContext) {
    return ctx.loader(accountById).load(redemption.villagerId);
  }
}
