import { describe, expect, it } from 'vitest';
import { commissioningText, eventLocalTime, isDay, lotProblem, serialInRange } from './trace';

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

  it('knows whether an item was among the codes one commissioning issued', () => {
    const range = { first: '00000101', last: '00000120' };
    expect(serialInRange('00000107', range)).toBe(true);
    expect(serialInRange('00000007', range)).toBe(false);
    expect(serialInRange('120', range)).toBe(true);
    expect(serialInRange('A7', { first: 'A1', last: 'A9' })).toBe(true);
  });

  it('says of a commissioning whether the scanned item was among it, or speaks of the batch', () => {
    const range = { first: '00000101', last: '00000120' };
    expect(commissioningText(range, 20, '00000007')).toBe('为本批次的另外 20\u00a0件赋码，不含本品');
    expect(commissioningText(range, 20, '00000107')).toBe('本品（序号 00000107）在这次赋码的 00000101–00000120 之中');
    expect(commissioningText(range, 20, null)).toBe('单品序号 00000101–00000120');
  });
});
