import { WorkpointsError } from '../workpoints.errors';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorResult, ResultUnion } from '../../../core/error-result';
import { PageOf } from '../../../core/paging';
import { InsufficientPointsError } from '../ledger/ledger.types';
import { ID } from '../../../core/scalars';

export enum MallItemKindEnum {
  GOODS = 'GOODS',
  PHONE_CREDIT = 'PHONE_CREDIT',
  MOBILE_DATA = 'MOBILE_DATA',
}
registerEnumType(MallItemKindEnum, { name: 'MallItemKind', description: '实物 · 话费 · 流量' });

export enum RedemptionStatusEnum {
  AWAITING_PICKUP = 'AWAITING_PICKUP',
  COLLECTED = 'COLLECTED',
  TOPUP_PENDING = 'TOPUP_PENDING',
  TOPUP_DONE = 'TOPUP_DONE',
  TOPUP_FAILED = 'TOPUP_FAILED',
}
registerEnumType(RedemptionStatusEnum, {
  name: 'RedemptionStatus',
  description: '待领取 · 已领取 · 充值中 · 已到账 · 充值失败（已退回工分）',
});

@ObjectType({ implements: ErrorResult, description: '库存不足' })
export class OutOfStockError extends ErrorResult {}

@ObjectType('MallItem', { description: '工分商城商品' })
export class MallItemType {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => MallItemKindEnum) kind!: MallItemKindEnum;
  @Field(() => Int) faceValue!: number;
  @Field(() => Int) pointsPrice!: number;
  @Field(() => Int) stock!: number;
  @Field(() => Boolean) active!: boolean;
}

@ObjectType('Redemption', { description: '兑换记录' })
export class RedemptionType {
  @Field(() => ID) id!: number;
  itemId!: number;
  villagerId!: number;
  @Field(() => Int) points!: number;
  @Field(() => RedemptionStatusEnum) status!: RedemptionStatusEnum;
  @Field(() => String, { nullable: true, description: '实物取货码' }) pickupCode!: string | null;
  @Field(() => String, { nullable: true }) topupFailure!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) collectedAt!: Date | null;
}

export const RedeemResult = ResultUnion('RedeemResult', RedemptionType, InsufficientPointsError, OutOfStockError, WorkpointsError);
export const MallItemResult = ResultUnion('MallItemResult', MallItemType, WorkpointsError);
export const RedemptionResult = ResultUnion('RedemptionResult', RedemptionType, WorkpointsError);

export const RedemptionPage = PageOf(RedemptionType, 'Redemption');
