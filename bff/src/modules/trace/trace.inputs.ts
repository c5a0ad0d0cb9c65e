import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { IsFileKeyLength } from '../../core/files/file-keys';
import { ID } from '../../core/scalars';
import { CSET82 } from './gs1';
import type { RecallClass, TraceBizStep, TraceDocumentKind } from './trace.entity';
import { RecallClassEnum } from './recalls.types';
import { TraceBizStepEnum, TraceDocumentKindEnum } from './trace.types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '登记商品' })
export class RegisterProductInput {
  @Field(() => String, { description: 'GTIN-8/12/13/14' })
  @Length(8, 14, { message: 'GTIN 应为 8、12、13 或 14 位数字' })
  gtin!: string;

  @Field(() => String)
  @Length(2, 60, { message: '商品名称 2–60 个字' })
  name!: string;
}

@InputType({ description: '登记批次' })
export class RegisterBatchInput {
  @Field(() => ID)
  productId!: number;

  @Field(() => String, { description: '批号（AI 10）' })
  @Matches(CSET82, { message: '批号为 1–20 位字母、数字或常用符号' })
  lot!: string;

  @Field(() => String, { description: '生产日期 YYYY-MM-DD' })
  @Matches(DAY, { message: '生产日期格式应为 YYYY-MM-DD' })
  productionDate!: string;

  @Field(() => String, { nullable: true, description: '保质期至 YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: '保质期格式应为 YYYY-MM-DD' })
  expiryDate?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '数量至少 1' })
  @Max(10_000_000, { message: '数量最多 1000 万' })
  quantity!: number;
}

@InputType({ description: '为批次生成溯源码' })
export class IssueTraceCodesInput {
  @Field(() => ID)
  batchId!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '至少生成 1 个码' })
  @Max(10_000, { message: '一次最多生成 10000 个码' })
  count!: number;
}

@InputType({ description: '为批次附上证明文件' })
export class AttachTraceDocumentInput {
  @Field(() => ID)
  batchId!: number;

  @Field(() => TraceDocumentKindEnum)
  @IsIn(Object.values(TraceDocumentKindEnum))
  kind!: TraceDocumentKind;

  @Field(() => String, { description: '出具单位' })
  @Length(2, 60, { message: '出具单位 2–60 个字' })
  issuedBy!: string;

  @Field(() => String, { description: '出具日期 YYYY-MM-DD' })
  @Matches(DAY, { message: '出具日期格式应为 YYYY-MM-DD' })
  issuedOn!: string;

  @Field(() => Boolean)
  @IsBoolean()
  passed!: boolean;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 200, { message: '摘要最多 200 个字' })
  summary!: string;

  @Field(() => String, { nullable: true, description: '上传接口返回的照片 key' })
  @IsOptional()
  @IsFileKeyLength()
  fileKey?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 40, { message: '原产国 2–40 个字' })
  originCountry?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 40, { message: '口岸 2–40 个字' })
  entryPort?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{18}$/, { message: '报关单号是 18 位数字' })
  customsDeclarationNo?: string | null;
}

@InputType({ description: '记录溯源事件' })
export class RecordTraceEventInput {
  @Field(() => ID)
  batchId!: number;

  @Field(() => TraceBizStepEnum)
  @IsIn(Object.values(TraceBizStepEnum))
  bizStep!: TraceBizStep;

  @Field(() => Date)
  eventTime!: Date;

  @Field(() => String, { defaultValue: '+08:00' })
  @Matches(/^[+-]\d{2}:\d{2}$/, { message: '时区格式应为 +08:00' })
  timeZoneOffset!: string;

  @Field(() => String)
  @Length(2, 100, { message: '地点 2–100 个字' })
  place!: string;

  @Field(() => Int, { nullable: true, description: '发货、收货、零售的数量' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '数量至少 1' })
  quantity?: number | null;

  @Field(() => ID, { nullable: true, description: '发货：收货商家的账号' })
  counterpartyAccountId?: number | null;

  @Field(() => Float, { nullable: true, description: '冷链仓储温度（摄氏度）' })
  @IsOptional()
  @Min(-60, { message: '温度不低于 -60 ℃' })
  @Max(60, { message: '温度不高于 60 ℃' })
  temperatureCelsius?: number | null;

  @Field(() => [ID], { defaultValue: [], description: '加工：用到的原料批次' })
  @ArrayMaxSize(50, { message: '原料批次最多 50 个' })
  inputBatchIds!: number[];

  @Field(() => String, { defaultValue: '' })
  @Length(0, 200, { message: '备注最多 200 个字' })
  note!: string;
}

@InputType({ description: '登记官方抽检结果（监管人员）' })
export class RecordSamplingInput {
  @Field(() => ID)
  batchId!: number;

  @Field(() => Boolean)
  @IsBoolean()
  passed!: boolean;

  @Field(() => String, { description: '检验机构' })
  @Length(2, 60, { message: '检验机构 2–60 个字' })
  agency!: string;

  @Field(() => String, { description: '抽样日期 YYYY-MM-DD' })
  @Matches(DAY, { message: '抽样日期格式应为 YYYY-MM-DD' })
  sampledOn!: string;

  @Field(() => String, { description: '报告编号' })
  @Length(2, 40, { message: '报告编号 2–40 个字' })
  reportNo!: string;

  @Field(() => String, { description: '检验项目与结论' })
  @Length(2, 300, { message: '检验项目与结论 2–300 个字' })
  findings!: string;

  @Field(() => RecallClassEnum, { nullable: true, description: '不合格时必填：召回级别' })
  @IsOptional()
  @IsIn(Object.values(RecallClassEnum))
  recallClass?: RecallClass | null;

  @Field(() => Boolean, { defaultValue: false, description: '问题出在原料：连同原料批次及用它们加工的批次一起召回' })
  @IsBoolean()
  includeIngredients!: boolean;
}

@InputType({ description: '监管人员核查后解除疑似假冒' })
export class ClearCounterfeitFlagInput {
  @Field(() => ID)
  flagId!: number;

  @Field(() => String, { description: '核查结果：为什么不是假冒' })
  @Length(2, 200, { message: '解除理由 2–200 个字' })
  clearingNote!: string;
}
