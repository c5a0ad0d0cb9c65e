import { Arg, Query, Resolver } from 'type-graphql';
import { Public } from '../../../core/guards';
import { LoanQuoteInput } from './quote.inputs';
import { quoteLoan } from './quote';
import { LoanQuoteResult } from './quote.types';

@Resolver()
export class LoanQuoteResolver {
  @Query(() => LoanQuoteResult, { description: '还款试算（不用登录）：金额、年利率、期限和还款方式，得出每期还款和利息合计' })
  @Public()
  loanQuote(@Arg('input', () => LoanQuoteInput) input: LoanQuoteInput) {
    return quoteLoan(input);
  }
}
