/**
 * Time limits of the 12315 complaint workflow counted in 工作日 (working days): China's rest days
 * and 调休上班 make-up working days come from the State Council's yearly notice, shipped here as
 * data per year and replaceable by config. The notice is published each November for the next
 * year only, so a year without data falls back to weekends alone and callers warn regulators
 * (missingYears) instead of trusting a guess.
 *
 * Counting rule, as 民法典 第二百零一条 counts periods: the day the clock starts is not counted.
 * "Within 7 working days of filing" ends at 23:59:59 China time (+08:00) on the 7th working
 * day after the filing day. Everything is in China time whatever the machine's TZ.
 */
import fs from 'node:fs';
import { addDays, chinaDate, isCalendarDay } from '../../core/china-time';
import calendar2026 from './holidays/2026.json';

/** One year of the State Council's 部分节假日安排 notice. */
export interface HolidayYear {
  year: number;
  /** Where the dates come from: config overrides must cite their notice too. */
  source: { title: string; url: string };
  /** 放假 (including 调休 days off), ranges inclusive, as the notice lists them. */
  restDays: { name: string; from: string; to: string }[];
  /** 调休上班: weekend days that are working days. */
  makeUpWorkingDays: { name: string; day: string }[];
}

/** A stretch during which the clock stood still waiting on the consumer; `to` null = still waiting. */
export interface ClockPause {
  from: Date;
  to: Date | null;
}

export type DeadlineState = { running: true; dueAt: Date } | { running: false; pausedSince: Date; workingDaysLeft: number };

export class HolidayDataError extends Error {}

/** Whole seconds: MySQL rounds a DATETIME's fraction away, and .999 would become the next day. */
function endOfChinaDay(day: string): Date {
  return new Date(`${day}T23:59:59+08:00`);
}

function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

function requirePositiveInteger(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer, got ${n}`);
}

export class WorkingCalendar {
  private readonly years = new Set<number>();
  private readonly restDays = new Set<string>();
  private readonly makeUpWorkingDays = new Set<string>();

  constructor(data: readonly HolidayYear[]) {
    for (const year of data) {
      if (this.years.has(year.year)) throw new HolidayDataError(`holiday data for ${year.year} given twice`);
      this.years.add(year.year);
      for (const range of year.restDays) {
        for (let day = range.from; day <= range.to; day = addDays(day, 1)) this.restDays.add(day);
      }
      for (const { day } of year.makeUpWorkingDays) this.makeUpWorkingDays.add(day);
    }
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  /** Years between two moments (China time, inclusive) counted by weekends only, for want of data. */
  missingYears(from: Date, to: Date): number[] {
    const missing: number[] = [];
    for (let year = yearOf(chinaDate(from)); year <= yearOf(chinaDate(to)); year++) {
      if (!this.hasYear(year)) missing.push(year);
    }
    return missing;
  }

  /** A moment, or a China calendar day written YYYY-MM-DD. */
  isWorkingDay(at: Date | string): boolean {
    const day = typeof at === 'string' ? at : chinaDate(at);
    if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
    if (this.restDays.has(day)) return false;
    if (this.makeUpWorkingDays.has(day)) return true;
    return !isWeekend(day);
  }

  /** The end of the n-th working day after the day of `from`. */
  addWorkingDays(from: Date, n: number): Date {
    requirePositiveInteger(n, 'working days');
    let day = chinaDate(from);
    for (let counted = 0; counted < n; counted++) day = this.nextWorkingDay(day);
    return endOfChinaDay(day);
  }

  /** Working days after the day of `a` up to and including the day of `b`; 0 if b is not later. */
  workingDaysBetween(a: Date, b: Date): number {
    const last = chinaDate(b);
    let count = 0;
    for (let day = this.nextWorkingDay(chinaDate(a)); day <= last; day = this.nextWorkingDay(day)) count++;
    return count;
  }

  /**
   * A working-day limit whose clock stops while the complaint waits on the consumer (补正材料 and
   * the like). Only whole working days on the clock count: besides the start day, a working day
   * does not count if the clock was paused at any moment of it, so the day a pause begins and the
   * day it ends are both given back. A pause that begins after the limit ran out changes nothing.
   * While a pause is open there is no due date, only the working days left when it began.
   */
  deadlineWithPauses(start: Date, workingDays: number, pauses: readonly ClockPause[]): DeadlineState {
    requirePositiveInteger(workingDays, 'working days');
    const open = pauses.filter((pause) => pause.to === null);
    if (open.length > 1) throw new RangeError('at most one pause can still be open');
    const closed = pauses.flatMap((pause) => {
      if (pause.to === null) return [];
      if (pause.to < pause.from) throw new RangeError('a pause cannot end before it begins');
      return [{ from: chinaDate(pause.from), to: chinaDate(pause.to) }];
    });
    const openFrom = open.length === 1 ? chinaDate(open[0].from) : null;

    let counted = 0;
    for (let day = this.nextWorkingDay(chinaDate(start)); ; day = this.nextWorkingDay(day)) {
      if (openFrom !== null && day >= openFrom) {
        return { running: false, pausedSince: open[0].from, workingDaysLeft: workingDays - counted };
      }
      if (closed.some((pause) => pause.from <= day && day <= pause.to)) continue;
      if (++counted === workingDays) return { running: true, dueAt: endOfChinaDay(day) };
    }
  }

  /**
   * A limit in calendar days (日, not 工作日), counted from the day after `from`. When the last
   * day is a rest day the limit runs to the end of the next working day, as 民法典 第二百零三条
   * extends a period that ends on a 法定休假日.
   */
  addCalendarDays(from: Date, n: number): Date {
    requirePositiveInteger(n, 'calendar days');
    let day = addDays(chinaDate(from), n);
    while (!this.isWorkingDay(day)) day = addDays(day, 1);
    return endOfChinaDay(day);
  }

  private nextWorkingDay(day: string): string {
    let next = addDays(day, 1);
    while (!this.isWorkingDay(next)) next = addDays(next, 1);
    return next;
  }
}

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one year of holiday data, from the shipped files or an override, and says where it is wrong. */
export function parseHolidayYear(raw: unknown, origin: string): HolidayYear {
  const fail = (why: string): never => {
    throw new HolidayDataError(`${origin}: ${why}`);
  };
  const text = (object: JsonObject, key: string): string => {
    const value = object[key];
    return typeof value === 'string' && value !== '' ? value : fail(`"${key}" must be a non-empty string`);
  };
  const list = (object: JsonObject, key: string): JsonObject[] => {
    const value = object[key];
    if (!Array.isArray(value) || !value.every(isObject)) return fail(`"${key}" must be a list of objects`);
    return value;
  };

  if (!isObject(raw)) return fail('a year of holiday data must be an object');
  const year = raw.year;
  if (typeof year !== 'number' || !Number.isInteger(year)) return fail('"year" must be an integer');
  if (!isObject(raw.source)) return fail('"source" must name the notice: { title, url }');
  const source = { title: text(raw.source, 'title'), url: text(raw.source, 'url') };
  const dayIn = (object: JsonObject, key: string): string => {
    const day = text(object, key);
    if (!isCalendarDay(day) || yearOf(day) !== year) fail(`"${day}" is not a day of ${year}`);
    return day;
  };

  const restDays = list(raw, 'restDays').map((range) => {
    const parsed = { name: text(range, 'name'), from: dayIn(range, 'from'), to: dayIn(range, 'to') };
    if (parsed.to < parsed.from) fail(`${parsed.name} ends before it begins`);
    return parsed;
  });
  const makeUpWorkingDays = list(raw, 'makeUpWorkingDays').map((entry) => ({
    name: text(entry, 'name'),
    day: dayIn(entry, 'day'),
  }));
  for (const { day } of makeUpWorkingDays) {
    if (restDays.some((range) => range.from <= day && day <= range.to)) fail(`${day} is both a rest day and a working day`);
  }
  return { year, source, restDays, makeUpWorkingDays };
}

/** Years published so far; add a file here when the next notice comes out, never before. */
const SHIPPED_YEARS: readonly HolidayYear[] = [parseHolidayYear(calendar2026, 'holidays/2026.json')];

/**
 * The shipped years, with any year in the override file (HOLIDAY_CALENDAR_PATH: one year object
 * or a list of them, in the shipped format) taking the place of the shipped one.
 */
export function loadWorkingCalendar(overridePath: string | null = null): WorkingCalendar {
  const years = new Map(SHIPPED_YEARS.map((year) => [year.year, year]));
  if (overridePath !== null) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(overridePath, 'utf8'));
    } catch (error) {
      throw new HolidayDataError(`cannot read holiday calendar ${overridePath}: ${(error as Error).message}`);
    }
    for (const entry of Array.isArray(raw) ? raw : [raw]) {
      const year = parseHolidayYear(entry, overridePath);
      years.set(year.year, year);
    }
  }
  return new WorkingCalendar([...years.values()]);
}
