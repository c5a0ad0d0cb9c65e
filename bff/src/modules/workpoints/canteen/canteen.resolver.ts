import { Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ID } from '../../../core/scalars';
import type { RequestContext } from '../../../core/context';
import { Allow } from '../../../core/guards';
import { PageArgs } from '../../../core/paging';
import { Role } from '../../../core/roles';
import type { CanteenDish, CanteenMenu, Meal } from './canteen.entity';
import { PublishMenuInput } from './canteen.inputs';
import { CanteenService } from './canteen.service';
import { commentsByDishId, dishesByMenuId, likesByDishId } from './canteen.loaders';
import {
  CanteenDishType,
  CanteenMenuPage,
  CanteenMenuResult,
  CanteenMenuType,
  DishCommentResult,
  DishCommentType,
  DishLikeResult,
  MealEnum,
  MealReservationCount,
  MealReservationResult,
} from './canteen.types';

@ArgsType()
class MealArgs {
  @Field(() => ID)
  menuId!: number;

  @Field(() => MealEnum)
  meal!: Meal;
}

@ArgsType()
class CommentArgs {
  @Field(() => ID)
  dishId!: number;

  @Field(() => String)
  @Length(1, 200, { message: '留言 1–200 个字' })
  body!: string;
}

const VILLAGE_PEOPLE = [Role.VILLAGER, Role.VILLAGE_ADMIN];

@Resolver(() => CanteenMenuType)
export class CanteenMenuResolver {
  @Mutation(() => CanteenMenuResult, { description: '村干部提前发布某天的菜单' })
  @Allow(Role.VILLAGE_ADMIN)
  publishCanteenMenu(@Arg('input', () => PublishMenuInput) input: PublishMenuInput, @Ctx() ctx: RequestContext) {
    return ctx.service(CanteenService).publishMenu(ctx, input);
  }

  @Query(() => CanteenMenuType, { nullable: true, description: '某天的菜单，默认明天；未发布为空' })
  @Allow(...VILLAGE_PEOPLE)
  canteenMenu(@Arg('serviceDate', () => String, { nullable: true }) serviceDate: string | null, @Ctx() ctx: RequestContext) {
    return ctx.service(CanteenService).menuOn(ctx, serviceDate);
  }

  @Query(() => CanteenMenuPage, { description: '历史菜单（最近在前）' })
  @Allow(...VILLAGE_PEOPLE)
  canteenMenus(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(CanteenService).menus(ctx, first, after);
  }

  @Mutation(() => MealReservationResult, { description: '村民预订一餐' })
  @Allow(Role.VILLAGER)
  reserveMeal(@Args(() => MealArgs) { menuId, meal }: MealArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(CanteenService).reserve(ctx, menuId, meal);
  }

  @Mutation(() => MealReservationResult, { description: '村民取消预订' })
  @Allow(Role.VILLAGER)
  cancelMealReservation(@Args(() => MealArgs) { menuId, meal }: MealArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(CanteenService).cancelReservation(ctx, menuId, meal);
  }

  @FieldResolver(() => [CanteenDishType])
  dishes(@Root() menu: CanteenMenu, @Ctx() ctx: RequestContext) {
    return ctx.loader(dishesByMenuId).load(menu.id);
  }

  @FieldResolver(() => [MealReservationCount], { description: '各餐预订人数（仅村干部）' })
  reservationCounts(@Root() menu: CanteenMenu, @Ctx() ctx: RequestContext) {
    return ctx.service(CanteenService).reservationCounts(ctx, menu);
  }

  @FieldResolver(() => [MealEnum], { description: '我预订了哪几餐（村干部为空）' })
  myReservations(@Root() menu: CanteenMenu, @Ctx() ctx: RequestContext) {
    return ctx.hasRole(Role.VILLAGER) ? ctx.service(CanteenService).myReservations(ctx, menu.id) : [];
  }
}

@Resolver(() => CanteenDishType)
export class CanteenDishResolver {
  @Mutation(() => DishCommentResult, { description: '村民给菜品留言' })
  @Allow(Role.VILLAGER)
  commentOnDish(@Args(() => CommentArgs) { dishId, body }: CommentArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(CanteenService).comment(ctx, dishId, body);
  }

  @Mutation(() => DishLikeResult, { description: '点赞或取消点赞；返回现在是否已赞' })
  @Allow(Role.VILLAGER)
  toggleDishLike(@Arg('dishId', () => ID) dishId: number, @Ctx() ctx: RequestContext) {
    return ctx.service(CanteenService).toggleLike(ctx, dishId);
  }

  @Mutation(() => DishCommentResult, { description: '村干部标记：这条留言改进了之后的某份菜单' })
  @Allow(Role.VILLAGE_ADMIN)
  adoptDishComment(
    @Arg('commentId', () => ID) commentId: number,
    @Arg('laterMenuId', () => ID) laterMenuId: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.service(CanteenService).adoptComment(ctx, commentId, laterMenuId);
  }

  @FieldResolver(() => Int)
  async likeCount(@Root() dish: CanteenDish, @Ctx() ctx: RequestContext) {
    return (await ctx.loader(likesByDishId).load(dish.id)).length;
  }

  @FieldResolver(() => Boolean)
  async likedByMe(@Root() dish: CanteenDish, @Ctx() ctx: RequestContext) {
    const likes = await ctx.loader(likesByDishId).load(dish.id);
    return likes.some((l) => l.villagerId === ctx.caller?.accountId);
  }

  @FieldResolver(() => [DishCommentType], { description: '留言（最新在前）' })
  comments(@Root() dish: CanteenDish, @Ctx() ctx: RequestContext) {
    return ctx.loader(commentsByDishId).load(dish.id);
  }
}
