import { IsBoolean, IsIn, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ID } from '../../../core/scalars';
import { IDEMPOTENCY_KEY, IDEMPOTENCY_MESSAGE } from '../idempotency-key';
import type { MallItemKind } from './mall.entity';
import { MallItemKindEnum } from './mall.types';

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
