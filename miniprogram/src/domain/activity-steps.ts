import type { EvidenceRule, ParticipationStatus } from '@gongfu/shared-types';

export interface ActivityForSteps {
  evidence: EvidenceRule;
  cancelledAt: string | null;
  signupOpensAt: string;
  signupClosesAt: string;
  endsAt: string;
  placesLeft: number | null;
  myParticipation: {
    status: ParticipationStatus;
    checkedInAt: string | null;
    rejectReason: string | null;
  } | null;
}

/**
 * Where a villager stands with an activity, and so the one thing the page offers next:
 * 报名 → (现场签到) → (上传照片) + 提交 → 待审核 → 已通过, or 未通过 and submit again.
 */
export type ActivityStep =
  | { kind: 'cancelled' }
  | { kind: 'ended' }
  | { kind: 'signup-not-open'; opensAt: string }
  | { kind: 'signup-closed' }
  | { kind: 'full' }
  | { kind: 'sign-up' }
  | { kind: 'check-in'; rejectReason: string | null }
  | { kind: 'submit'; needsPhoto: boolean; rejectReason: string | null }
  | { kind: 'pending' }
  | { kind: 'approved' };

export const needsCheckIn = (evidence: EvidenceRule) => evidence !== 'PHOTO';
export const needsPhoto = (evidence: EvidenceRule) => evidence !== 'CHECKIN';

export function activityStep(activity: ActivityForSteps, now: Date = new Date()): ActivityStep {
  const mine = activity.myParticipation;
  const time = now.getTime();

  if (mine?.status === 'APPROVED') return { kind: 'approved' };
  if (mine?.status === 'SUBMITTED') return { kind: 'pending' };
  if (activity.cancelledAt) return { kind: 'cancelled' };

  if (!mine) {
    if (time > Date.parse(activity.endsAt)) return { kind: 'ended' };
    if (time < Date.parse(activity.signupOpensAt)) return { kind: 'signup-not-open', opensAt: activity.signupOpensAt };
    if (time > Date.parse(activity.signupClosesAt)) return { kind: 'signup-closed' };
    if (activity.placesLeft !== null && activity.placesLeft <= 0) return { kind: 'full' };
    return { kind: 'sign-up' };
  }

  // Signed up, or sent back (未通过) to try again.
  const rejectReason = mine.status === 'REJECTED' ? mine.rejectReason : null;
  if (needsCheckIn(activity.evidence) && !mine.checkedInAt) {
    // The BFF refuses check-in after the end; nothing else can be done then.
    if (time > Date.parse(activity.endsAt)) return { kind: 'ended' };
    return { kind: 'check-in', rejectReason };
  }
  return { kind: 'submit', needsPhoto: needsPhoto(activity.evidence), rejectReason };
}

/**
 * A sign-up can be taken back (the place freed) until the activity starts, as long as nothing has
 * happened on it yet: no check-in, no evidence sent. The BFF checks the same.
 */
export function canCancelSignUp(
  activity: Pick<ActivityForSteps, 'cancelledAt' | 'myParticipation'> & { startsAt: string },
  now: Date = new Date(),
): boolean {
  const mine = activity.myParticipation;
  return mine?.status === 'SIGNED_UP' && !mine.checkedInAt && !activity.cancelledAt && now.getTime() < Date.parse(activity.startsAt);
}
