import { describe, expect, it } from 'vitest';
import { eventLocalTime, isDay, lotProblem } from './trace';

describe('浙食链 checks', () => {
  it('takes lots of GS1 CSET 82, at most 20 characters', () => {
    expect(lotProblem('L20261120')).toBeNull();
    expect(lotProblem('A-1/2.b_3')).toBeNull();
    expect(lotProblem('')).toBe('请填批号');
    expect(lotProblem('二〇二六')).toContain('不能有汉字和空格');
    expect(lotProblem('L 1')).toContain('不能有汉字和空格');
    expect(lotProblem('L'.repeat(21))).toContain('最多 20 位');
  });

  it('knows a calendar day', () => {
    expect(isDay('2026-11-20')).toBe(true);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('20261120')).toBe(false);
  });

  it('shows an event at the local time it was recorded in', () => {
    expect(eventLocalTime('2026-11-20T00:30:00.000Z', '+08:00')).toBe('2026-11-20 08:30');
    expect(eventLocalTime('2026-11-20T00:30:00.000Z', '-05:00')).toBe('2026-11-19 19:30');
  });
});
