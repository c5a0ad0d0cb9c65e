import { Field, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ID } from '../../core/scalars';
import { ErrorResult } from '../../core/error-result';
import { PageOf } from '../../core/paging';

export enum WorkpointsModuleEnum {
  ECOLOGY = 'ECOLOGY',
  GOVERNANCE = 'GOVERNANCE',
  PARTY_CULTURE = 'PARTY_CULTURE',
  BEAUTIFUL_HOME = 'BEAUTIFUL_HOME',
}
registerEnumType(WorkpointsModuleEnum, {
  name: 'WorkpointsModule',
  description: '工分宝四大模块',
  valuesConfig: {
    ECOLOGY: { description: '生态环境' },
    GOVERNANCE: { description: '乡村治理' },
    PARTY_CULTURE: { description: '党建文化' },
    BEAUTIFUL_HOME: { description: '美丽家园' },
  },
});

export enum EvidenceRuleEnum {
  CHECKIN = 'CHECKIN',
  PHOTO = 'PHOTO',
  CHECKIN_AND_PHOTO = 'CHECKIN_AND_PHOTO',
}
registerEnumType(EvidenceRuleEnum, {
  name: 'EvidenceRule',
  description: '活动凭证要求',
  valuesConfig: {
    CHECKIN: { description: '现场扫码签到' },
    PHOTO: { description: '上传照片' },
    CHECKIN_AND_PHOTO: { description: '签到并上传照片' },
  },
});

export enum ParticipationStatusEnum {
  SIGNED_UP = 'SIGNED_UP',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ParticipationStatusEnum, { name: 'ParticipationStatus', description: '已报名 · 待审核 · 已通过 · 未通过' });

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
registerEnumType(RedemptionStatusEnum, { name: 'RedemptionStatus', description: '待领取 · 已领取 · 充值中 · 已到账 · 充值失败（已退回工分）' });

export enum MealEnum {
  LUNCH = 'LUNCH',
  DINNER = 'DINNER',
}
registerEnumType(MealEnum, { name: 'Meal', description: '午餐 · 晚餐' });

@ObjectType('Scene', { description: '场景' })
export class SceneType {
  @Field(() => ID) id!: number;
  @Field(() => String) code!: string;
  @Field(() => WorkpointsModuleEnum) module!: WorkpointsModuleEnum;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean) enabled!: boolean;
}

@ObjectType('Activity', { description: '工分活动' })
export class ActivityType {
  @Field(() => ID) id!: number;
  villageId!: number;
  sceneId!: number;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => Int) points!: number;
  @Field(() => Int, { nullable: true, description: '名额；空为不限' }) capacity!: number | null;
  @Field(() => Int) signupCount!: number;
  @Field(() => Date) signupOpensAt!: Date;
  @Field(() => Date) signupClosesAt!: Date;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String) place!: string;
  @Field(() => EvidenceRuleEnum) evidence!: EvidenceRuleEnum;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
}

@ObjectType('Participation', { description: '活动参与记录' })
export class ParticipationType {
  @Field(() => ID) id!: number;
  activityId!: number;
  villagerId!: number;
  @Field(() => ParticipationStatusEnum) status!: ParticipationStatusEnum;
  @Field(() => Date, { nullable: true }) checkedInAt!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String) note!: string;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '未通过的原因，村民可见' }) rejectReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}

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

@ObjectType({ description: '专属付款二维码' })
export class PaymentCode {
  @Field(() => String, { description: '二维码内容' }) code!: string;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType('PointsPayment', { description: '工分支付' })
export class PointsPaymentType {
  @Field(() => ID) id!: number;
  payerId!: number;
  merchantId!: number;
  @Field(() => Int) points!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ implements: ErrorResult, description: '付款码无效、过期或已用' })
export class PaymentCodeError extends ErrorResult {}

@ObjectType({ implements: ErrorResult, description: '工分不足' })
export class InsufficientPointsError extends ErrorResult {
  @Field(() => Int) balance!: number;
  @Field(() => Int) required!: number;

  static of(balance: number, required: number, message: string): InsufficientPointsError {
    return Object.assign(new InsufficientPointsError(), { errorCode: 'INSUFFICIENT_POINTS', message, balance, required });
  }
}

@ObjectType({ implements: ErrorResult, description: '库存不足' })
export class OutOfStockError extends ErrorResult {}

export const TakePointsResult = createUnionType({
  name: 'TakePointsResult',
  types: () => [PointsPaymentType, PaymentCodeError, InsufficientPointsError] as const,
});

@ObjectType('ShopPointsBalance', { description: '商户工分余额（待结算）' })
export class ShopPointsBalance {
  @Field(() => ID) merchantId!: number;
  @Field(() => Int) balance!: number;
}

@ObjectType('PointsSettlement', { description: '商户结算' })
export class PointsSettlementType {
  @Field(() => ID) id!: number;
  merchantId!: number;
  @Field(() => Int) points!: number;
  @Field(() => Int) fenPerPoint!: number;
  @Field(() => Int, { description: '结算金额（分）' }) amountFen!: number;
  @Field(() => Date) createdAt!: Date;
}

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

export const RedeemResult = createUnionType({
  name: 'RedeemResult',
  types: () => [RedemptionType, InsufficientPointsError, OutOfStockError] as const,
});

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

export const ActivityPage = PageOf(ActivityType, 'Activity');
export const ParticipationPage = PageOf(ParticipationType, 'Participation');
export const PointsLedgerEntryPage = PageOf(PointsLedgerEntryType, 'PointsLedgerEntry');
export const DeductionPage = PageOf(DeductionType, 'Deduction');
export const PointsPaymentPage = PageOf(PointsPaymentType, 'PointsPayment');
export const PointsSettlementPage = PageOf(PointsSettlementType, 'PointsSettlement');
export const RedemptionPage = PageOf(RedemptionType, 'Redemption');
export const CanteenMenuPage = PageOf(CanteenMenuType, 'CanteenMenu');
