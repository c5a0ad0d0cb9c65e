import { CREDIT_GRADES, gradeAtLeast, type CreditGradeName } from '@gongfu/shared-types/domain/credit-grades';
import { ErrorResult } from '../../../core/error-result';
import { LoansError } from '../loans.errors';
import { rateMicrosOf } from '../schedule/quote';
import type { SaveLoanProductInput } from './products.inputs';

/**
 * The rules a product's terms keep together (each field alone is checked by its input): it
 * lends at least its minimum up to its maximum, never above the cap per villager; grace is
 * shorter than every term; and exactly the grades from the minimum up have rates, a better grade
 * never dearer. Answers the rates by grade, or what to fix.
 */
export function checkedRates(input: SaveLoanProductInput): Map<CreditGradeName, number> | ErrorResult {
  if (input.minAmountFen > input.maxAmountFen) return LoansError.of('LOAN_PRODUCT_AMOUNTS_INVALID', undefined, 'minAmountFen');
  if (input.maxAmountFen > input.exposureCapFen) return LoansError.of('LOAN_PRODUCT_OVER_EXPOSURE_CAP', undefined, 'maxAmountFen');
  const shortest = Math.min(...input.termsMonths);
  if (input.maxGraceMonths >= shortest) {
    return LoansError.of('LOAN_GRACE_INVALID', `只还利息的月数要少于最短期限 ${shortest} 个月`, 'maxGraceMonths');
  }
  const rates = new Map<CreditGradeName, number>();
  for (const { grade, annualRatePercent } of input.rates) {
    if (rates.has(grade)) return LoansError.of('LOAN_PRODUCT_GRADE_REPEATED', `${grade} 级填了两次利率`, 'rates');
    if (!gradeAtLeast(grade, input.minGrade)) {
      return LoansError.of('LOAN_PRODUCT_RATE_BELOW_MIN_GRADE', `${grade} 级低于最低等级 ${input.minGrade}，不放贷，不用填利率`, 'rates');
    }
    const micros = rateMicrosOf(annualRatePercent, 'rates');
    if (micros instanceof ErrorResult) return micros;
    rates.set(grade, micros);
  }
  let previous = 0;
  for (const grade of CREDIT_GRADES.filter((g) => gradeAtLeast(g, input.minGrade))) {
    const micros = rates.get(grade);
    if (micros === undefined) return LoansError.of('LOAN_PRODUCT_RATE_MISSING', `请填 ${grade} 级的年利率`, 'rates');
    if (micros < previous) return LoansError.of('LOAN_PRODUCT_RATES_OUT_OF_ORDER', undefined, 'rates');
    previous = micros;
  }
  return rates;
}
