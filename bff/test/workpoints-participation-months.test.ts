import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/clock';
import { Role } from '../src/core/roles';
import type { ParticipationStatus } from '../src/modules/workpoints/activities/activities.entity';
import { Participation } from '../src/modules/workpoints/activities/activities.entity';
import { chinaMonthsUpTo } from '../src/modules/workpoints/activities/participation-months';
import { errorCode, startTestApp, type TestApp } from './helpers';
import { newPerson } from './workpoints-helpers';

const BY_MONTH = `query($months: Int) { villageParticipationByMonth(months: $months) { month completed } }`;

let app: TestApp;
let clock: ManualClock;
let admin: string;
let villageId: number;
let nextVillager = 990_000;

/** A participation written as the activities service leaves it, evidence in at `submittedAt` (UTC). */
async function participation(status: ParticipationStatus, submittedAt: string, inVillage = villageId): Promise<void> {
  const at = new Date(submittedAt);
  await app.core.stores.get('village').manager.insert(Participation, {
    activityId: 990_001,
    villagerId: ++nextVillager,
    villageId: inVillage,
    status,
    checkedInAt: null,
    submittedAt: at,
    photoKeys: '',
    note: '',
    filedBy: null,
    reviewedBy: null,
    reviewedAt: null,
    rejectReason: null,
    createdAt: at,
  });
}

beforeAll(async () => {
  // Mid-June 2026 in China.
  clock = new ManualClock(new Date('2026-06-15T04:00:00Z'));
  app = await startTestApp({}, { overrides: { clock } });
  admin = await app.loginAs('demo-admin');
  villageId = (await app.gql('{ me { village { id } } }', {}, admin)).data!.me.village.id;
  villageId = Number(villageId);

  // April: two approved. May: one approved, on its last evening in China (16:30 UTC on 31 May is
  // 00:30 on 1 June there, so that one counts in June), one refused, one waiting.
  await participation('APPROVED', '2026-04-03T02:00:00Z');
  await participation('APPROVED', '2026-04-29T10:00:00Z');
  await participation('APPROVED', '2026-05-20T01:00:00Z');
  await participation('REJECTED', '2026-05-21T01:00:00Z');
  await participation('SUBMITTED', '2026-05-22T01:00:00Z');
  await participation('APPROVED', '2026-05-31T16:30:00Z');
  // June so far: one approved; and another village's, which is not this cadre's to count.
  await participation('APPROVED', '2026-06-10T08:00:00Z');
  await participation('APPROVED', '2026-06-10T08:00:00Z', villageId + 1000);
  // Too old for three months.
  await participation('APPROVED', '2026-03-31T15:59:59Z');
});
afterAll(() => app?.close());

describe('participations month by month, for the village cadre', () => {
  it('counts the approved ones of the village in each China month, oldest first, this month so far included', async () => {
    const response = await app.gql(BY_MONTH, { months: 3 }, admin);
    expect(response.data!.villageParticipationByMonth).toEqual([
      { month: '2026-04', completed: 2 },
      { month: '2026-05', completed: 1 },
      { month: '2026-06', completed: 2 },
    ]);
  });

  it('gives six months by default, with the months nobody took part in as 0', async () => {
    const months = (await app.gql(BY_MONTH, {}, admin)).data!.villageParticipationByMonth;
    expect(months.map((m: { month: string }) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(months.map((m: { completed: number }) => m.completed)).toEqual([0, 0, 1, 2, 1, 2]);
  });

  it('takes 1 to 12 months', async () => {
    expect(errorCode(await app.gql(BY_MONTH, { months: 0 }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(BY_MONTH, { months: 13 }, admin))).toBe('BAD_USER_INPUT');
  });

  it('is the cadre’s alone: a villager is refused', async () => {
    const villager = await newPerson(app, [Role.VILLAGER]);
    expect(errorCode(await app.gql(BY_MONTH, {}, villager.token))).toBe('FORBIDDEN');
  });
});

describe('China months', () => {
  it('runs across a year end, each month from its first instant in China to the next one', () => {
    expect(chinaMonthsUpTo(new Date('2026-01-31T17:00:00Z'), 3)).toEqual([
      // 17:00 UTC on 31 January is 1 February in China.
      { month: '2025-12', from: new Date('2025-11-30T16:00:00Z'), to: new Date('2025-12-31T16:00:00Z') },
      { month: '2026-01', from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-01-31T16:00:00Z') },
      { month: '2026-02', from: new Date('2026-01-31T16:00:00Z'), to: new Date('2026-02-28T16:00:00Z') },
    ]);
  });
});
