import { chinaDate, isCalendarDay } from '../../core/china-time';
import type { TraceBatch } from './trace.entity';
import { traceRefusal } from './trace.errors';

/** Older than this is a slip of the keyboard, not a product someone still sells or inspects. */
const EARLIEST_DAY = '1990-01-01';

/** A clock a little fast on a phone is not a lie: events may be this far in the future. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * A day a merchant or inspector typed (YYYY-MM-DD, as the validators let through): a real one,
 * not after today in China, and not before `notBefore` (say, the batch's production day).
 */
export function checkPastDay(now: Date, day: string, field: string, what: string, notBefore?: { day: string; what: string }): void {
  if (!isCalendarDay(day)) throw traceRefusal('BAD_USER_INPUT', `${what}不存在，请检查年月日`, field);
  if (day > chinaDate(now)) throw traceRefusal('BAD_USER_INPUT', `${what}不能晚于今天`, field);
  if (day < EARLIEST_DAY) throw traceRefusal('BAD_USER_INPUT', `${what}太早了，请检查年份`, field);
  if (notBefore && day < notBefore.day) throw traceRefusal('BAD_USER_INPUT', `${what}不能早于${notBefore.what}（${notBefore.day}）`, field);
}

/** A batch's dates: produced on a real day no later than today, and expiring no earlier. */
export function checkBatchDates(now: Date, productionDate: string, expiryDate: string | null | undefined): void {
  checkPastDay(now, productionDate, 'productionDate', '生产日期');
  if (expiryDate == null) return;
  if (!isCalendarDay(expiryDate)) throw traceRefusal('BAD_USER_INPUT', '保质期不存在，请检查年月日', 'expiryDate');
  if (expiryDate < productionDate) throw traceRefusal('BAD_USER_INPUT', `保质期不能早于生产日期（${productionDate}）`, 'expiryDate');
}

/** When something happened to a batch: not before the day it was made, not after now. */
export function checkEventTime(now: Date, eventTime: Date, batch: Pick<TraceBatch, 'productionDate'>): void {
  if (Number.isNaN(eventTime.getTime())) throw traceRefusal('BAD_USER_INPUT', '时间无效', 'eventTime');
  if (eventTime.getTime() > now.getTime() + CLOCK_SKEW_MS) throw traceRefusal('EVENT_IN_FUTURE', undefined, 'eventTime');
  if (chinaDate(eventTime) < batch.productionDate) {
    throw traceRefusal('BAD_USER_INPUT', `时间不能早于这批货的生产日期（${batch.productionDate}）`, 'eventTime');
  }
}
