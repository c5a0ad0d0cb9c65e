import { WorkpointsError } from '../workpoints.errors';
import { ResultUnion } from '../../../core/error-result';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../../core/paging';
import { ID } from '../../../core/scalars';

export enum MealEnum {
  LUNCH = 'LUNCH',
  DINNER = 'DINNER',
}
registerEnumType(MealEnum, { name: 'Meal', description: '午餐 · 晚餐' });

@ObjectType('CanteenMenu', { description: '老年食堂菜单' })
export class CanteenMenuType {
  @Field(() => ID) id!: number;
  @Field(() => String) serviceDate!: string;
  @Field(() => String) note!: string;
  @Field(() => Date) publishedAt!: Date;
}

@ObjectType({ description: '某一餐的预订人数' })
export class MealReservationCount {
  @Field(() => MealEnum) meal!: MealEnum;
  @Field(() => Int) count!: number;
}

@ObjectType('CanteenDish', { description: '菜品' })
export class CanteenDishType {
  @Field(() => ID) id!: number;
  menuId!: number;
  @Field(() => MealEnum) meal!: MealEnum;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
}

@ObjectType('DishComment', { description: '菜品留言' })
export class DishCommentType {
  @Field(() => ID) id!: number;
  dishId!: number;
  villagerId!: number;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => ID, { nullable: true, description: '采纳到的菜单' }) adoptedInMenuId!: number | null;
}

export const CanteenMenuPage = PageOf(CanteenMenuType, 'CanteenMenu');

@ObjectType('MealReservation', { description: '我对某一餐的预订' })
export class MealReservationType {
  @Field(() => ID) menuId!: number;
  @Field(() => MealEnum) meal!: MealEnum;
  @Field(() => Boolean, { description: '现在是否已预订' }) reserved!: boolean;
}

@ObjectType('DishLikeState', { description: '点赞之后：我是否已赞、一共几个赞' })
export class DishLikeStateType {
  @Field(() => ID) dishId!: number;
  @Field(() => Boolean) liked!: boolean;
  @Field(() => Int) likeCount!: number;
}

export const CanteenMenuResult = ResultUnion('CanteenMenuResult', CanteenMenuType, WorkpointsError);
export const MealReservationResult = ResultUnion('MealReservationResult', MealReservationType, WorkpointsError);
export const DishCommentResult = ResultUnion('DishCommentResult', DishCommentType, WorkpointsError);
export const DishLikeResult = ResultUnion('DishLikeResult', DishLikeStateType, WorkpointsError);
