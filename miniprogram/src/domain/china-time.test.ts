import { describe, expect, it } from 'vitest';
import { addDays, chinaLocalToIso, chinaToday, describeServiceDate, formatDateTime, formatTimeRange, isoToChinaLocal } from './china-time';

const now = new Date('2025-11-23T02:00:00.000Z'); // 10:00 in China

describe('China time', () => {
  it('formats in UTC+8 whatever the device zone', () => {
    expect(formatDateTime('2025-11-23T01:30:00.000Z', now)).toBe('11月23日 09:30');
    expect(formatDateTime('2024-11-23T17:00:00.000Z', now)).toBe('2024年11月24日 01:00');
    expect(formatTimeRange('2025-11-23T01:00:00.000Z', '2025-11-23T03:30:00.000Z', now)).toBe('11月23日 09:00 至 11:30');
  });

  it('knows today and tomorrow in China', () => {
    expect(chinaToday(new Date('2025-11-23T16:30:00.000Z'))).toBe('2025-11-24');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(describeServiceDate('2025-11-24', now)).toBe('明天 · 11月24日 星期一');
  });

  it('reads a date-time field as China time, both ways', () => {
    expect(chinaLocalToIso('2025-11-24T09:00')).toBe('2025-11-24T01:00:00.000Z');
    expect(isoToChinaLocal('2025-11-24T01:00:00.000Z')).toBe('2025-11-24T09:00');
    expect(chinaLocalToIso('')).toBeNull();
  });
});
