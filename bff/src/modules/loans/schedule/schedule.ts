import { Decimal } from 'decimal.js';
import type { RepaymentMethodName } from '@gongfu/shared-types/domain/loans';
import { daysBetween } from '../../../core/china-time';
import { dueDate } from './due-dates';

/**
 * Repayment schedules by Apache Fineract's rules with the interest period equal to the repayment
 * period: each period's interest is the balance × annual rate / 12, rounded half up to the fen;
 * the level instalment (等额本息) or principal (等额本金) is rounded to the fen; the last
 * instalment takes what remains. Amounts go in and come out as integers of fen; the rate
 * arithmetic between is exact decimal (decimal.js at 40 digits: (1 + r)^-n over 360 months keeps
 * every fen).
 */
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Rates are kept in millionths of one a year; a month's rate is a twelfth of that. */
const MICROS_PER_MONTH = 12_000_000;

function toFen(value: Decimal): number {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

export interface Instalment {
  number: number;
  principalFen: number;
  interestFen: number;
  totalFen: number;
  /** The principal still owed once this instalment is paid. */
  balanceAfterFen: number;
}

/** What is left to amortise from one instalment on: a new loan, or what a part prepayment leaves. */
export interface Amortisation {
  balanceFen: number;
  rateMicros: number;
  method: RepaymentMethodName;
  /** How many instalments remain. */
  periods: number;
  /** How many of those, at the start, pay interest only (principal grace). */
  gracePeriods: number;
  /** The number of the first of them. */
  firstNumber: number;
}

/** A period's interest on a balance: balance × annual rate / 12, half up to the fen. */
export function periodInterestFen(balanceFen: number, rateMicros: number): number {
  return toFen(new Exact(balanceFen).mul(rateMicros).div(MICROS_PER_MONTH));
}

/** The level instalment that pays off a balance over some months: B·r / (1 − (1 + r)^−n), to the fen. */
function levelInstalmentFen(balanceFen: number, rateMicros: number, months: number): number {
  if (rateMicros === 0) return toFen(new Exact(balanceFen).div(months));
  const r = new Exact(rateMicros).div(MICROS_PER_MONTH);
  return toFen(new Exact(balanceFen).mul(r).div(new Exact(1).minus(r.plus(1).pow(-months))));
}

/**
 * The instalments that repay a balance: interest only through the grace periods, then by the
 * method over the periods left. For a tiny balance over a long term, rounding could make an
 * instalment's principal negative or more than is owed; it is held within 0 … the balance, so no
 * balance ever goes below zero, and the last instalment still takes what remains.
 */
export function amortise(plan: Amortisation): Instalment[] {
  const { rateMicros, method, periods, gracePeriods, firstNumber } = plan;
  if (!(periods >= 1 && gracePeriods >= 0 && gracePeriods < periods))
    throw new RangeError(`cannot amortise ${periods} periods with ${gracePeriods} of grace`);
  const amortising = periods - gracePeriods;
  const level =
    method === 'EQUAL_INSTALLMENTS'
      ? levelInstalmentFen(plan.balanceFen, rateMicros, amortising)
      : method === 'EQUAL_PRINCIPAL'
        ? toFen(new Exact(plan.balanceFen).div(amortising))
        : 0;
  let balance = plan.balanceFen;
  const instalments: Instalment[] = [];
  for (let i = 0; i < periods; i++) {
    const interestFen = periodInterestFen(balance, rateMicros);
    let principalFen: number;
    if (i === periods - 1) principalFen = balance;
    else if (i < gracePeriods || method === 'INTEREST_ONLY') principalFen = 0;
    else if (method === 'EQUAL_INSTALLMENTS') principalFen = Math.min(Math.max(level - interestFen, 0), balance);
    else principalFen = Math.min(level, balance);
    balance -= principalFen;
    instalments.push({
      number: firstNumber + i,
      principalFen,
      interestFen,
      totalFen: principalFen + interestFen,
      balanceAfterFen: balance,
    });
  }
  return instalments;
}

export interface LoanTerms {
  principalFen: number;
  rateMicros: number;
  months: number;
  method: RepaymentMethodName;
  /** Interest only for this many months at the start; the method runs over the rest. */
  principalGraceMonths: number;
}

/** A new loan's whole schedule. */
export function repaymentSchedule(terms: LoanTerms): Instalment[] {
  return amortise({
    balanceFen: terms.principalFen,
    rateMicros: terms.rateMicros,
    method: terms.method,
    periods: terms.months,
    gracePeriods: terms.principalGraceMonths,
    firstNumber: 1,
  });
}

export function totalInterestFen(instalments: readonly Instalment[]): number {
  return instalments.reduce((sum, i) => sum + i.interestFen, 0);
}

/** A disbursed loan as it stands: instalments before `nextNumber` are paid, the rest are not. */
export interface OpenLoan extends LoanTerms {
  disbursedOn: string;
  /** The first unpaid instalment. */
  nextNumber: number;
  /** The principal owed now (after every paid instalment and earlier prepayments). */
  balanceFen: number;
}

/**
 * Interest to a day within the period of instalment `number`: the period's interest on the
 * balance, in proportion to the actual days elapsed of the actual days in the period. This is
 * Fineract's progressive rate factor with 30-day months in a 360-day year (a whole period is
 * exactly rate / 12, as above; a part of one is pro rata by actual days), so interest to a due
 * date is that instalment's interest and never more. Actual/365 would charge a 31-day month more
 * than its own instalment does; actual/360 (the PBOC's daily rate) more still.
 */
export function interestToDateFen(loan: OpenLoan, balanceFen: number, on: string): number {
  const from = dueDate(loan.disbursedOn, loan.nextNumber - 1);
  const to = dueDate(loan.disbursedOn, loan.nextNumber);
  if (on > to) throw new RangeError(`instalment ${loan.nextNumber} fell due on ${to}: settle it before repaying early on ${on}`);
  // Paid before its period began (the instalment before it paid early): the principal owed nothing yet.
  const elapsed = Math.max(daysBetween(from, on), 0);
  return toFen(new Exact(balanceFen).mul(loan.rateMicros).div(MICROS_PER_MONTH).mul(elapsed).div(daysBetween(from, to)));
}

/**
 * Part of the principal paid back early on a day: interest to that day on the part repaid, and
 * the remaining instalments recomputed on what is left over the same remaining term (the same
 * due dates; grace months not yet run stay grace months).
 */
export function prepayInPart(loan: OpenLoan, principalFen: number, on: string): { interestFen: number; instalments: Instalment[] } {
  if (!(principalFen > 0 && principalFen < loan.balanceFen))
    throw new RangeError(`a part prepayment is more than 0 and less than ${loan.balanceFen} fen`);
  return {
    interestFen: interestToDateFen(loan, principalFen, on),
    instalments: amortise({
      balanceFen: loan.balanceFen - principalFen,
      rateMicros: loan.rateMicros,
      method: loan.method,
      periods: loan.months - loan.nextNumber + 1,
      gracePeriods: Math.max(loan.principalGraceMonths - loan.nextNumber + 1, 0),
      firstNumber: loan.nextNumber,
    }),
  };
}

/** The whole loan paid off on a day: the principal owed and the interest to that day. */
export function prepayInFull(loan: OpenLoan, on: string): { principalFen: number; interestFen: number; totalFen: number } {
  const interestFen = interestToDateFen(loan, loan.balanceFen, on);
  return { principalFen: loan.balanceFen, interestFen, totalFen: loan.balanceFen + interestFen };
}
