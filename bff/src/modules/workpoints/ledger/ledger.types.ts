import { WorkpointsError } from '../workpoints.errors';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorResult, ResultUnion } from '../../../core/error-result';
import { PageOf } from '../../../core/paging';
import { ID } from '../../../core/scalars';

export enum LedgerEntryKindEnum {
  AWARD = 'AWARD',
  DEDUCTION = 'DEDUCTION',
  REDEMPTION = 'REDEMPTION',
  PAYMENT = 'PAYMENT',
  REVERSAL = 'REVERSAL',
  SETTLEMENT = 'SETTLEMENT',
}
registerEnumType(LedgerEntryKindEnum, { name: 'LedgerEntryKind', description: '奖励 · 扣分 · 兑换 · 支付 · 冲正 · 结算' });

export enum AppealStatusEnum {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  OVERTURNED = 'OVERTURNED',
}
registerEnumType(AppealStatusEnum, { name: 'AppealStatus', description: '申诉中 · 维持扣分 · 撤销扣分' });

@ObjectType('PointsLedgerEntry', { description: '工分流水' })
export class PointsLedgerEntryType {
  @Field(() => ID) id!: number;
  @Field(() => LedgerEntryKindEnum) kind!: LedgerEntryKindEnum;
  @Field(() => Int, { description: '正数为增加，负数为减少' }) amount!: number;
  @Field(() => Int) balanceAfter!: number;
  @Field(() => String) reason!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('PointsBalance', { description: '工分余额' })
export class PointsBalanceType {
  @Field(() => Int) balance!: number;
}

@ObjectType('HouseholdMemberPoints')
export class HouseholdMemberPoints {
  @Field(() => ID) accountId!: number;
  @Field(() => String) displayName!: string;
  @Field(() => Int) balance!: number;
}

@ObjectType('HouseholdPoints', { description: '全户工分' })
export class HouseholdPoints {
  @Field(() => String) householdName!: string;
  @Field(() => Int) total!: number;
  @Field(() => [HouseholdMemberPoints]) members!: HouseholdMemberPoints[];
}

@ObjectType('Deduction', { description: '扣分记录' })
export class DeductionType {
  @Field(() => ID) id!: number;
  villagerId!: number;
  @Field(() => Int) points!: number;
  @Field(() => String) reason!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => AppealStatusEnum, { nullable: true }) appealStatus!: AppealStatusEnum | null;
  @Field(() => String, { nullable: true }) appealReason!: string | null;
  @Field(() => Date, { nullable: true }) appealedAt!: Date | null;
  @Field(() => String, { nullable: true }) appealDecisionNote!: string | null;
}

@ObjectType({ implements: ErrorResult, description: '工分不足' })
export class InsufficientPointsError extends ErrorResult {
  @Field(() => Int) balance!: number;
  @Field(() => Int) required!: number;

  static of(balance: number, required: number, message = `工分不足：需要 ${required} 分，现有 ${balance} 分`): InsufficientPointsError {
    return Object.assign(new InsufficientPointsError(), { errorCode: 'INSUFFICIENT_POINTS', message, balance, required, field: null });
  }

  /** The same refusal, naming the input that asked for too many points. */
  on(field: string): InsufficientPointsError {
    return Object.assign(this, { field });
  }
}

export const PointsLedgerEntryPage = PageOf(PointsLedgerEntryType, 'PointsLedgerEntry');

export const DeductionPage = PageOf(DeductionType, 'Deduction');

export const DeductPointsResult = ResultUnion('DeductPointsResult', DeductionType, InsufficientPointsError, WorkpointsError);
export const DeductionResult = ResultUnion('DeductionResult', DeductionType, WorkpointsError);
