import { Field, Int, ObjectType } from 'type-graphql';
import { ResultUnion } from '../../../core/error-result';
import { LoansError } from '../loans.errors';

@ObjectType('LoanQuoteInstallment', { description: '还款计划的一期' })
export class LoanQuoteInstallmentType {
  @Field(() => Int, { description: '第几期，从 1 起' }) number!: number;
  @Field(() => Int, { description: '本期还本金（分）' }) principalFen!: number;
  @Field(() => Int, { description: '本期利息（分）' }) interestFen!: number;
  @Field(() => Int, { description: '本期共还（分）' }) totalFen!: number;
  @Field(() => Int, { description: '还完本期后剩余本金（分）' }) balanceAfterFen!: number;
}

@ObjectType('LoanQuote', { description: '还款试算：每期还多少，一共多少利息' })
export class LoanQuoteType {
  @Field(() => Int, { description: '利息合计（分）' }) totalInterestFen!: number;
  @Field(() => Int, { description: '本息合计（分）' }) totalFen!: number;
  @Field(() => [LoanQuoteInstallmentType]) installments!: LoanQuoteInstallmentType[];
}

export const LoanQuoteResult = ResultUnion('LoanQuoteResult', LoanQuoteType, LoansError);
