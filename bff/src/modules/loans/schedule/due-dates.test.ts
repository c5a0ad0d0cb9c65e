import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDate, dueDates } from './due-dates';

describe('due dates', () => {
  it('fall monthly on the disbursement day', () => {
    expect(dueDates('2026-03-15', 3)).toEqual(['2026-04-15', '2026-05-15', '2026-06-15']);
  });

  it('clamp a month end and give the day back the month after', () => {
    expect(dueDates('2026-01-31', 4)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    expect(dueDates('2027-01-31', 2)).toEqual(['2027-02-28', '2027-03-31']);
    expect(dueDate('2028-01-31', 1)).toBe('2028-02-29');
    expect(dueDate('2028-01-30', 1)).toBe('2028-02-29');
    expect(dueDate('2026-01-29', 1)).toBe('2026-02-28');
  });

  it('cross the year', () => {
    expect(dueDates('2026-11-30', 3)).toEqual(['2026-12-30', '2027-01-30', '2027-02-28']);
    expect(dueDate('2026-12-31', 12)).toBe('2027-12-31');
  });

  it('take instalment 0 as the disbursement day itself', () => {
    expect(dueDate('2026-01-31', 0)).toBe('2026-01-31');
  });

  it('keep the month count and the day, clamped, for any start and term', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 360 }), (start, months) => {
        const disbursedOn = start.toISOString().slice(0, 10);
        const dates = dueDates(disbursedOn, months);
        dates.forEach((date, i) => {
          const [y, m, d] = date.split('-').map(Number);
          const monthsOn = (y - start.getUTCFullYear()) * 12 + (m - 1 - start.getUTCMonth());
          const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
          expect(monthsOn).toBe(i + 1);
          expect(d).toBe(Math.min(start.getUTCDate(), lastDay));
        });
      }),
    );
  });
});
