import { IsInt, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ID } from '../../../core/scalars';
import { IDEMPOTENCY_KEY, IDEMPOTENCY_MESSAGE } from '../idempotency-key';

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
