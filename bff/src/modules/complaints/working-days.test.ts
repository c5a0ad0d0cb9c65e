import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HolidayDataError, loadWorkingCalendar, parseHolidayYear, WorkingCalendar, type HolidayYear } from './working-days';

const calendar = loadWorkingCalendar();

/** A moment given in China time. */
function china(dateTime: string): Date {
  return new Date(`${dateTime}+08:00`);
}

/** The end of a China day, as deadlines are given. */
function endOf(day: string): Date {
  return new Date(`${day}T23:59:59+08:00`);
}

describe('2026 working days, from the State Council notice', () => {
  it.each([
    ['2026-01-01', false, '元旦'],
    ['2026-01-04', true, 'Sunday, 调休上班 for 元旦'],
    ['2026-02-14', true, 'Saturday, 调休上班 for 春节'],
    ['2026-02-23', false, 'Monday, last day of 春节'],
    ['2026-02-28', true, 'Saturday, 调休上班 for 春节'],
    ['2026-04-06', false, 'Monday, 清明节'],
    ['2026-05-05', false, 'Tuesday, 劳动节'],
    ['2026-05-09', true, 'Saturday, 调休上班 for 劳动节'],
    ['2026-06-19', false, 'Friday, 端午节'],
    ['2026-09-20', true, 'Sunday, 调休上班 for 国庆节'],
    ['2026-09-25', false, 'Friday, 中秋节'],
    ['2026-10-01', false, '国庆节'],
    ['2026-10-07', false, 'Wednesday, last day of 国庆节'],
    ['2026-10-08', true, 'Thursday after 国庆节'],
    ['2026-10-10', true, 'Saturday, 调休上班 for 国庆节'],
    ['2026-10-11', false, 'an ordinary Sunday'],
    ['2026-03-10', true, 'an ordinary Tuesday'],
  ])('%s is a working day: %s (%s)', (day, working) => {
    expect(calendar.isWorkingDay(day)).toBe(working);
  });

  it('reads a moment by its China day, not the UTC one', () => {
    // 2026-10-08 01:00 in China is still 10-07 in UTC, a holiday.
    expect(calendar.isWorkingDay(new Date('2026-10-07T17:00:00Z'))).toBe(true);
    expect(calendar.isWorkingDay(new Date('2026-10-07T15:59:59Z'))).toBe(false);
  });

  it('refuses a day that does not exist', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('addWorkingDays: within n working days, the filing day not counted', () => {
  it('runs over the National Day holiday and its Saturday make-up day', () => {
    // Filed Wed 09-30; 10-01..07 off; counts 10-08, 10-09, 10-10 (Sat, 调休上班), 10-12..15.
    expect(calendar.addWorkingDays(china('2026-09-30T10:00'), 7)).toEqual(endOf('2026-10-15'));
  });

  it('counts a Sunday make-up day, filing on a Friday', () => {
    // Filed Fri 09-18; counts 09-20 (Sun, 调休上班), 09-21..24, skips 中秋 09-25..27, then 09-28, 09-29.
    expect(calendar.addWorkingDays(china('2026-09-18T16:30'), 7)).toEqual(endOf('2026-09-29'));
  });

  it('skips the weekend after a Friday filing in an ordinary week', () => {
    expect(calendar.addWorkingDays(china('2026-03-06T09:00'), 7)).toEqual(endOf('2026-03-17'));
  });

  it('starts counting from the next working day when filed on a holiday', () => {
    // Filed Sat 10-03, in the holiday: 10-08 is the first counted day.
    expect(calendar.addWorkingDays(china('2026-10-03T11:00'), 1)).toEqual(endOf('2026-10-08'));
    expect(calendar.addWorkingDays(china('2026-10-03T11:00'), 7)).toEqual(endOf('2026-10-15'));
  });

  it('takes the filing day in China time: late evening UTC is already the next day', () => {
    // 2026-09-30T17:00Z is 10-01 01:00 in China, a holiday; the result is the same 7 days.
    expect(calendar.addWorkingDays(new Date('2026-09-30T17:00:00Z'), 7)).toEqual(endOf('2026-10-15'));
    // Thu 09-24 23:30 in China is filed on 09-24; the next day, 09-25, is 中秋.
    expect(calendar.addWorkingDays(china('2026-09-24T23:30'), 1)).toEqual(endOf('2026-09-28'));
  });

  it('gives ODR merchants 10 working days across 春节', () => {
    // Filed Fri 02-13; counts 02-14 (Sat, 调休上班), skips 02-15..23, then 02-24..27, 02-28 (Sat), 03-02..05.
    expect(calendar.addWorkingDays(china('2026-02-13T09:00'), 10)).toEqual(endOf('2026-03-05'));
  });

  it('does not depend on the machine’s time zone', () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Shanghai', 'UTC']) {
        process.env.TZ = zone;
        expect(calendar.addWorkingDays(china('2026-09-30T23:30'), 7)).toEqual(endOf('2026-10-15'));
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => calendar.addWorkingDays(china('2026-03-02T09:00'), 0)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(china('2026-03-02T09:00'), 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts as addWorkingDays does, the first day not included', () => {
    const filed = china('2026-09-30T10:00');
    expect(calendar.workingDaysBetween(filed, calendar.addWorkingDays(filed, 7))).toBe(7);
    expect(calendar.workingDaysBetween(filed, china('2026-10-07T18:00'))).toBe(0);
    expect(calendar.workingDaysBetween(filed, china('2026-10-10T09:00'))).toBe(3);
  });

  it('is 0 on the same day or backwards', () => {
    expect(calendar.workingDaysBetween(china('2026-03-10T09:00'), china('2026-03-10T18:00'))).toBe(0);
    expect(calendar.workingDaysBetween(china('2026-03-10T09:00'), china('2026-03-02T09:00'))).toBe(0);
  });
});

describe('deadlineWithPauses: the clock stops while waiting on the consumer', () => {
  const filed = china('2026-03-02T09:00'); // Monday; 7 working days run to Wed 03-11.

  it('runs as addWorkingDays without pauses', () => {
    expect(calendar.deadlineWithPauses(filed, 7, [])).toEqual({ running: true, dueAt: endOf('2026-03-11') });
  });

  it('gives back every working day the clock was stopped on, first and last included', () => {
    // Paused Wed 03-04 10:00 to Fri 03-06 15:00: 03-04, 03-05 and 03-06 do not count.
    const pauses = [{ from: china('2026-03-04T10:00'), to: china('2026-03-06T15:00') }];
    expect(calendar.deadlineWithPauses(filed, 7, pauses)).toEqual({ running: true, dueAt: endOf('2026-03-16') });
  });

  it('costs nothing for a pause that falls on rest days only', () => {
    const pauses = [{ from: china('2026-03-07T10:00'), to: china('2026-03-08T20:00') }];
    expect(calendar.deadlineWithPauses(filed, 7, pauses)).toEqual({ running: true, dueAt: endOf('2026-03-11') });
  });

  it('adds up several pauses, and a pause within one day costs that day', () => {
    const pauses = [
      { from: china('2026-03-03T09:00'), to: china('2026-03-03T11:00') },
      { from: china('2026-03-09T14:00'), to: china('2026-03-10T09:00') },
    ];
    expect(calendar.deadlineWithPauses(filed, 7, pauses)).toEqual({ running: true, dueAt: endOf('2026-03-16') });
  });

  it('has no due date while a pause is open, only the working days left', () => {
    // 03-03 and 03-04 ran; paused from Thu 03-05.
    const since = china('2026-03-05T16:00');
    expect(calendar.deadlineWithPauses(filed, 7, [{ from: since, to: null }])).toEqual({
      running: false,
      pausedSince: since,
      workingDaysLeft: 5,
    });
  });

  it('does not revive a limit that ran out before the pause', () => {
    const pauses = [{ from: china('2026-03-12T09:00'), to: null }];
    expect(calendar.deadlineWithPauses(filed, 7, pauses)).toEqual({ running: true, dueAt: endOf('2026-03-11') });
  });

  it('refuses pauses that make no sense', () => {
    const backwards = [{ from: china('2026-03-05T09:00'), to: china('2026-03-04T09:00') }];
    expect(() => calendar.deadlineWithPauses(filed, 7, backwards)).toThrow(RangeError);
    const twoOpen = [
      { from: china('2026-03-04T09:00'), to: null },
      { from: china('2026-03-05T09:00'), to: null },
    ];
    expect(() => calendar.deadlineWithPauses(filed, 7, twoOpen)).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it('counts calendar days from the day after', () => {
    expect(calendar.addCalendarDays(china('2026-03-02T09:00'), 45)).toEqual(endOf('2026-04-16'));
  });

  it('runs to the next working day when the last day is a rest day', () => {
    // 08-17 + 45 days = 10-01, National Day: the limit runs to 10-08.
    expect(calendar.addCalendarDays(china('2026-08-17T09:00'), 45)).toEqual(endOf('2026-10-08'));
  });
});

describe('a year without data', () => {
  it('knows which years it has', () => {
    expect(calendar.hasYear(2026)).toBe(true);
    expect(calendar.hasYear(2027)).toBe(false);
    expect(calendar.hasYear(2025)).toBe(false);
  });

  it('counts weekends only in 2027 and reports the year missing', () => {
    const filed = china('2027-09-30T10:00'); // Thursday; no National Day data for 2027.
    const due = calendar.addWorkingDays(filed, 7);
    expect(due).toEqual(endOf('2027-10-11'));
    expect(calendar.isWorkingDay('2027-10-01')).toBe(true);
    expect(calendar.missingYears(filed, due)).toEqual([2027]);
  });

  it('reports a deadline that crosses into a year without data', () => {
    const filed = china('2026-12-28T10:00');
    const due = calendar.addWorkingDays(filed, 7);
    expect(due).toEqual(endOf('2027-01-06'));
    expect(calendar.missingYears(filed, due)).toEqual([2027]);
    expect(calendar.missingYears(filed, china('2026-12-31T10:00'))).toEqual([]);
  });
});

describe('holiday data and its override', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  function writeOverride(content: unknown): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'holidays-'));
    dirs.push(dir);
    const file = path.join(dir, 'calendar.json');
    fs.writeFileSync(file, JSON.stringify(content));
    return file;
  }

  const year2027: HolidayYear = {
    year: 2027,
    source: { title: 'test notice', url: 'https://example.test/2027' },
    restDays: [{ name: '国庆节', from: '2027-10-01', to: '2027-10-07' }],
    makeUpWorkingDays: [{ name: '国庆节', day: '2027-10-09' }],
  };

  it('takes a constructor’s data as it is, so config can stand in for the shipped files', () => {
    const custom = new WorkingCalendar([year2027]);
    expect(custom.hasYear(2026)).toBe(false);
    expect(custom.isWorkingDay('2027-10-04')).toBe(false);
    expect(custom.isWorkingDay('2027-10-09')).toBe(true);
  });

  it('adds a year from the override file and keeps the shipped ones', () => {
    const loaded = loadWorkingCalendar(writeOverride([year2027]));
    expect(loaded.hasYear(2026)).toBe(true);
    expect(loaded.hasYear(2027)).toBe(true);
    expect(loaded.isWorkingDay('2027-10-01')).toBe(false);
  });

  it('lets the override file replace a shipped year', () => {
    const replaced = { ...year2027, year: 2026, restDays: [], makeUpWorkingDays: [] };
    const loaded = loadWorkingCalendar(writeOverride(replaced));
    expect(loaded.isWorkingDay('2026-10-01')).toBe(true);
    expect(loaded.isWorkingDay('2026-10-10')).toBe(false);
  });

  it('refuses an unreadable or wrong override at boot', () => {
    expect(() => loadWorkingCalendar('/nonexistent/calendar.json')).toThrow(HolidayDataError);
    expect(() => loadWorkingCalendar(writeOverride({ ...year2027, source: undefined }))).toThrow(/source/);
    const strayDay = { ...year2027, makeUpWorkingDays: [{ name: 'x', day: '2028-01-02' }] };
    expect(() => loadWorkingCalendar(writeOverride(strayDay))).toThrow(/not a day of 2027/);
  });

  it('refuses a day that is both off and on', () => {
    const both = { ...year2027, makeUpWorkingDays: [{ name: '国庆节', day: '2027-10-03' }] };
    expect(() => parseHolidayYear(both, 'test')).toThrow(/both a rest day and a working day/);
  });

  it('refuses the same year twice', () => {
    expect(() => new WorkingCalendar([year2027, year2027])).toThrow(HolidayDataError);
  });
});
