import { describe, expect, it } from 'vitest';
import { activityStep, canCancelSignUp, type ActivityForSteps } from './activity-steps';

const now = new Date('2025-11-23T02:00:00.000Z');
const hour = 3600_000;
const at = (offsetHours: number) => new Date(now.getTime() + offsetHours * hour).toISOString();

function activity(overrides: Partial<ActivityForSteps> = {}): ActivityForSteps {
  return {
    evidence: 'PHOTO',
    cancelledAt: null,
    signupOpensAt: at(-24),
    signupClosesAt: at(24),
    endsAt: at(48),
    placesLeft: null,
    myParticipation: null,
    ...overrides,
  };
}

const mine = (
  status: 'SIGNED_UP' | 'SUBMITTED' | 'APPROVED' | 'REJECTED',
  extra: { checkedInAt?: string | null; rejectReason?: string | null } = {},
) => ({
  status,
  checkedInAt: extra.checkedInAt ?? null,
  rejectReason: extra.rejectReason ?? null,
});

describe('the next step on an activity', () => {
  it('offers 报名 while sign-up is open and there is room', () => {
    expect(activityStep(activity(), now)).toEqual({ kind: 'sign-up' });
    expect(activityStep(activity({ placesLeft: 3 }), now)).toEqual({ kind: 'sign-up' });
  });

  it('says why one cannot sign up', () => {
    expect(activityStep(activity({ placesLeft: 0 }), now).kind).toBe('full');
    expect(activityStep(activity({ signupOpensAt: at(2) }), now)).toEqual({ kind: 'signup-not-open', opensAt: at(2) });
    expect(activityStep(activity({ signupClosesAt: at(-1) }), now).kind).toBe('signup-closed');
    expect(activityStep(activity({ cancelledAt: at(-1) }), now).kind).toBe('cancelled');
    expect(activityStep(activity({ endsAt: at(-1), signupClosesAt: at(-2) }), now).kind).toBe('ended');
  });

  it('after sign-up: photo activities go straight to the photo, check-in ones to 签到 first', () => {
    expect(activityStep(activity({ myParticipation: mine('SIGNED_UP') }), now)).toEqual({
      kind: 'submit',
      needsPhoto: true,
      rejectReason: null,
    });
    expect(activityStep(activity({ evidence: 'CHECKIN', myParticipation: mine('SIGNED_UP') }), now)).toEqual({
      kind: 'check-in',
      rejectReason: null,
    });
    expect(activityStep(activity({ evidence: 'CHECKIN_AND_PHOTO', myParticipation: mine('SIGNED_UP') }), now).kind).toBe('check-in');
  });

  it('after check-in: submit, with a photo only where one is needed', () => {
    const checkedIn = mine('SIGNED_UP', { checkedInAt: at(-1) });
    expect(activityStep(activity({ evidence: 'CHECKIN', myParticipation: checkedIn }), now)).toEqual({
      kind: 'submit',
      needsPhoto: false,
      rejectReason: null,
    });
    expect(activityStep(activity({ evidence: 'CHECKIN_AND_PHOTO', myParticipation: checkedIn }), now)).toEqual({
      kind: 'submit',
      needsPhoto: true,
      rejectReason: null,
    });
  });

  it('waits for review, then shows the verdict', () => {
    expect(activityStep(activity({ myParticipation: mine('SUBMITTED') }), now).kind).toBe('pending');
    expect(activityStep(activity({ myParticipation: mine('APPROVED') }), now).kind).toBe('approved');
    // Even once the activity is over or cancelled, what happened to one's own submission shows.
    expect(activityStep(activity({ cancelledAt: at(-1), myParticipation: mine('APPROVED') }), now).kind).toBe('approved');
  });

  it('未通过: shows the reason and lets the villager submit again', () => {
    expect(activityStep(activity({ myParticipation: mine('REJECTED', { rejectReason: '照片看不清' }) }), now)).toEqual({
      kind: 'submit',
      needsPhoto: true,
      rejectReason: '照片看不清',
    });
  });

  it('no check-in after the end, so nothing more to do then', () => {
    expect(
      activityStep(activity({ evidence: 'CHECKIN', endsAt: at(-1), signupClosesAt: at(-2), myParticipation: mine('SIGNED_UP') }), now).kind,
    ).toBe('ended');
  });
});

describe('taking a sign-up back', () => {
  const upcoming = (overrides: Partial<ActivityForSteps> = {}) => ({ ...activity(overrides), startsAt: at(2) });

  it('is offered before the start, while nothing has happened on the sign-up', () => {
    expect(canCancelSignUp(upcoming({ myParticipation: mine('SIGNED_UP') }), now)).toBe(true);
  });

  it('is not offered once the activity starts, after a check-in or evidence, or without a sign-up', () => {
    expect(canCancelSignUp({ ...upcoming({ myParticipation: mine('SIGNED_UP') }), startsAt: at(0) }, now)).toBe(false);
    expect(canCancelSignUp(upcoming({ myParticipation: mine('SIGNED_UP', { checkedInAt: at(-1) }) }), now)).toBe(false);
    expect(canCancelSignUp(upcoming({ myParticipation: mine('SUBMITTED') }), now)).toBe(false);
    expect(canCancelSignUp(upcoming({ myParticipation: mine('REJECTED') }), now)).toBe(false);
    expect(canCancelSignUp(upcoming(), now)).toBe(false);
    expect(canCancelSignUp(upcoming({ myParticipation: mine('SIGNED_UP'), cancelledAt: at(-1) }), now)).toBe(false);
  });
});
