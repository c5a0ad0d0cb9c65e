/**
 * Times as people in the county read them: China time (UTC+8, no daylight saving), whatever
 * time zone the phone or the browser is set to.
 */

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

function chinaParts(time: Date) {
  const shifted = new Date(time.getTime() + CHINA_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** "11月23日 09:30" (with the year when it is not this year's). */
export function formatDateTime(iso: string, now: Date = new Date()): string {
  const t = chinaParts(new Date(iso));
  const year = t.year === chinaParts(now).year ? '' : `${t.year}年`;
  return `${year}${t.month}月${t.day}日 ${pad(t.hour)}:${pad(t.minute)}`;
}

/** "11月23日" */
export function formatDate(iso: string, now: Date = new Date()): string {
  const t = chinaParts(new Date(iso));
  const year = t.year === chinaParts(now).year ? '' : `${t.year}年`;
  return `${year}${t.month}月${t.day}日`;
}

/** From 11月23日 09:00 to 11:30 — the end's date only when it is another day. */
export function formatTimeRange(startIso: string, endIso: string, now: Date = new Date()): string {
  const start = chinaParts(new Date(startIso));
  const end = chinaParts(new Date(endIso));
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  const endText = sameDay ? `${pad(end.hour)}:${pad(end.minute)}` : formatDateTime(endIso, now);
  return `${formatDateTime(startIso, now)} 至 ${endText}`;
}

/** Today's date in China, YYYY-MM-DD, as the canteen's service dates are written. */
export function chinaToday(now: Date = new Date()): string {
  const t = chinaParts(now);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

/** YYYY-MM-DD plus some days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** "11月23日 星期日" for a YYYY-MM-DD service date; "明天" / "今天" where it is. */
export function describeServiceDate(day: string, now: Date = new Date()): string {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const today = chinaToday(now);
  const relative = day === today ? '今天 · ' : day === addDays(today, 1) ? '明天 · ' : day === addDays(today, -1) ? '昨天 · ' : '';
  return `${relative}${m}月${d}日 星期${weekday}`;
}

/** The value of an <input type="datetime-local"> ("2025-11-23T09:30"), read as China time. */
export function chinaLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi) - CHINA_OFFSET_MS;
  return Number.isNaN(utc) ? null : new Date(utc).toISOString();
}

/** A time as the "YYYY-MM-DDTHH:mm" of China time, for prefilling date and time fields. */
export function isoToChinaLocal(iso: string): string {
  const t = chinaParts(new Date(iso));
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}
