import fc from 'fast-check';
import { REPAYMENT_METHODS, type RepaymentMethodName } from '@gongfu/shared-types/domain/loans';
import { describe, expect, it } from 'vitest';
import {
  amortise,
  interestToDateFen,
  periodInterestFen,
  prepayInFull,
  prepayInPart,
  repaymentSchedule,
  totalInterestFen,
  type Instalment,
  type LoanTerms,
  type OpenLoan,
} from './schedule';

/** 100,000.00 yuan at 4.35 % over 12 months: the example. */
const EXAMPLE: LoanTerms = {
  principalFen: 10_000_000,
  rateMicros: 43_500,
  months: 12,
  method: 'EQUAL_INSTALLMENTS',
  principalGraceMonths: 0,
};

const rows = (instalments: Instalment[]) =>
  instalments.map((i) => [i.number, i.principalFen, i.interestFen, i.totalFen, i.balanceAfterFen]);

/** Balance × rate / 12, half up, in integers only: an independent check of the decimal arithmetic. */
function interestByIntegers(balanceFen: number, rateMicros: number): number {
  const twice = 2n * BigInt(balanceFen) * BigInt(rateMicros);
  return Number((twice + 12_000_000n) / 24_000_000n);
}

describe('等额本息 EQUAL_INSTALLMENTS', () => {
  it('gives the issue’s example exactly: 8,530.99 a month, the 12th 8,531.01, interest 2,371.90', () => {
    const schedule = repaymentSchedule(EXAMPLE);
    expect(schedule.slice(0, 11).every((i) => i.totalFen === 853_099)).toBe(true);
    expect(schedule[11].totalFen).toBe(853_101);
    expect(totalInterestFen(schedule)).toBe(237_190);
    expect(rows(schedule)).toEqual([
      [1, 816_849, 36_250, 853_099, 9_183_151],
      [2, 819_810, 33_289, 853_099, 8_363_341],
      [3, 822_782, 30_317, 853_099, 7_540_559],
      [4, 825_764, 27_335, 853_099, 6_714_795],
      [5, 828_758, 24_341, 853_099, 5_886_037],
      [6, 831_762, 21_337, 853_099, 5_054_275],
      [7, 834_777, 18_322, 853_099, 4_219_498],
      [8, 837_803, 15_296, 853_099, 3_381_695],
      [9, 840_840, 12_259, 853_099, 2_540_855],
      [10, 843_888, 9_211, 853_099, 1_696_967],
      [11, 846_947, 6_152, 853_099, 850_020],
      [12, 850_020, 3_081, 853_101, 0],
    ]);
  });

  it('pays interest only through the grace months, then the level instalment over the months left', () => {
    const schedule = repaymentSchedule({ ...EXAMPLE, principalGraceMonths: 3 });
    expect(rows(schedule.slice(0, 3))).toEqual([
      [1, 0, 36_250, 36_250, 10_000_000],
      [2, 0, 36_250, 36_250, 10_000_000],
      [3, 0, 36_250, 36_250, 10_000_000],
    ]);
    // 100,000 over 9 months at 4.35 %: 11,313.4716… → 11,313.47.
    expect(schedule.slice(3, 11).every((i) => i.totalFen === 1_131_347)).toBe(true);
    expect(schedule[11]).toEqual({ number: 12, principalFen: 1_127_263, interestFen: 4_086, totalFen: 1_131_349, balanceAfterFen: 0 });
    expect(totalInterestFen(schedule)).toBe(290_875);
  });

  it('divides the principal evenly at a rate of nought', () => {
    const schedule = repaymentSchedule({ ...EXAMPLE, rateMicros: 0, principalFen: 100_000, months: 3 });
    expect(rows(schedule)).toEqual([
      [1, 33_333, 0, 33_333, 66_667],
      [2, 33_333, 0, 33_333, 33_334],
      [3, 33_334, 0, 33_334, 0],
    ]);
  });
});

describe('等额本金 EQUAL_PRINCIPAL', () => {
  it('repays 8,333.33 of principal a month and the rest in the 12th, interest falling with the balance', () => {
    const schedule = repaymentSchedule({ ...EXAMPLE, method: 'EQUAL_PRINCIPAL' });
    expect(schedule.slice(0, 11).every((i) => i.principalFen === 833_333)).toBe(true);
    expect(schedule[11].principalFen).toBe(833_337);
    expect(schedule[0]).toEqual({ number: 1, principalFen: 833_333, interestFen: 36_250, totalFen: 869_583, balanceAfterFen: 9_166_667 });
    // 91,666.67 × 0.3625 % = 332.2917 → 332.29
    expect(schedule[1].interestFen).toBe(33_229);
    expect(schedule[11]).toEqual({ number: 12, principalFen: 833_337, interestFen: 3_021, totalFen: 836_358, balanceAfterFen: 0 });
    expect(totalInterestFen(schedule)).toBe(235_626);
  });

  it('starts the even principal after the grace months', () => {
    const schedule = repaymentSchedule({ ...EXAMPLE, method: 'EQUAL_PRINCIPAL', principalGraceMonths: 2 });
    expect(schedule.slice(0, 2).map((i) => i.principalFen)).toEqual([0, 0]);
    expect(schedule.slice(2, 11).every((i) => i.principalFen === 1_000_000)).toBe(true);
    expect(schedule[11].principalFen).toBe(1_000_000);
  });
});

describe('先息后本 INTEREST_ONLY', () => {
  it('pays 362.50 of interest a month and the principal with the last', () => {
    const schedule = repaymentSchedule({ ...EXAMPLE, method: 'INTEREST_ONLY' });
    expect(schedule.slice(0, 11).every((i) => i.totalFen === 36_250 && i.balanceAfterFen === 10_000_000)).toBe(true);
    expect(schedule[11]).toEqual({ number: 12, principalFen: 10_000_000, interestFen: 36_250, totalFen: 10_036_250, balanceAfterFen: 0 });
    expect(totalInterestFen(schedule)).toBe(435_000);
  });

  it('is the same whatever grace is asked: it has no principal to defer but the last', () => {
    expect(repaymentSchedule({ ...EXAMPLE, method: 'INTEREST_ONLY', principalGraceMonths: 6 })).toEqual(
      repaymentSchedule({ ...EXAMPLE, method: 'INTEREST_ONLY' }),
    );
  });
});

describe('any schedule', () => {
  const terms = fc
    .record({
      principalFen: fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 100_000_000 })),
      rateMicros: fc.integer({ min: 0, max: 240_000 }),
      months: fc.integer({ min: 1, max: 360 }),
      method: fc.constantFrom<RepaymentMethodName>(...REPAYMENT_METHODS),
      grace: fc.nat(),
    })
    .map(({ grace, ...t }): LoanTerms => ({ ...t, principalGraceMonths: grace % t.months }));

  it('repays the principal exactly, never lets a balance go negative or up, and adds up', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const schedule = repaymentSchedule(t);
        expect(schedule.map((i) => i.number)).toEqual(Array.from({ length: t.months }, (_, k) => k + 1));
        expect(schedule.reduce((sum, i) => sum + i.principalFen, 0)).toBe(t.principalFen);
        let before = t.principalFen;
        for (const i of schedule) {
          expect(i.principalFen).toBeGreaterThanOrEqual(0);
          expect(i.interestFen).toBe(interestByIntegers(before, t.rateMicros));
          expect(i.totalFen).toBe(i.principalFen + i.interestFen);
          expect(i.balanceAfterFen).toBe(before - i.principalFen);
          expect(i.balanceAfterFen).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(i.totalFen)).toBe(true);
          before = i.balanceAfterFen;
        }
        expect(before).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('defers all principal through the grace months', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const schedule = repaymentSchedule(t);
        const grace = Math.min(t.principalGraceMonths, t.months - 1);
        expect(schedule.slice(0, grace).every((i) => i.principalFen === 0)).toBe(true);
      }),
    );
  });

  it('keeps the 等额本息 instalment level, the last off it by no more than the rounding carried forward', () => {
    const level = terms.filter((t) => t.principalFen >= 100_000).map((t) => ({ ...t, method: 'EQUAL_INSTALLMENTS' as const }));
    fc.assert(
      fc.property(level, (t) => {
        const amortising = repaymentSchedule(t).slice(t.principalGraceMonths);
        const [first] = amortising;
        const last = amortising[amortising.length - 1];
        expect(amortising.slice(0, -1).every((i) => i.totalFen === first.totalFen)).toBe(true);
        // Up to a fen each month (half from the instalment, half from the interest), grown at the rate since.
        const r = t.rateMicros / 12_000_000;
        const carried = r === 0 ? amortising.length : ((1 + r) ** amortising.length - 1) / r;
        expect(Math.abs(last.totalFen - first.totalFen)).toBeLessThanOrEqual(Math.ceil(carried));
      }),
    );
  });

  it('keeps the 等额本金 principal even and the interest falling', () => {
    const even = terms.filter((t) => t.principalFen >= 100_000).map((t) => ({ ...t, method: 'EQUAL_PRINCIPAL' as const }));
    fc.assert(
      fc.property(even, (t) => {
        const amortising = repaymentSchedule(t).slice(t.principalGraceMonths);
        expect(new Set(amortising.slice(0, -1).map((i) => i.principalFen)).size).toBeLessThanOrEqual(1);
        amortising.slice(1).forEach((i, k) => expect(i.interestFen).toBeLessThanOrEqual(amortising[k].interestFen));
      }),
    );
  });

  it('costs less interest 等额本金 than 等额本息, and 等额本息 less than 先息后本', () => {
    fc.assert(
      fc.property(
        terms.filter((t) => t.principalFen >= 1_000_000 && t.rateMicros >= 10_000 && t.months - t.principalGraceMonths >= 2),
        (t) => {
          const interest = (method: RepaymentMethodName) => totalInterestFen(repaymentSchedule({ ...t, method }));
          expect(interest('EQUAL_PRINCIPAL')).toBeLessThanOrEqual(interest('EQUAL_INSTALLMENTS'));
          expect(interest('EQUAL_INSTALLMENTS')).toBeLessThan(interest('INTEREST_ONLY'));
        },
      ),
    );
  });

  it('refuses a grace as long as the term', () => {
    expect(() => repaymentSchedule({ ...EXAMPLE, principalGraceMonths: 12 })).toThrow(RangeError);
    expect(() =>
      amortise({ balanceFen: 1, rateMicros: 0, method: 'EQUAL_PRINCIPAL', periods: 0, gracePeriods: 0, firstNumber: 1 }),
    ).toThrow(RangeError);
  });
});

describe('early repayment', () => {
  /** The example disbursed on 31 January, instalments 1–3 paid (due 28 Feb, 31 Mar, 30 Apr). */
  const afterThree: OpenLoan = { ...EXAMPLE, disbursedOn: '2026-01-31', nextNumber: 4, balanceFen: 7_540_559 };

  it('charges interest to date pro rata by the actual days of the period, the whole period on its due date', () => {
    // 30 Apr → 31 May is 31 days; on 15 May, 15 of them: 75,405.59 × 0.3625 % × 15 / 31 = 132.26.
    expect(interestToDateFen(afterThree, afterThree.balanceFen, '2026-05-15')).toBe(13_226);
    expect(interestToDateFen(afterThree, afterThree.balanceFen, '2026-04-30')).toBe(0);
    expect(interestToDateFen(afterThree, afterThree.balanceFen, '2026-05-31')).toBe(periodInterestFen(afterThree.balanceFen, 43_500));
    // Instalment 3 was paid early, and the whole loan is repaid before its period begins.
    expect(interestToDateFen(afterThree, afterThree.balanceFen, '2026-04-20')).toBe(0);
  });

  it('refuses a day after the next instalment fell due: that instalment is in arrears', () => {
    expect(() => interestToDateFen(afterThree, afterThree.balanceFen, '2026-06-01')).toThrow(RangeError);
  });

  it('in full: the principal owed and the interest to that day', () => {
    expect(prepayInFull(afterThree, '2026-05-15')).toEqual({ principalFen: 7_540_559, interestFen: 13_226, totalFen: 7_553_785 });
  });

  it('in part: interest to date on the part repaid, and the rest recomputed over the same remaining months', () => {
    const { interestFen, instalments } = prepayInPart(afterThree, 2_000_000, '2026-05-15');
    // 20,000 × 0.3625 % × 15 / 31 = 35.08
    expect(interestFen).toBe(3_508);
    expect(instalments.map((i) => i.number)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // 55,405.59 over 9 months at 4.35 %: 6,268.30 a month.
    expect(instalments.slice(0, 8).every((i) => i.totalFen === 626_830)).toBe(true);
    expect(instalments[0].interestFen).toBe(20_085);
    expect(instalments.reduce((sum, i) => sum + i.principalFen, 0)).toBe(5_540_559);
    expect(instalments[8].balanceAfterFen).toBe(0);
  });

  it('in part keeps grace months not yet run', () => {
    const inGrace: OpenLoan = { ...EXAMPLE, principalGraceMonths: 3, disbursedOn: '2026-01-31', nextNumber: 2, balanceFen: 10_000_000 };
    const { instalments } = prepayInPart(inGrace, 4_000_000, '2026-02-28');
    expect(instalments.slice(0, 2).map((i) => [i.number, i.principalFen, i.interestFen])).toEqual([
      [2, 0, 21_750],
      [3, 0, 21_750],
    ]);
    expect(instalments[2].principalFen).toBeGreaterThan(0);
  });

  it('in part is more than nothing and less than all', () => {
    expect(() => prepayInPart(afterThree, 0, '2026-05-15')).toThrow(RangeError);
    expect(() => prepayInPart(afterThree, afterThree.balanceFen, '2026-05-15')).toThrow(RangeError);
  });

  it('in part, on any day of the period, leaves a schedule that repays exactly what is left', () => {
    const loans = fc
      .record({
        terms: fc.record({
          principalFen: fc.integer({ min: 100_000, max: 100_000_000 }),
          rateMicros: fc.integer({ min: 0, max: 240_000 }),
          months: fc.integer({ min: 2, max: 60 }),
          method: fc.constantFrom<RepaymentMethodName>(...REPAYMENT_METHODS),
        }),
        paid: fc.nat(),
        share: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        day: fc.integer({ min: 0, max: 31 }),
      })
      .map(({ terms, paid, share, day }) => {
        const nextNumber = 1 + (paid % (terms.months - 1));
        const schedule = repaymentSchedule({ ...terms, principalGraceMonths: 0 });
        const balanceFen = nextNumber === 1 ? terms.principalFen : schedule[nextNumber - 2].balanceAfterFen;
        const loan: OpenLoan = { ...terms, principalGraceMonths: 0, disbursedOn: '2026-01-31', nextNumber, balanceFen };
        return { loan, schedule, prepaid: Math.max(1, Math.min(balanceFen - 1, Math.round(balanceFen * share))), day };
      })
      .filter(({ loan }) => loan.balanceFen > 1);
    fc.assert(
      fc.property(loans, ({ loan, schedule, prepaid, day }) => {
        const [y, m] = [2026, 1 + loan.nextNumber];
        const on = new Date(Date.UTC(y, m - 1, Math.min(day, 28) || 1)).toISOString().slice(0, 10);
        const { interestFen, instalments } = prepayInPart(loan, prepaid, on);
        const fullPeriod = periodInterestFen(prepaid, loan.rateMicros);
        expect(interestFen).toBeGreaterThanOrEqual(0);
        expect(interestFen).toBeLessThanOrEqual(fullPeriod);
        expect(instalments.reduce((sum, i) => sum + i.principalFen, 0)).toBe(loan.balanceFen - prepaid);
        expect(instalments.every((i) => i.balanceAfterFen >= 0 && i.principalFen >= 0)).toBe(true);
        expect(instalments.map((i) => i.number)).toEqual(schedule.slice(loan.nextNumber - 1).map((i) => i.number));
        // Less owed, so no remaining instalment costs more interest than it did.
        instalments.forEach((i) => expect(i.interestFen).toBeLessThanOrEqual(schedule[i.number - 1].interestFen));
      }),
    );
  });
});
