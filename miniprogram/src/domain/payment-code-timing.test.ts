import { describe, expect, it } from 'vitest';
import { codeTiming, secondsLeft, secondsToRefresh } from './payment-code-timing';

const received = Date.parse('2025-11-23T02:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('payment code timing', () => {
  it('replaces a one-minute code after 45 s, 15 s before it expires', () => {
    const timing = codeTiming(iso(received + 60_000), received);
    expect(timing.expiresAt).toBe(received + 60_000);
    expect(timing.refreshAt).toBe(received + 45_000);
    expect(secondsToRefresh(timing, received)).toBe(45);
    expect(secondsLeft(timing, received + 59_500)).toBe(1);
    expect(secondsLeft(timing, received + 61_000)).toBe(0);
  });

  it('copes with the answer arriving late: refreshes earlier, never in a tight loop', () => {
    expect(codeTiming(iso(received + 20_000), received).refreshAt).toBe(received + 5_000);
    expect(codeTiming(iso(received + 3_000), received)).toEqual({ expiresAt: received + 3_000, refreshAt: received + 3_000 });
  });

  it('assumes the usual minute when the phone clock is far off the server', () => {
    // Phone clock 5 minutes fast: the code seems long expired.
    expect(codeTiming(iso(received - 240_000), received)).toEqual({ expiresAt: received + 60_000, refreshAt: received + 45_000 });
    // Phone clock 5 minutes slow: the code seems to last six minutes.
    expect(codeTiming(iso(received + 360_000), received).refreshAt).toBe(received + 45_000);
    expect(codeTiming('not a date', received).refreshAt).toBe(received + 45_000);
  });
});
