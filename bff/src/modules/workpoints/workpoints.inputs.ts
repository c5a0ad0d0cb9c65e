import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ID } from '../../core/scalars';
import { EvidenceRuleEnum, MallItemKindEnum, MealEnum } from './workpoints.types';
import type { EvidenceRule, MallItemKind, Meal } from './workpoints.entity';

/** Client-made request ids (a UUID per attempt): a retry with the same one changes nothing. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;
const IDEMPOTENCY_MESSAGE = '请求编号无效（8–64 位字母、数字、-、_）';

@InputType({ description: '发布活动' })
export class PublishActivityInput {
  @Field(() => ID)
  sceneId!: number;

  @Field(() => String)
  @Length(2, 60, { message: '活动名称 2–60 个字' })
  title!: string;

  @Field(() => String)
  @Length(0, 1000, { message: '活动说明最多 1000 个字' })
  description!: string;

  @Field(() => Int, { description: '完成并审核通过后奖励的工分' })
  @IsInt()
  @Min(1, { message: '奖励工分至少 1 分' })
  @Max(1000, { message: '奖励工分最多 1000 分' })
  points!: number;

  @Field(() => Int, { nullable: true, description: '名额；不填为不限' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '名额至少 1 人' })
  @Max(10000, { message: '名额最多 10000 人' })
  capacity?: number | null;

  @Field(() => Date)
  signupOpensAt!: Date;

  @Field(() => Date)
  signupClosesAt!: Date;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String)
  @Length(2, 100, { message: '活动地点 2–100 个字' })
  place!: string;

  @Field(() => EvidenceRuleEnum)
  @IsIn(['CHECKIN', 'PHOTO', 'CHECKIN_AND_PHOTO'])
  evidence!: EvidenceRule;
}

@InputType({ description: '修改场景' })
export class UpdateSceneInput {
  @Field(() => String)
  @Length(2, 32, { message: '场景名称 2–32 个字' })
  name!: string;

  @Field(() => String)
  @Length(0, 200, { message: '场景说明最多 200 个字' })
  description!: string;

  @Field(() => Boolean)
  @IsBoolean()
  enabled!: boolean;
}

@InputType({ description: '提交活动凭证' })
export class SubmitEvidenceInput {
  @Field(() => ID)
  participationId!: number;

  @Field(() => [String], { description: '上传接口返回的照片 key' })
  @ArrayMaxSize(9, { message: '最多 9 张照片' })
  photoKeys!: string[];

  @Field(() => String, { defaultValue: '' })
  @Length(0, 200, { message: '说明最多 200 个字' })
  note!: string;
}

@InputType({ description: '村干部为没有手机的老人代办' })
export class FileOnBehalfInput {
  @Field(() => ID)
  activityId!: number;

  @Field(() => ID, { description: '村民的账号' })
  villagerId!: number;

  @Field(() => [String])
  @ArrayMaxSize(9, { message: '最多 9 张照片' })
  photoKeys!: string[];

  @Field(() => String)
  @Length(2, 200, { message: '请写明代办情况（2–200 个字）' })
  note!: string;
}

@InputType({ description: '扣分' })
export class DeductPointsInput {
  @Field(() => ID)
  villagerId!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '扣分至少 1 分' })
  @Max(1000, { message: '一次最多扣 1000 分' })
  points!: number;

  @Field(() => String)
  @Length(2, 200, { message: '请写明扣分原因（2–200 个字）' })
  reason!: string;

  @Field(() => String)
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_MESSAGE })
  idempotencyKey!: string;
}

@InputType({ description: '商户扫码收工分' })
export class TakePointsInput {
  @Field(() => String, { description: '村民专属二维码里的内容' })
  @Length(10, 400, { message: '付款码无效，请让村民刷新后重扫' })
  code!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '至少收 1 工分' })
  @Max(100000, { message: '一次最多收 100000 工分' })
  points!: number;

  @Field(() => String)
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_MESSAGE })
  idempotencyKey!: string;
}

@InputType({ description: '村里与商户结算' })
export class SettleShopInput {
  @Field(() => ID)
  merchantId!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '至少结算 1 工分' })
  points!: number;

  @Field(() => String)
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_MESSAGE })
  idempotencyKey!: string;
}

@InputType({ description: '工分商城商品' })
export class SaveMallItemInput {
  @Field(() => ID, { nullable: true, description: '不填为新增' })
  id?: number | null;

  @Field(() => String)
  @Length(2, 40, { message: '商品名称 2–40 个字' })
  name!: string;

  @Field(() => MallItemKindEnum)
  @IsIn(['GOODS', 'PHONE_CREDIT', 'MOBILE_DATA'])
  kind!: MallItemKind;

  @Field(() => Int, { description: '话费：元；流量：MB；实物：0' })
  @IsInt()
  @Min(0)
  @Max(100000)
  faceValue!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '兑换工分至少 1 分' })
  @Max(100000, { message: '兑换工分最多 100000 分' })
  pointsPrice!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: '库存不能为负' })
  @Max(1000000, { message: '库存最多 1000000' })
  stock!: number;

  @Field(() => Boolean)
  @IsBoolean()
  active!: boolean;
}

@InputType({ description: '兑换' })
export class RedeemInput {
  @Field(() => ID)
  itemId!: number;

  @Field(() => String)
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_MESSAGE })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: '话费、流量充值到的手机号' })
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$/, { message: '请输入正确的 11 位手机号' })
  phone?: string | null;
}

@InputType()
export class DishInput {
  @Field(() => MealEnum)
  @IsIn(['LUNCH', 'DINNER'])
  meal!: Meal;

  @Field(() => String)
  @Length(1, 40, { message: '菜名 1–40 个字' })
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 200, { message: '菜品说明最多 200 个字' })
  description!: string;
}

@InputType({ description: '发布老年食堂菜单' })
export class PublishMenuInput {
  @Field(() => String, { description: '供餐日期 YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
  serviceDate!: string;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 200, { message: '备注最多 200 个字' })
  note!: string;

  @Field(() => [DishInput])
  @ArrayMinSize(1, { message: '菜单至少要有一道菜' })
  @ArrayMaxSize(20, { message: '一天最多 20 道菜' })
  @ValidateNested({ each: true })
  dishes!: DishInput[];
}
