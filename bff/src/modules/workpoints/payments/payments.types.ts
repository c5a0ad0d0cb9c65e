import { InsufficientPointsError } from '../ledger/ledger.types';
import { WorkpointsError } from '../workpoints.errors';
import { Field, Int, ObjectType } from 'type-graphql';
import { ErrorResult, ResultUnion } from '../../../core/error-result';
import { PageOf } from '../../../core/paging';
import { ID } from '../../../core/scalars';

@ObjectType({ description: '专属付款二维码' })
export class PaymentCode {
  @Field(() => String, { description: '二维码内容' }) code!: string;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType('PointsPayment', { description: '工分支付' })
export class PointsPaymentType {
  @Field(() => ID) id!: number;
  payerId!: number;
  merchantAccountId!: number;
  @Field(() => Int) points!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ implements: ErrorResult, description: '付款码无效、过期或已用' })
export class PaymentCodeError extends ErrorResult {}

export const TakePointsResult = ResultUnion(
  'TakePointsResult',
  PointsPaymentType,
  PaymentCodeError,
  InsufficientPointsError,
  WorkpointsError,
);

@ObjectType('ShopPointsBalance', { description: '商家工分余额（待结算）' })
export class ShopPointsBalance {
  @Field(() => ID) merchantAccountId!: number;
  @Field(() => Int) balance!: number;
}

@ObjectType('PointsSettlement', { description: '商家结算' })
export class PointsSettlementType {
  @Field(() => ID) id!: number;
  merchantAccountId!: number;
  @Field(() => Int) points!: number;
  @Field(() => Int) fenPerPoint!: number;
  @Field(() => Int, { description: '结算金额（分）' }) amountFen!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('PointsRate', { description: '工分兑付标准' })
export class PointsRate {
  @Field(() => Int, { description: '每 1 工分兑付多少分钱' }) fenPerPoint!: number;
}

export const SetPointsRateResult = ResultUnion('SetPointsRateResult', PointsRate, WorkpointsError);
export const SettleShopPointsResult = ResultUnion('SettleShopPointsResult', PointsSettlementType, InsufficientPointsError, WorkpointsError);

export const PointsPaymentPage = PageOf(PointsPaymentType, 'PointsPayment');

export const PointsSettlementPage = PageOf(PointsSettlementType, 'PointsSettlement');
