import { ArrayMaxSize, ArrayMinSize, IsIn, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { Meal } from './canteen.entity';
import { MealEnum } from './canteen.types';

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
