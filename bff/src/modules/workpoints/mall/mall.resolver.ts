import { Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../core/context';
import { Allow } from '../../../core/guards';
import { PageArgs } from '../../../core/paging';
import { Role } from '../../../core/roles';
import { accountById } from '../../identity/identity.loaders';
import { AccountType } from '../../identity/identity.types';
import type { Redemption } from './mall.entity';
import { RedeemInput, SaveMallItemInput } from './mall.inputs';
import { MallService } from './mall.service';
import { mallItemById } from './mall.loaders';
import { MallItemResult, MallItemType, RedeemResult, RedemptionPage, RedemptionResult, RedemptionType } from './mall.types';

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
    return ctx.service(MallService).items(ctx);
  }

  @Mutation(() => MallItemResult, { description: '村干部新增或修改商品' })
  @Allow(Role.VILLAGE_ADMIN)
  saveMallItem(@Arg('input', () => SaveMallItemInput) input: SaveMallItemInput, @Ctx() ctx: RequestContext) {
    return ctx.service(MallService).saveItem(ctx, input);
  }

  @Mutation(() => RedeemResult, { description: '村民用工分兑换' })
  @Allow(Role.VILLAGER)
  redeemMallItem(@Arg('input', () => RedeemInput) input: RedeemInput, @Ctx() ctx: RequestContext) {
    return ctx.service(MallService).redeem(ctx, input);
  }

  @Query(() => RedemptionPage, { description: '我的兑换' })
  @Allow(Role.VILLAGER)
  myRedemptions(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(MallService).myRedemptions(ctx, first, after);
  }

  @Query(() => RedemptionPage, { description: '待领取的实物兑换' })
  @Allow(Role.VILLAGE_ADMIN)
  redemptionsAwaitingPickup(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(MallService).awaitingPickup(ctx, first, after);
  }

  @Mutation(() => RedemptionResult, { description: '村干部凭取货码发放实物' })
  @Allow(Role.VILLAGE_ADMIN)
  markRedemptionCollected(@Args(() => PickupArgs) { pickupCode }: PickupArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(MallService).markCollected(ctx, pickupCode);
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
