import type { CreditGradeName } from '@gongfu/shared-types/domain/credit-grades';
import type { RepaymentMethodName } from '@gongfu/shared-types/domain/loans';
import { Field, Int, ObjectType } from 'type-graphql';
import { ResultUnion } from '../../../core/error-result';
import { ID } from '../../../core/scalars';
import { LoansError } from '../loans.errors';
import { CreditGrade, RepaymentMethod } from '../loans.types';

@ObjectType('LoanBank', { description: '放贷的银行' })
export class LoanBankType {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
}

@ObjectType('LoanGradeRate', { description: '一个信用等级的年利率' })
export class LoanGradeRateType {
  @Field(() => CreditGrade) grade!: CreditGradeName;
  @Field(() => String, { description: '年利率，百分之几，如 "4.35"' }) annualRatePercent!: string;
}

@ObjectType('LoanProduct', { description: '贷款产品（如美德贷）' })
export class LoanProductType {
  @Field(() => ID) id!: number;
  bankId!: number;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: '单笔最低金额（分）' }) minAmountFen!: number;
  @Field(() => Int, { description: '单笔最高金额（分）' }) maxAmountFen!: number;
  @Field(() => [Int], { description: '可选的期限（月），从短到长' }) termsMonths!: number[];
  @Field(() => [RepaymentMethod]) methods!: RepaymentMethodName[];
  @Field(() => Int, { description: '开头最多几个月只还利息，0 为不允许' }) maxGraceMonths!: number;
  @Field(() => CreditGrade, { description: '最低放贷等级' }) minGrade!: CreditGradeName;
  @Field(() => Int, { description: '每人借款上限（分）' }) exposureCapFen!: number;
  @Field(() => Boolean, { description: '在售' }) active!: boolean;
  @Field(() => Int, { description: '版本号，修改时带上' }) version!: number;
  @Field(() => Date) updatedAt!: Date;
}

export const LoanProductResult = ResultUnion('LoanProductResult', LoanProductType, LoansError);
