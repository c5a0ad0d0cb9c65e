import { ErrorResult } from '../../../core/error-result';
import { LoansError } from '../loans.errors';
import { MAX_RATE_MICROS, parseRatePercent } from './rate';
import { repaymentSchedule, totalInterestFen } from './schedule';
import type { LoanQuoteInput } from './quote.inputs';
import { LoanQuoteType } from './quote.types';

/**
 * ¥1,000,000 over at most 360 months at no more than 24 %: then every figure of a schedule, the
 * totals too, fits GraphQL's 32-bit Int (the worst, interest only, comes to ¥8.2 million).
 */
export const MAX_LOAN_FEN = 100_000_000;
export const MAX_LOAN_MONTHS = 360;

/** A rate as the calculator and products take it, or the refusal that says what is wrong with it. */
export function rateMicrosOf(text: string, field: string): number | ErrorResult {
  const micros = parseRatePercent(text);
  if (micros === null) return LoansError.of('LOAN_RATE_INVALID', undefined, field);
  if (micros > MAX_RATE_MICROS) return LoansError.of('LOAN_RATE_TOO_HIGH', undefined, field);
  return micros;
}

/** The public calculator: a loan's whole schedule, or what is wrong with the question. */
export function quoteLoan(input: LoanQuoteInput): LoanQuoteType | ErrorResult {
  const { amountFen, months } = input;
  const graceMonths = input.principalGraceMonths ?? 0;
  if (amountFen < 1 || amountFen > MAX_LOAN_FEN) return LoansError.of('LOAN_AMOUNT_OUT_OF_RANGE', undefined, 'amountFen');
  const rateMicros = rateMicrosOf(input.annualRatePercent, 'annualRatePercent');
  if (rateMicros instanceof ErrorResult) return rateMicros;
  if (months < 1 || months > MAX_LOAN_MONTHS) return LoansError.of('LOAN_TERM_OUT_OF_RANGE', undefined, 'months');
  if (graceMonths < 0 || graceMonths >= months) return LoansError.of('LOAN_GRACE_INVALID', undefined, 'principalGraceMonths');
  const installments = repaymentSchedule({
    principalFen: amountFen,
    rateMicros,
    months,
    method: input.method,
    principalGraceMonths: graceMonths,
  });
  const totalInterest = totalInterestFen(installments);
  return Object.assign(new LoanQuoteType(), { totalInterestFen: totalInterest, totalFen: amountFen + totalInterest, installments });
}
