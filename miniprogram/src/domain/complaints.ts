/**
 * 浙江市场在线 complaints on the mini-program's screens. The enums, their labels and the rules
 * both sides share (`isComplaintOpen`, `demandNeedsAmount`, `auditActionLabel`…) live once in
 * `@gongfu/shared-types/domain/complaints` and are re-exported here, so pages keep importing
 * everything about complaints from `@/domain/complaints`; this file adds only what the screens
 * need on top: tones, the deadline line, the figures' wording and where photos are read from.
 */
import type { ComplaintPartyName, ComplaintStatusName } from '@gongfu/shared-types/domain/complaints';
import { isComplaintOpen } from '@gongfu/shared-types/domain/complaints';

export * from '@gongfu/shared-types/domain/complaints';

/** How a status tag looks: still to be acted on, being worked on, or over. */
export type ComplaintTone = 'waiting' | 'active' | 'done' | 'stopped';

export const COMPLAINT_STATUS_TONE: Record<ComplaintStatusName, ComplaintTone> = {
  SUBMITTED: 'waiting',
  NEGOTIATING: 'active',
  MEDIATING: 'active',
  SETTLED: 'done',
  MEDIATED: 'done',
  DECLINED: 'stopped',
  WITHDRAWN: 'stopped',
};

/** The consumer may rate how it ended, once: the page shows the stars only then. */
export function canRateComplaint(status: ComplaintStatusName, rating: number | null | undefined): boolean {
  return (status === 'SETTLED' || status === 'MEDIATED') && (rating === null || rating === undefined);
}

export interface ComplaintDeadlineView {
  dueAt?: string | null;
  paused: boolean;
  workingDaysLeft?: number | null;
  overdue: boolean;
  stage: string;
}

export type DeadlineTone = 'calm' | 'soon' | 'overdue' | 'paused' | 'none';

/**
 * The deadline as one short line for whoever looks: "协商 · 还剩 3 个工作日", "受理 · 已超期",
 * "等待您答复，计时暂停". A closed complaint has none.
 */
export function deadlineText(
  status: ComplaintStatusName,
  deadline: ComplaintDeadlineView,
  viewer: ComplaintPartyName | null | undefined,
): { text: string; tone: DeadlineTone } {
  if (!isComplaintOpen(status)) return { text: '已结束', tone: 'none' };
  const stage = deadline.stage ? `${deadline.stage} · ` : '';
  if (deadline.paused) {
    // For the consumer it is a call to act; for the others, only why the clock stands still.
    if (viewer === 'CONSUMER') return { text: '等待您答复，计时暂停', tone: 'soon' };
    return { text: '等待消费者答复，计时暂停', tone: 'paused' };
  }
  if (deadline.overdue) return { text: `${stage}已超期`, tone: 'overdue' };
  const left = deadline.workingDaysLeft;
  if (left === null || left === undefined) return { text: `${stage}处理中`, tone: 'calm' };
  if (left <= 0) return { text: `${stage}今天到期`, tone: 'soon' };
  return { text: `${stage}还剩 ${left} 个工作日`, tone: left <= 2 ? 'soon' : 'calm' };
}

/** "4.5 个工作日", or a dash when nothing was resolved that month. */
export function medianDaysText(median: number | null | undefined): string {
  if (median === null || median === undefined) return '—';
  const rounded = Math.round(median * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} 个工作日`;
}

/** "2026-11" → "2026 年 11 月". */
export function monthText(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${match[1]} 年 ${Number(match[2])} 月` : month;
}

/** The yellow line for a missing holiday calendar: "2027 年节假日安排未录入，期限只按周末计算". */
export function missingCalendarText(years: readonly number[]): string | null {
  if (years.length === 0) return null;
  return `${[...years].sort((a, b) => a - b).join('、')} 年节假日安排未录入，期限只按周末计算`;
}

/** Where an evidence or thread photo is read from: its key under the BFF's /files/. */
export function fileUrl(key: string): string {
  if (key.startsWith('/') || /^https?:\/\//.test(key)) return key;
  return `/files/${key}`;
}
