import { IsBoolean, IsIn, IsInt, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ID } from '../../core/scalars';
import type { RecallClass } from './trace.entity';
import { RecallClassEnum } from './recalls.types';

@InputType({ description: '生产者主动召回' })
export class OpenVoluntaryRecallInput {
  @Field(() => ID)
  batchId!: number;

  @Field(() => RecallClassEnum)
  @IsIn(Object.values(RecallClassEnum))
  recallClass!: RecallClass;

  @Field(() => String, { description: '召回原因' })
  @Length(4, 300, { message: '召回原因 4–300 个字' })
  reason!: string;

  @Field(() => Boolean, { defaultValue: false, description: '问题出在原料：连同原料批次及用这些原料加工的批次一起召回' })
  @IsBoolean()
  includeIngredients!: boolean;
}

@InputType({ description: '持有商家确认召回并报告下架数量' })
export class AcknowledgeRecallInput {
  @Field(() => ID, { description: '召回任务（RecallHolder）的 id' })
  recallHolderId!: number;

  @Field(() => Int, { description: '已下架、封存的数量' })
  @IsInt()
  @Min(0, { message: '下架数量不能是负数' })
  @Max(10_000_000, { message: '下架数量太大' })
  quantityRemoved!: number;
}

@InputType({ description: '监管人员结束召回' })
export class CloseRecallInput {
  @Field(() => ID)
  recallId!: number;

  @Field(() => String, { description: '结束说明：下架、销毁、处置情况' })
  @Length(4, 300, { message: '结束说明 4–300 个字' })
  note!: string;
}
