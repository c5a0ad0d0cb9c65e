import { describe, expect, it } from 'vitest';
import { addDays, chinaDate, daysBetween, isCalendarDay } from './china-time';

describe('China time', () => {
  it('dates a moment by the day in China, eight hours ahead of UTC', () => {
    expect(chinaDate(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
    expect(chinaDate(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts the calendar days between two days, across a leap day and backwards', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-01-31', '2026-01-31')).toBe(0);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it.each(['2026-11-29', '2028-02-29', '0001-01-01'])('takes %s as a calendar day', (day) => {
    expect(isCalendarDay(day)).toBe(true);
  });

  it.each(['2026-99-99', '0000-00-00', '2026-02-29', '2026-11-31', '2026-1-1', '20261129', ''])('refuses %s without throwing', (day) => {
    expect(isCalendarDay(day)).toBe(false);
  });
});
