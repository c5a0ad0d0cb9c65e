import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/china-time';
import { dueDate } from '../schedule/due-dates';
import { ASSET_CLASS_LABELS, arrearsOn, bucketOf, classify, type DueInstalment } from './classification';

/** Three instalments of 1,000.00, due 28 Feb, 31 Mar and 30 Apr. */
const THREE: DueInstalment[] = [1, 2, 3].map((number) => ({ number, dueOn: dueDate('2026-01-31', number), amountFen: 100_000 }));

describe('days past due', () => {
  it('are none on the due date itself, and one the day after', () => {
    expect(arrearsOn(THREE, [], '2026-02-28').daysPastDue).toBe(0);
    expect(arrearsOn(THREE, [], '2026-03-01')).toMatchObject({ daysPastDue: 1, overdueFen: 100_000 });
  });

  it('count from the oldest instalment not paid in full', () => {
    const arrears = arrearsOn(THREE, [], '2026-04-01');
    expect(arrears.daysPastDue).toBe(32);
    expect(arrears.overdueFen).toBe(200_000);
  });

  it('go on counting through a part payment, which settles nothing', () => {
    const arrears = arrearsOn(THREE, [{ paidOn: '2026-03-05', amountFen: 60_000 }], '2026-03-10');
    expect(arrears).toMatchObject({ daysPastDue: 10, overdueFen: 40_000 });
    expect(arrears.instalments[0]).toMatchObject({ paidFen: 60_000, settledOn: null, daysLate: null });
  });

  it('settle the oldest first, and record how late each was settled', () => {
    const arrears = arrearsOn(
      THREE,
      [
        { paidOn: '2026-03-05', amountFen: 60_000 },
        { paidOn: '2026-04-07', amountFen: 140_000 },
      ],
      '2026-04-10',
    );
    expect(arrears.instalments.map((i) => [i.number, i.paidFen, i.settledOn, i.daysLate])).toEqual([
      [1, 100_000, '2026-04-07', 38],
      [2, 100_000, '2026-04-07', 7],
      [3, 0, null, null],
    ]);
    expect(arrears.daysPastDue).toBe(0);
  });

  it('take one repayment across instalments, paid ahead counting as on time', () => {
    const arrears = arrearsOn(THREE, [{ paidOn: '2026-02-20', amountFen: 250_000 }], '2026-05-02');
    expect(arrears.instalments.map((i) => [i.settledOn, i.daysLate, i.paidFen])).toEqual([
      ['2026-02-20', 0, 100_000],
      ['2026-02-20', 0, 100_000],
      [null, null, 50_000],
    ]);
    expect(arrears).toMatchObject({ daysPastDue: 2, overdueFen: 50_000 });
  });

  it('ignore repayments after the day asked about', () => {
    expect(arrearsOn(THREE, [{ paidOn: '2026-03-10', amountFen: 100_000 }], '2026-03-05').daysPastDue).toBe(5);
  });

  it('never pay more than was received, nor leave what was paid unaccounted', () => {
    const payments = fc.array(fc.record({ day: fc.integer({ min: 0, max: 120 }), amountFen: fc.integer({ min: 0, max: 150_000 }) }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(payments, fc.integer({ min: 0, max: 150 }), (list, asOf) => {
        const repayments = list.map((p) => ({ paidOn: addDays('2026-02-01', p.day), amountFen: p.amountFen }));
        const on = addDays('2026-02-01', asOf);
        const arrears = arrearsOn(THREE, repayments, on);
        const received = repayments.filter((p) => p.paidOn <= on).reduce((sum, p) => sum + p.amountFen, 0);
        const applied = arrears.instalments.reduce((sum, i) => sum + i.paidFen, 0);
        expect(applied).toBe(Math.min(received, 300_000));
        expect(arrears.daysPastDue).toBeGreaterThanOrEqual(0);
        expect(arrears.daysPastDue === 0).toBe(arrears.overdueFen === 0);
      }),
    );
  });
});

describe('delinquency buckets', () => {
  it.each([
    [0, null],
    [1, 'DPD_1_30'],
    [30, 'DPD_1_30'],
    [31, 'DPD_31_60'],
    [60, 'DPD_31_60'],
    [61, 'DPD_61_90'],
    [90, 'DPD_61_90'],
    [91, 'DPD_91_PLUS'],
    [400, 'DPD_91_PLUS'],
  ])('put %i days past due in %s', (days, bucket) => {
    expect(bucketOf(days)).toBe(bucket);
  });
});

describe('五级分类 by days past due', () => {
  it.each([
    [0, '正常'],
    [1, '关注'],
    [90, '关注'],
    [91, '次级'],
    [270, '次级'],
    [271, '可疑'],
    [360, '可疑'],
    [361, '损失'],
  ])('classes %i days past due at least %s', (days, label) => {
    expect(ASSET_CLASS_LABELS[classify(days)]).toBe(label);
  });

  it('follows other thresholds when configured (the credit-card rules: 91, 121, 181)', () => {
    const cards = { name: '商业银行信用卡业务监督管理办法', fromDays: { SPECIAL_MENTION: 1, SUBSTANDARD: 91, DOUBTFUL: 121, LOSS: 181 } };
    expect([120, 121, 180, 181].map((days) => classify(days, cards))).toEqual(['SUBSTANDARD', 'DOUBTFUL', 'DOUBTFUL', 'LOSS']);
  });
});
