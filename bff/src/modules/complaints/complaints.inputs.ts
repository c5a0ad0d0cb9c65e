import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IsFileKeyLength } from '../../core/files/file-keys';
import { ID } from '../../core/scalars';
import type { ComplaintCategory, ComplaintDemand, ComplaintSource, DeclineReason, MediationOutcome } from './complaints.entity';
import {
  ComplaintCategoryEnum,
  ComplaintDemandEnum,
  ComplaintSourceEnum,
  DeclineReasonEnum,
  MediationOutcomeEnum,
} from './complaints.types';

/** 1 亿 fen: no consumer dispute handled here is larger. */
const MAX_FEN = 100_000_000;

@InputType({ description: '登记商家' })
export class RegisterMerchantInput {
  @Field(() => String, { description: '统一社会信用代码（18 位）' })
  @Length(18, 18, { message: '统一社会信用代码是 18 位' })
  creditCode!: string;

  @Field(() => String)
  @Length(2, 80, { message: '商家名称 2–80 个字' })
  name!: string;

  @Field(() => String)
  @Length(4, 120, { message: '地址 4–120 个字' })
  address!: string;

  @Field(() => String, { description: '经营范围' })
  @Length(2, 300, { message: '经营范围 2–300 个字' })
  licenceScope!: string;

  @Field(() => Boolean, { description: '加入在线消费纠纷解决（ODR），承诺 10 个工作日内直接协商' })
  @IsBoolean()
  odr!: boolean;
}

@InputType()
export class SetMerchantOdrInput {
  @Field(() => ID)
  merchantId!: number;

  @Field(() => Boolean)
  @IsBoolean()
  odr!: boolean;
}

@InputType({ description: '消费者投诉' })
export class FileComplaintInput {
  @Field(() => ID)
  merchantId!: number;

  @Field(() => ComplaintCategoryEnum)
  @IsIn(Object.values(ComplaintCategoryEnum))
  category!: ComplaintCategory;

  @Field(() => String, { description: '经过：什么时候、买了什么、出了什么问题' })
  @Length(10, 1000, { message: '请用 10–1000 个字说清楚经过' })
  narrative!: string;

  @Field(() => ComplaintDemandEnum)
  @IsIn(Object.values(ComplaintDemandEnum))
  demand!: ComplaintDemand;

  @Field(() => Int, { description: '诉求金额（分）；道歉为 0' })
  @IsInt()
  @Min(0, { message: '金额不能是负数' })
  @Max(MAX_FEN, { message: '金额太大' })
  amountFen!: number;

  @Field(() => [String], { defaultValue: [], description: '证据照片（上传接口返回的 key）' })
  @ArrayMaxSize(6, { message: '证据照片最多 6 张' })
  @IsFileKeyLength()
  evidence!: string[];

  @Field(() => ComplaintSourceEnum)
  @IsIn(Object.values(ComplaintSourceEnum))
  source!: ComplaintSource;

  @Field(() => String, { nullable: true, description: '从扫码投诉时的溯源码' })
  @IsOptional()
  @Length(1, 200, { message: '溯源码太长' })
  traceCode?: string | null;

  @Field(() => String, { description: '每次填写投诉生成一个，重复提交只算一次' })
  @Matches(/^[\w-]{8,64}$/, { message: '提交编号无效，请重新打开页面' })
  idempotencyKey!: string;
}

@InputType()
export class AcceptComplaintInput {
  @Field(() => ID)
  complaintId!: number;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 300, { message: '说明最多 300 个字' })
  note!: string;
}

@InputType()
export class DeclineComplaintInput {
  @Field(() => ID)
  complaintId!: number;

  @Field(() => DeclineReasonEnum)
  @IsIn(Object.values(DeclineReasonEnum))
  reason!: DeclineReason;

  @Field(() => String, { description: '告知消费者的说明' })
  @Length(4, 300, { message: '说明 4–300 个字' })
  note!: string;
}

@InputType()
export class PostComplaintMessageInput {
  @Field(() => ID)
  complaintId!: number;

  @Field(() => String)
  @Length(1, 1000, { message: '留言 1–1000 个字' })
  body!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(6, { message: '照片最多 6 张' })
  @IsFileKeyLength()
  attachments!: string[];
}

@InputType()
export class ProposeSettlementInput {
  @Field(() => ID)
  complaintId!: number;

  @Field(() => ComplaintDemandEnum)
  @IsIn(Object.values(ComplaintDemandEnum))
  remedy!: ComplaintDemand;

  @Field(() => Int, { description: '金额（分）' })
  @IsInt()
  @Min(0, { message: '金额不能是负数' })
  @Max(MAX_FEN, { message: '金额太大' })
  amountFen!: number;

  @Field(() => String, { description: '怎么做、什么时候做到' })
  @Length(4, 300, { message: '方案说明 4–300 个字' })
  terms!: string;
}

@InputType()
export class RespondToSettlementInput {
  @Field(() => ID)
  settlementId!: number;

  @Field(() => Boolean)
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 300, { message: '说明最多 300 个字' })
  note!: string;
}

@InputType()
export class RequestMediationInput {
  @Field(() => ID)
  complaintId!: number;

  @Field(() => String)
  @Length(2, 300, { message: '请说明为什么要调解（2–300 个字）' })
  note!: string;
}

@InputType()
export class RecordMediationInput {
  @Field(() => ID)
  complaintId!: number;

  @Field(() => MediationOutcomeEnum)
  @IsIn(Object.values(MediationOutcomeEnum))
  outcome!: MediationOutcome;

  @Field(() => String)
  @Length(4, 500, { message: '调解情况 4–500 个字' })
  summary!: string;

  @Field(() => Boolean, { description: '结果是否支持消费者的诉求' })
  @IsBoolean()
  inConsumersFavour!: boolean;
}

@InputType()
export class RateComplaintInput {
  @Field(() => ID)
  complaintId!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '评价 1–5 星' })
  @Max(5, { message: '评价 1–5 星' })
  stars!: number;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 300, { message: '评价最多 300 个字' })
  comment!: string;
}

@InputType()
export class WithdrawComplaintInput {
  @Field(() => ID)
  complaintId!: number;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 300, { message: '说明最多 300 个字' })
  note!: string;
}
