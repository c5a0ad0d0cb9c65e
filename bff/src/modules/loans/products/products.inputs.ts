import type { CreditGradeName } from '@gongfu/shared-types/domain/credit-grades';
import type { RepaymentMethodName } from '@gongfu/shared-types/domain/loans';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsInt, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ID } from '../../../core/scalars';
import { CreditGrade, RepaymentMethod } from '../loans.types';
import { MAX_LOAN_FEN, MAX_LOAN_MONTHS } from '../schedule/quote';

@InputType({ description: '一个信用等级的年利率' })
export class LoanGradeRateInput {
  @Field(() => CreditGrade)
  grade!: CreditGradeName;

  @Field(() => String, { description: '年利率，百分之几，如 "4.35"' })
  @MaxLength(16, { message: '年利率写得太长了' })
  annualRatePercent!: string;
}

@InputType({ description: '贷款产品：新增不填 id；修改填 id 和读到的 version' })
export class SaveLoanProductInput {
  @Field(() => ID, { nullable: true })
  id?: number | null;

  @Field(() => Int, { nullable: true, description: '修改时读到的版本号，别人先改了就不覆盖' })
  version?: number | null;

  @Field(() => String)
  @Length(2, 40, { message: '产品名称 2–40 个字' })
  name!: string;

  @Field(() => Int, { description: '单笔最低金额（分）' })
  @IsInt()
  @Min(1, { message: '最低金额要大于 0' })
  @Max(MAX_LOAN_FEN, { message: '金额最多 100 万元' })
  minAmountFen!: number;

  @Field(() => Int, { description: '单笔最高金额（分）' })
  @IsInt()
  @Min(1, { message: '最高金额要大于 0' })
  @Max(MAX_LOAN_FEN, { message: '金额最多 100 万元' })
  maxAmountFen!: number;

  @Field(() => [Int], { description: '可选的期限（月）' })
  @ArrayMinSize(1, { message: '至少给一个期限' })
  @ArrayMaxSize(12, { message: '期限最多 12 种' })
  @ArrayUnique({ message: '期限不要重复' })
  @IsInt({ each: true })
  @Min(1, { each: true, message: '期限至少 1 个月' })
  @Max(MAX_LOAN_MONTHS, { each: true, message: '期限最多 360 个月' })
  termsMonths!: number[];

  @Field(() => [RepaymentMethod])
  @ArrayMinSize(1, { message: '至少给一种还款方式' })
  @ArrayUnique({ message: '还款方式不要重复' })
  methods!: RepaymentMethodName[];

  @Field(() => Int, { description: '开头最多几个月只还利息，0 为不允许' })
  @IsInt()
  @Min(0, { message: '只还利息的月数不能是负数' })
  @Max(MAX_LOAN_MONTHS - 1, { message: '只还利息的月数要少于期限' })
  maxGraceMonths!: number;

  @Field(() => CreditGrade, { description: '最低放贷等级' })
  minGrade!: CreditGradeName;

  @Field(() => [LoanGradeRateInput], { description: '各信用等级的年利率：最低等级及以上每级一个' })
  @ArrayMinSize(1, { message: '至少给一个等级的利率' })
  @ArrayMaxSize(5, { message: '信用等级只有 5 个' })
  @ValidateNested({ each: true })
  rates!: LoanGradeRateInput[];

  @Field(() => Int, { description: '每人借款上限（分）' })
  @IsInt()
  @Min(1, { message: '借款上限要大于 0' })
  @Max(MAX_LOAN_FEN, { message: '借款上限最多 100 万元' })
  exposureCapFen!: number;

  @Field(() => Boolean, { description: '在售' })
  @IsBoolean()
  active!: boolean;
}
