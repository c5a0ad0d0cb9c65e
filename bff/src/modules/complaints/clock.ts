import type { Complaint, ComplaintClockPause, ComplaintStatus } from './complaints.entity';
import type { WorkingCalendar } from './working-days';

/**
 * The 12315 time limits of each open stage, in working days (市场监督管理投诉举报处理暂行办法):
 * a regulator decides on acceptance within 7 of filing (第十四条); an ODR merchant, or one a
 * regulator forwarded the complaint to, negotiates within 10; mediation ends within 45 of the
 * acceptance (第二十一条), so the days spent negotiating count towards it.
 */
export const STAGES: Partial<Record<ComplaintStatus, { label: string; workingDays: number }>> = {
  SUBMITTED: { label: '受理', workingDays: 7 },
  NEGOTIATING: { label: '协商', workingDays: 10 },
  MEDIATING: { label: '调解', workingDays: 45 },
};
export const CLOSED: ReadonlySet<ComplaintStatus> = new Set(['DECLINED', 'SETTLED', 'MEDIATED', 'WITHDRAWN']);
/** Closes that count as resolving the dispute, for the regulator's figure. */
export const RESOLVED: ComplaintStatus[] = ['SETTLED', 'MEDIATED'];

/** Where the current stage's clock stands. */
export interface StageDeadline {
  /** 受理 · 协商 · 调解; '' once closed. */
  stage: string;
  dueAt: Date | null;
  paused: boolean;
  workingDaysLeft: number | null;
  overdue: boolean;
}

/** The deadline of the complaint's stage at `now`; a paused one's days left come from `pausedDaysLeft`. */
export function deadlineOf(complaint: Complaint, calendar: WorkingCalendar, now: Date): StageDeadline {
  const stage = STAGES[complaint.status];
  const none: StageDeadline = { stage: stage?.label ?? '', dueAt: null, paused: false, workingDaysLeft: null, overdue: false };
  if (!stage) return none;
  if (complaint.pausedSince) return { ...none, paused: true };
  const dueAt = complaint.dueAt!;
  const overdue = now > dueAt;
  return { ...none, dueAt, overdue, workingDaysLeft: overdue ? 0 : calendar.workingDaysBetween(now, dueAt) };
}

/** The negotiation clock given the pauses of its stage (earlier stages' pauses do not count). */
function negotiationClock(complaint: Complaint, pauses: readonly ComplaintClockPause[], calendar: WorkingCalendar) {
  return calendar.deadlineWithPauses(
    complaint.stageStartedAt,
    STAGES.NEGOTIATING!.workingDays,
    pauses.filter((p) => p.pausedFrom >= complaint.stageStartedAt).map((p) => ({ from: p.pausedFrom, to: p.pausedTo })),
  );
}

/** Working days left when the clock stopped, for a paused negotiation. */
export function pausedDaysLeft(complaint: Complaint, pauses: readonly ComplaintClockPause[], calendar: WorkingCalendar): number | null {
  if (!complaint.pausedSince || complaint.status !== 'NEGOTIATING') return null;
  const state = negotiationClock(complaint, pauses, calendar);
  return state.running ? 0 : state.workingDaysLeft;
}

/** The negotiation deadline with every pause of this stage given back, once the clock runs again. */
export function runningDueAt(complaint: Complaint, pauses: readonly ComplaintClockPause[], calendar: WorkingCalendar): Date {
  const state = negotiationClock(complaint, pauses, calendar);
  if (!state.running) throw new Error('a closed pause left the clock stopped');
  return state.dueAt;
}
