import { describe, expect, it } from 'vitest';
import * as shared from '@gongfu/shared-types/domain/complaints';
import {
  COMPLAINT_STATUSES,
  COMPLAINT_STATUS_LABEL,
  COMPLAINT_STATUS_TONE,
  auditActionLabel,
  canRateComplaint,
  deadlineText,
  demandNeedsAmount,
  fileUrl,
  isComplaintOpen,
  medianDaysText,
  missingCalendarText,
  monthText,
} from './complaints';

const deadline = { dueAt: '2026-11-30T16:00:00.000Z', paused: false, workingDaysLeft: 3, overdue: false, stage: '协商' };

describe('complaint words', () => {
  it('are the shared ones, so the pages say what the BFF describes', () => {
    expect(COMPLAINT_STATUS_LABEL).toBe(shared.COMPLAINT_STATUS_LABEL);
    expect(isComplaintOpen).toBe(shared.isComplaintOpen);
    expect(demandNeedsAmount('REFUND')).toBe(true);
    expect(auditActionLabel('ESCALATED_OVERDUE')).toBe('协商超期，转调解');
  });

  it('gives every status a tone', () => {
    expect(COMPLAINT_STATUSES.map((s) => COMPLAINT_STATUS_TONE[s])).toEqual([
      'waiting',
      'stopped',
      'active',
      'done',
      'active',
      'done',
      'stopped',
    ]);
  });
});

describe('complaint deadlines', () => {
  it('counts the working days left', () => {
    expect(deadlineText('NEGOTIATING', deadline, 'MERCHANT')).toEqual({ text: '协商 · 还剩 3 个工作日', tone: 'calm' });
    expect(deadlineText('NEGOTIATING', { ...deadline, workingDaysLeft: 1 }, 'MERCHANT').tone).toBe('soon');
    expect(deadlineText('SUBMITTED', { ...deadline, workingDaysLeft: 0, stage: '受理' }, 'REGULATOR').text).toBe('受理 · 今天到期');
  });

  it('says when it is overdue', () => {
    expect(deadlineText('MEDIATING', { ...deadline, overdue: true, workingDaysLeft: -2, stage: '调解' }, 'REGULATOR')).toEqual({
      text: '调解 · 已超期',
      tone: 'overdue',
    });
  });

  it('says whose answer the paused clock waits for', () => {
    expect(deadlineText('NEGOTIATING', { ...deadline, paused: true }, 'CONSUMER')).toEqual({ text: '等待您答复，计时暂停', tone: 'soon' });
    expect(deadlineText('NEGOTIATING', { ...deadline, paused: true }, 'MERCHANT')).toEqual({
      text: '等待消费者答复，计时暂停',
      tone: 'paused',
    });
  });

  it('has none once the complaint is closed', () => {
    expect(deadlineText('SETTLED', { ...deadline, dueAt: null, workingDaysLeft: null }, 'CONSUMER')).toEqual({
      text: '已结束',
      tone: 'none',
    });
  });
});

describe('complaint figures', () => {
  it('writes the median and the month', () => {
    expect(medianDaysText(4)).toBe('4 个工作日');
    expect(medianDaysText(4.25)).toBe('4.3 个工作日');
    expect(medianDaysText(null)).toBe('—');
    expect(monthText('2026-11')).toBe('2026 年 11 月');
  });

  it('warns about missing holiday calendars', () => {
    expect(missingCalendarText([])).toBeNull();
    expect(missingCalendarText([2028, 2027])).toBe('2027、2028 年节假日安排未录入，期限只按周末计算');
  });

  it('rates only settled or mediated complaints, once', () => {
    expect(canRateComplaint('SETTLED', null)).toBe(true);
    expect(canRateComplaint('MEDIATED', undefined)).toBe(true);
    expect(canRateComplaint('MEDIATED', 4)).toBe(false);
    expect(canRateComplaint('NEGOTIATING', null)).toBe(false);
  });

  it('reads evidence keys under /files/', () => {
    expect(fileUrl('1/202611/abc.png')).toBe('/files/1/202611/abc.png');
    expect(fileUrl('/files/1/a.png')).toBe('/files/1/a.png');
  });
});
