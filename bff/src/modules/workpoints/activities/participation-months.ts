import { chinaDate } from '../../../core/china-time';

/** A calendar month in China time (+08:00) as the moments it runs between: from its first instant up to the next month's. */
export interface ChinaMonth {
  month: string;
  from: Date;
  to: Date;
}

function monthStart(year: number, monthIndex: number): Date {
  const y = year + Math.floor(monthIndex / 12);
  const m = ((monthIndex % 12) + 12) % 12;
  return new Date(`${y}-${String(m + 1).padStart(2, '0')}-01T00:00:00+08:00`);
}

/** The last `count` China months up to and including the one `now` falls in, oldest first. */
export function chinaMonthsUpTo(now: Date, count: number): ChinaMonth[] {
  const [year, month] = chinaDate(now).split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = month - 1 - (count - 1 - i);
    const from = monthStart(year, index);
    return { month: chinaDate(from).slice(0, 7), from, to: monthStart(year, index + 1) };
  });
}
