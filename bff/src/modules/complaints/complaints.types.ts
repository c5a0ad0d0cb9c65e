import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ResultUnion } from '../../core/error-result';
import { PageOf } from '../../core/paging';
import { ID } from '../../core/scalars';
import type {
  ComplaintCategory,
  ComplaintDemand,
  ComplaintParty,
  ComplaintSource,
  ComplaintStatus,
  DeclineReason,
  MediationOutcome,
  SettlementStatus,
} from './complaints.entity';
import { ComplaintError } from './complaints.errors';

/** Who takes part in a complaint: the consumer, the merchant, a regulator, or the system's clock. */
export type ComplaintPartyName = ComplaintParty;

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ComplaintStatusEnum = enumOf([
  'SUBMITTED',
  'DECLINED',
  'NEGOTIATING',
  'SETTLED',
  'MEDIATING',
  'MEDIATED',
  'WITHDRAWN',
] as const);
registerEnumType(ComplaintStatusEnum, {
  name: 'ComplaintStatus',
  description: '待受理 · 不予受理 · 协商中 · 已和解 · 调解中 · 调解结束 · 已撤回',
});
export const ComplaintDemandEnum = enumOf(['REFUND', 'REPLACEMENT', 'REPAIR', 'COMPENSATION', 'APOLOGY'] as const);
registerEnumType(ComplaintDemandEnum, { name: 'ComplaintDemand', description: '退款 · 换货 · 维修 · 赔偿 · 道歉' });
export const ComplaintCategoryEnum = enumOf(['FOOD_SAFETY', 'QUALITY', 'PRICE', 'SERVICE', 'FALSE_ADVERTISING', 'OTHER'] as const);
registerEnumType(ComplaintCategoryEnum, { name: 'ComplaintCategory', description: '食品安全 · 质量 · 价格 · 服务 · 虚假宣传 · 其他' });
export const ComplaintSourceEnum = enumOf(['SEARCH', 'SCAN', 'ORDER'] as const);
registerEnumType(ComplaintSourceEnum, { name: 'ComplaintSource', description: '搜索商家 · 扫溯源码 · 农产品订单' });
export const DeclineReasonEnum = enumOf([
  'OUTSIDE_REMIT',
  'NO_SPECIFIC_CLAIM',
  'OVER_THREE_YEARS',
  'IN_COURT',
  'ALREADY_HANDLED',
  'NOT_CONSUMER_DISPUTE',
] as const);
registerEnumType(DeclineReasonEnum, {
  name: 'DeclineReason',
  description:
    '12315 不予受理的理由：不属于市场监管职责 · 没有具体诉求或证据 · 超过三年 · 已起诉或仲裁 · 已处理过且无新情况 · 不属于消费纠纷',
});
export const MediationOutcomeEnum = enumOf(['AGREEMENT', 'FAILED', 'TERMINATED'] as const);
registerEnumType(MediationOutcomeEnum, { name: 'MediationOutcome', description: '达成调解协议 · 调解不成 · 终止调解' });
export const SettlementStatusEnum = enumOf(['PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const);
registerEnumType(SettlementStatusEnum, { name: 'SettlementStatus', description: '待答复 · 已接受 · 已拒绝 · 已撤回' });
export const ComplaintPartyEnum = enumOf(['CONSUMER', 'MERCHANT', 'REGULATOR', 'SYSTEM'] as const);
registerEnumType(ComplaintPartyEnum, { name: 'ComplaintParty', description: '消费者 · 商家 · 监管人员 · 系统' });

@ObjectType('Merchant', { description: '登记的市场主体' })
export class MerchantType {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: '统一社会信用代码' }) creditCode!: string;
  @Field(() => String) name!: string;
  @Field(() => String) address!: string;
  @Field(() => String, { description: '经营范围' }) licenceScope!: string;
  @Field(() => Boolean, { description: '在线消费纠纷解决（ODR）单位：投诉直接转给商家协商' }) odr!: boolean;
}

@ObjectType('ComplaintPerson', { description: '投诉人；商家看到的是打码后的姓名和电话' })
export class ComplaintPersonType {
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
}

@ObjectType('ComplaintMessage', { description: '协商记录里的一条' })
export class ComplaintMessageType {
  @Field(() => ID) id!: number;
  complaintId!: number;
  authorId!: number;
  @Field(() => ComplaintPartyEnum) party!: ComplaintParty;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('ComplaintSettlement', { description: '商家提出的和解方案' })
export class ComplaintSettlementType {
  @Field(() => ID) id!: number;
  complaintId!: number;
  @Field(() => ComplaintDemandEnum) remedy!: ComplaintDemand;
  @Field(() => Int, { description: '金额（分）' }) amountFen!: number;
  @Field(() => String) terms!: string;
  @Field(() => SettlementStatusEnum) status!: SettlementStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType('ComplaintAuditEntry', { description: '投诉的一次变化，双方都能看' })
export class ComplaintAuditType {
  @Field(() => ID) id!: number;
  actorId!: number | null;
  @Field(() => ComplaintPartyEnum) party!: ComplaintParty;
  @Field(() => String, { description: 'FILED、ACCEPTED、PROPOSED …' }) action!: string;
  @Field(() => ComplaintStatusEnum, { nullable: true }) fromStatus!: ComplaintStatus | null;
  @Field(() => ComplaintStatusEnum) toStatus!: ComplaintStatus;
  @Field(() => String) note!: string;
  @Field(() => Date) at!: Date;
}

@ObjectType('ComplaintDeadline', { description: '当前阶段的期限（按工作日）' })
export class ComplaintDeadlineType {
  @Field(() => String, { description: '受理 · 协商 · 调解；已结束为空字符串' }) stage!: string;
  @Field(() => Date, { nullable: true, description: '截止时间；计时暂停或已结束时为空' }) dueAt!: Date | null;
  @Field(() => Boolean, { description: '等消费者答复，计时暂停' }) paused!: boolean;
  @Field(() => Int, { nullable: true, description: '还剩几个工作日' }) workingDaysLeft!: number | null;
  @Field(() => Boolean) overdue!: boolean;
}

@ObjectType('Complaint', { description: '投诉' })
export class ComplaintType {
  @Field(() => ID) id!: number;
  consumerId!: number;
  merchantId!: number;
  @Field(() => ComplaintStatusEnum) status!: ComplaintStatus;
  @Field(() => ComplaintCategoryEnum) category!: ComplaintCategory;
  @Field(() => String, { description: '经过' }) narrative!: string;
  @Field(() => ComplaintDemandEnum) demand!: ComplaintDemand;
  @Field(() => Int, { description: '诉求金额（分）' }) amountFen!: number;
  @Field(() => ComplaintSourceEnum) source!: ComplaintSource;
  @Field(() => String, { nullable: true }) traceCode!: string | null;
  @Field(() => Date) filedAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => DeclineReasonEnum, { nullable: true }) declineReason!: DeclineReason | null;
  @Field(() => String, { nullable: true }) declineNote!: string | null;
  @Field(() => MediationOutcomeEnum, { nullable: true }) mediationOutcome!: MediationOutcome | null;
  @Field(() => String, { nullable: true }) mediationSummary!: string | null;
  @Field(() => Int, { nullable: true, description: '消费者的评价（1–5 星）' }) rating!: number | null;
  @Field(() => String, { nullable: true }) ratingComment!: string | null;
  @Field(() => Boolean, { description: '商家协商超期，已转调解' }) merchantOverdue!: boolean;
}

@ObjectType('ComplaintMonthFigure', { description: '一个月内办结的投诉' })
export class ComplaintMonthFigureType {
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Int, { description: '办结件数（和解、调解结束）' }) resolved!: number;
  @Field(() => Float, { nullable: true, description: '从投诉到办结的工作日数，中位数' }) medianWorkingDays!: number | null;
}

@ObjectType('ComplaintStats', { description: '监管看板的数字' })
export class ComplaintStatsType {
  @Field(() => ComplaintMonthFigureType) thisMonth!: ComplaintMonthFigureType;
  @Field(() => ComplaintMonthFigureType) lastMonth!: ComplaintMonthFigureType;
  @Field(() => [Int], { description: '没有录入节假日安排的年份：期限只按周末计算' }) missingCalendarYears!: number[];
}

export const MerchantPage = PageOf(MerchantType, 'Merchant');
export const ComplaintPage = PageOf(ComplaintType, 'Complaint');

export const MerchantResult = ResultUnion('MerchantResult', MerchantType, ComplaintError);
export const ComplaintResult = ResultUnion('ComplaintResult', ComplaintType, ComplaintError);
export const ComplaintMessageResult = ResultUnion('ComplaintMessageResult', ComplaintMessageType, ComplaintError);
export const ComplaintSettlementResult = ResultUnion('ComplaintSettlementResult', ComplaintSettlementType, ComplaintError);
