import { Field, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ErrorResult, ResultUnion } from '../../core/error-result';
import { PageOf } from '../../core/paging';
import { ID } from '../../core/scalars';
import { TraceRecallType } from './recalls.types';
import { TraceError } from './trace.errors';

export enum TraceDocumentKindEnum {
  CERTIFICATE_OF_CONFORMITY = 'CERTIFICATE_OF_CONFORMITY',
  SELF_INSPECTION = 'SELF_INSPECTION',
  IMPORT_QUARANTINE = 'IMPORT_QUARANTINE',
  DISINFECTION = 'DISINFECTION',
  NUCLEIC_ACID = 'NUCLEIC_ACID',
}
registerEnumType(TraceDocumentKindEnum, {
  name: 'TraceDocumentKind',
  description: '合格证 · 自检报告 · 入境检疫证明 · 消毒证明 · 核酸检测报告',
});

export enum TraceBizStepEnum {
  COMMISSIONING = 'COMMISSIONING',
  PRODUCING = 'PRODUCING',
  PROCESSING = 'PROCESSING',
  PACKING = 'PACKING',
  SHIPPING = 'SHIPPING',
  RECEIVING = 'RECEIVING',
  STORING = 'STORING',
  RETAIL_SELLING = 'RETAIL_SELLING',
}
registerEnumType(TraceBizStepEnum, {
  name: 'TraceBizStep',
  description: '赋码 · 生产 · 加工 · 包装 · 发货 · 收货 · 仓储 · 零售',
});

@ObjectType('TraceBusiness', {
  description: '溯源链上的商家：登记的市场主体，只有名称、所在区县和统一社会信用代码，不含任何个人信息',
})
export class TraceBusinessType {
  @Field(() => String, { description: '登记名称' }) name!: string;
  @Field(() => String, { nullable: true, description: '所在区县，如 杭州市萧山区（从登记地址得出）' }) district!: string | null;
  @Field(() => String, { description: '统一社会信用代码' }) creditCode!: string;
}

@ObjectType('TraceSerialRange', { description: '一次赋码签发的单品序号，首尾都含' })
export class TraceSerialRangeType {
  @Field(() => String) first!: string;
  @Field(() => String) last!: string;
}

@ObjectType('TraceEvent', { description: '溯源事件（EPCIS：何物、何时、何地、为何）' })
export class TraceEventType {
  @Field(() => ID) id!: number;
  batchId!: number;
  @Field(() => TraceBizStepEnum) bizStep!: TraceBizStepEnum;
  @Field(() => Date) eventTime!: Date;
  @Field(() => String, { description: '时区，如 +08:00' }) timeZoneOffset!: string;
  @Field(() => String) place!: string;
  @Field(() => Int, { nullable: true }) quantity!: number | null;
  @Field(() => String) note!: string;
  counterpartyAccountId!: number | null;
  recordedBy!: number;
  temperatureTenths!: number | null;
  firstSerial!: string | null;
  lastSerial!: string | null;
}

@ObjectType('TraceDocument', { description: '批次的证明文件' })
export class TraceDocumentType {
  @Field(() => ID) id!: number;
  @Field(() => TraceDocumentKindEnum) kind!: TraceDocumentKindEnum;
  @Field(() => String) issuedBy!: string;
  @Field(() => String) issuedOn!: string;
  @Field(() => Boolean, { description: '结论是否合格' }) passed!: boolean;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true, description: '原产国（进口食品）' }) originCountry!: string | null;
  @Field(() => String, { nullable: true, description: '入境口岸' }) entryPort!: string | null;
  @Field(() => String, { nullable: true, description: '报关单号' }) customsDeclarationNo!: string | null;
  fileKey!: string | null;
}

@ObjectType('TraceSampling', { description: '官方抽检结果' })
export class TraceSamplingType {
  @Field(() => ID) id!: number;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => String) agency!: string;
  @Field(() => String) sampledOn!: string;
  @Field(() => String) reportNo!: string;
  @Field(() => String) findings!: string;
  recallId!: number | null;
}

@ObjectType('TraceCounterfeitFlag', { description: '疑似假冒：未签发的单品码，或被异常多的人、在相隔很远的市扫过' })
export class TraceCounterfeitFlagType {
  @Field(() => ID) id!: number;
  batchId!: number;
  @Field(() => String) serial!: string;
  @Field(() => String) reason!: string;
  @Field(() => Date) flaggedAt!: Date;
  @Field(() => Date, { nullable: true, description: '监管人员核查后解除的时间' }) clearedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '解除的理由' }) clearingNote!: string | null;
}

@ObjectType('TraceProduct', { description: '溯源商品' })
export class TraceProductType {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: 'GTIN-14' }) gtin!: string;
  @Field(() => String) name!: string;
  merchantAccountId!: number;
}

@ObjectType('TraceBatch', { description: '批次' })
export class TraceBatchType {
  @Field(() => ID) id!: number;
  productId!: number;
  @Field(() => String) lot!: string;
  @Field(() => String) productionDate!: string;
  @Field(() => String, { nullable: true }) expiryDate!: string | null;
  @Field(() => Int) quantity!: number;
  producerAccountId!: number;
}

@ObjectType({ description: '生成的溯源码' })
export class IssuedTraceCodes {
  @Field(() => Int) issued!: number;
  @Field(() => String) firstSerial!: string;
  @Field(() => String) lastSerial!: string;
  @Field(() => String, { description: '第一个码的 GS1 Digital Link' }) firstLink!: string;
}

@ObjectType({ description: '扫码结果' })
export class TraceScan {
  @Field(() => String, { description: '这个码的 GS1 Digital Link' }) link!: string;
  @Field(() => TraceProductType) product!: TraceProductType;
  @Field(() => TraceBatchType, { nullable: true }) batch!: TraceBatchType | null;
  @Field(() => String, { nullable: true, description: '序列号（AI 21）' }) serial!: string | null;
  @Field(() => Boolean, { description: '序列号是否由该批次签发；未签发的码可能是假冒' }) serialIssued!: boolean;
  @Field(() => [TraceDocumentType], { description: '该批次的证明文件' }) documents!: TraceDocumentType[];
  @Field(() => [TraceEventType], { description: '前世今生：该批次的事件，按时间先后' }) events!: TraceEventType[];
  @Field(() => [TraceSamplingType], { description: '官方抽检结果，不合格的在前' }) samplings!: TraceSamplingType[];
  @Field(() => [TraceRecallType], { description: '涉及该批次的召回，进行中的在前；要最先、用红色显示' }) recalls!: TraceRecallType[];
  @Field(() => String, {
    nullable: true,
    description: '可能是假冒的原因：序号未签发，或被异常多的人、被不同的人在相隔很远的市扫过（监管人员核查解除后为空）',
  })
  counterfeitWarning!: string | null;
}

@ObjectType({ implements: ErrorResult, description: '无法识别的码：校验位不对、商品或批次不存在' })
export class InvalidTraceCode extends ErrorResult {}

export const TraceCounterfeitFlagPage = PageOf(TraceCounterfeitFlagType, 'TraceCounterfeitFlag');
export const TraceBatchPage = PageOf(TraceBatchType, 'TraceBatch');

export const ScanResult = createUnionType({
  name: 'ScanResult',
  types: () => [TraceScan, InvalidTraceCode] as const,
});

export const RegisterTraceProductResult = ResultUnion('RegisterTraceProductResult', TraceProductType, TraceError);
export const RegisterTraceBatchResult = ResultUnion('RegisterTraceBatchResult', TraceBatchType, TraceError);
export const IssueTraceCodesResult = ResultUnion('IssueTraceCodesResult', IssuedTraceCodes, TraceError);
export const AttachTraceDocumentResult = ResultUnion('AttachTraceDocumentResult', TraceDocumentType, TraceError);
export const RecordTraceEventResult = ResultUnion('RecordTraceEventResult', TraceEventType, TraceError);
export const RecordSamplingResult = ResultUnion('RecordSamplingResult', TraceSamplingType, TraceError);
export const ClearCounterfeitFlagResult = ResultUnion('ClearCounterfeitFlagResult', TraceCounterfeitFlagType, TraceError);
