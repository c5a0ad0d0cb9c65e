import { IsInt, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ID } from '../../../core/scalars';
import { IDEMPOTENCY_KEY, IDEMPOTENCY_MESSAGE } from '../idempotency-key';

@InputType({ description: '商家扫码收工分' })
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

@InputType({ description: '村里与商家结算' })
export class SettleShopInput {
  @Field(() => ID)
  merchantAccountId!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '至少结算 1 工分' })
  points!: number;

  @Field(() => String)
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_MESSAGE })
  idempotencyKey!: string;
}
