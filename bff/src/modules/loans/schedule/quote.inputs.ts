import type { RepaymentMethodName } from '@gongfu/shared-types/domain/loans';
import { MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { RepaymentMethod } from '../loans.types';

/**
 * What the calculator is asked. Only the rate's length is checked here (no decimal rate is
 * longer); every other rule is the calculator's, answered as a LoansError the client shows.
 */
@InputType({ description: '还款试算的条件' })
export class LoanQuoteInput {
  @Field(() => Int, { description: '借款金额（分）' })
  amountFen!: number;

  @Field(() => String, { description: '年利率，百分之几，写成小数，如 "4.35"' })
  @MaxLength(16, { message: '年利率写得太长了' })
  annualRatePercent!: string;

  @Field(() => Int, { description: '期限（月）' })
  months!: number;

  @Field(() => RepaymentMethod)
  method!: RepaymentMethodName;

  @Field(() => Int, { nullable: true, description: '开头只还利息的月数，不填为 0' })
  principalGraceMonths?: number | null;
}
