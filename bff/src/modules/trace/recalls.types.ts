import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ResultUnion } from '../../core/error-result';
import { PageOf } from '../../core/paging';
import { ID } from '../../core/scalars';
import type { RecallClass, RecallOrigin, RecallRelation, RecallStatus } from './trace.entity';
import { TraceError } from './trace.errors';

export enum RecallClassEnum {
  CLASS_I = 'CLASS_I',
  CLASS_II = 'CLASS_II',
  CLASS_III = 'CLASS_III',
}
registerEnumType(RecallClassEnum, {
  name: 'RecallClass',
  description: '一级：可能严重危害健康甚至致死 · 二级：可能危害健康 · 三级：一般不危害健康但不得销售',
});

export enum RecallOriginEnum {
  SAMPLING = 'SAMPLING',
  VOLUNTARY = 'VOLUNTARY',
}
registerEnumType(RecallOriginEnum, { name: 'RecallOrigin', description: '抽检不合格 · 生产者主动召回' });

export enum RecallStatusEnum {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(RecallStatusEnum, { name: 'RecallStatus', description: '进行中 · 已结束' });

export enum RecallRelationEnum {
  ROOT = 'ROOT',
  DOWNSTREAM = 'DOWNSTREAM',
  INGREDIENT = 'INGREDIENT',
}
registerEnumType(RecallRelationEnum, { name: 'RecallRelation', description: '问题批次 · 用它加工的下游批次 · 它的原料批次' });

@ObjectType('TraceRecall', { description: '召回' })
export class TraceRecallType {
  @Field(() => ID) id!: number;
  batchId!: number;
  @Field(() => RecallClassEnum) recallClass!: RecallClass;
  @Field(() => RecallOriginEnum) origin!: RecallOrigin;
  @Field(() => String) reason!: string;
  @Field(() => RecallStatusEnum) status!: RecallStatus;
  @Field(() => Date) openedAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '监管人员结束召回时的说明' }) closingNote!: string | null;
}

@ObjectType('RecallAffectedBatch', { description: '召回涉及的批次' })
export class RecallAffectedBatchType {
  batchId!: number;
  @Field(() => RecallRelationEnum) relation!: RecallRelation;
}

@ObjectType('RecallHolder', { description: '持有涉及批次的商家：确认收到召回，报告下架数量' })
export class RecallHolderType {
  @Field(() => ID) id!: number;
  recallId!: number;
  batchId!: number;
  merchantAccountId!: number;
  @Field(() => Date) notifiedAt!: Date;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: '已下架数量（最近一次报告）' }) quantityRemoved!: number | null;
  @Field(() => Date, { nullable: true }) reportedAt!: Date | null;
}

@ObjectType('RecallShipment', { description: '涉及批次发往哪家、多少' })
export class RecallShipmentType {
  batchId!: number;
  toAccountId!: number | null;
  @Field(() => Int) quantity!: number;
}

@ObjectType('RecallScope', { description: '召回范围：生产、发出、收到、售出、被扫' })
export class RecallScopeType {
  @Field(() => Int, { description: '涉及批次的生产总量' }) made!: number;
  @Field(() => [RecallShipmentType]) shipped!: RecallShipmentType[];
  @Field(() => Int, { description: '各收货商家登记收到的数量' }) received!: number;
  @Field(() => Int, { description: '登记的零售数量' }) sold!: number;
  @Field(() => Int, { description: '扫码次数' }) scans!: number;
  @Field(() => Int, { description: '扫过码的登录用户（已发消息提醒）' }) scanners!: number;
}

@ObjectType('RecallProgress', { description: '召回进度' })
export class RecallProgressType {
  @Field(() => Int, { description: '要通知的持有商家数' }) holders!: number;
  @Field(() => Int, { description: '已确认的' }) acknowledged!: number;
  @Field(() => Int, { description: '已下架总数' }) quantityRemoved!: number;
}

@ObjectType('ScannedTraceCode', { description: '我扫过的一个码：扫了几次，最近一次在何时何地' })
export class ScannedTraceCodeType {
  @Field(() => ID, { description: '最近一次扫码的编号' }) id!: number;
  batchId!: number;
  @Field(() => String, { nullable: true, description: '单品序号；批次码为空' }) serial!: string | null;
  @Field(() => Int, { description: '扫过几次' }) scans!: number;
  @Field(() => Date) lastScannedAt!: Date;
  @Field(() => String, { nullable: true, description: '最近一次扫码时记下的市、县' }) lastPlace!: string | null;
}

@ObjectType('TraceCode', { description: '一个单品溯源码' })
export class TraceCodeType {
  id!: number;
  batchId!: number;
  @Field(() => String) serial!: string;
}

export const TraceRecallPage = PageOf(TraceRecallType, 'TraceRecall');
export const RecallHolderPage = PageOf(RecallHolderType, 'RecallHolder');
export const ScannedTraceCodePage = PageOf(ScannedTraceCodeType, 'ScannedTraceCode');
export const TraceCodePage = PageOf(TraceCodeType, 'TraceCode');

export const OpenVoluntaryRecallResult = ResultUnion('OpenVoluntaryRecallResult', TraceRecallType, TraceError);
export const AcknowledgeRecallResult = ResultUnion('AcknowledgeRecallResult', RecallHolderType, TraceError);
export const CloseRecallResult = ResultUnion('CloseRecallResult', TraceRecallType, TraceError);
