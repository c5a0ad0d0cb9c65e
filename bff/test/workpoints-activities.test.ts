import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/roles';
import { Account, AccountRole } from '../src/modules/identity/identity.entity';
import { Activity } from '../src/modules/workpoints/activities/activities.entity';
import { errorCode, refusal, startTestApp, type TestApp } from './helpers';
import { ledgerDrift, newPerson, upload, uploadPhoto } from './workpoints-helpers';

const PUBLISH = `mutation($input: PublishActivityInput!) { publishActivity(input: $input) { ... on Activity { id title points capacity placesLeft signupCount evidence scene { name } } ... on ErrorResult { errorCode message } ... on WorkpointsError { field } } }`;
const SIGN_UP = `mutation($id: ID!) { signUpForActivity(activityId: $id) { ... on Participation { id status } ... on ErrorResult { errorCode message } } }`;
const CHECK_IN = `mutation($code: String!) { checkInToActivity(code: $code) { ... on Participation { id checkedInAt } ... on ErrorResult { errorCode message } } }`;
const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { ... on Participation { id status photoUrls } ... on ErrorResult { errorCode message } } }`;
const APPROVE = `mutation($id: ID!) { approveParticipation(participationId: $id) { ... on Participation { id status } ... on ErrorResult { errorCode message } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectParticipation(participationId: $id, reason: $reason) { ... on Participation { id status rejectReason } ... on ErrorResult { errorCode message } } }`;
const BALANCE = `{ myPointsBalance }`;
const CHECKIN_CODE = `query($id: ID!) { activityCheckinCode(activityId: $id) }`;

let app: TestApp;
let admin: string;
let sceneId: string;
const HOUR = 3600_000;

function activityInput(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    sceneId,
    title: '河道巡查',
    description: '沿河巡查一段',
    points: 20,
    capacity: null,
    signupOpensAt: new Date(now - HOUR).toISOString(),
    signupClosesAt: new Date(now + 24 * HOUR).toISOString(),
    startsAt: new Date(now - HOUR).toISOString(),
    endsAt: new Date(now + 48 * HOUR).toISOString(),
    place: '永兴河河埠头',
    evidence: 'CHECKIN_AND_PHOTO',
    ...overrides,
  };
}

async function publish(overrides: Record<string, unknown> = {}) {
  const response = await app.gql(PUBLISH, { input: activityInput(overrides) }, admin);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.publishActivity;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('demo-admin');
  const scenes = await app.gql('{ scenes { id code module name } }', {}, admin);
  expect(scenes.data!.scenes).toHaveLength(12);
  sceneId = scenes.data!.scenes.find((s: { code: string }) => s.code === 'five-waters').id;
});
afterAll(() => app?.close());

describe('an activity from publishing to points', () => {
  it('awards the points once a cadre approves the check-in and photo', async () => {
    const activity = await publish();
    expect(activity).toMatchObject({ title: '河道巡查', scene: { name: '五水共治' }, placesLeft: null });
    const villager = await newPerson(app, [Role.VILLAGER]);

    const open = await app.gql('{ openActivities(first: 50) { items { id title } nextCursor } }', {}, villager.token);
    expect(open.data!.openActivities.items.map((a: { id: string }) => a.id)).toContain(activity.id);

    const signedUp = await app.gql(SIGN_UP, { id: activity.id }, villager.token);
    expect(signedUp.data!.signUpForActivity.status).toBe('SIGNED_UP');
    const code = (await app.gql(CHECKIN_CODE, { id: activity.id }, admin)).data!.activityCheckinCode;
    const checkedIn = await app.gql(CHECK_IN, { code }, villager.token);
    expect(checkedIn.data!.checkInToActivity.checkedInAt).toBeTruthy();

    const photo = await uploadPhoto(app, villager.token);
    const submitted = await app.gql(
      SUBMIT,
      { input: { participationId: signedUp.data!.signUpForActivity.id, photoKeys: [photo], note: '捡了两袋垃圾' } },
      villager.token,
    );
    expect(submitted.data!.submitEvidence).toMatchObject({ status: 'SUBMITTED', photoUrls: [`/files/${photo}`] });

    const queue = await app.gql('{ reviewQueue(first: 50) { items { id note villager { displayName } activity { title } } } }', {}, admin);
    expect(queue.data!.reviewQueue.items.map((p: { id: string }) => p.id)).toContain(signedUp.data!.signUpForActivity.id);

    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(0);
    const approved = await app.gql(APPROVE, { id: signedUp.data!.signUpForActivity.id }, admin);
    expect(approved.data!.approveParticipation.status).toBe('APPROVED');
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(20);

    const history = await app.gql('{ myPointsHistory(first: 5) { items { kind amount balanceAfter reason } } }', {}, villager.token);
    expect(history.data!.myPointsHistory.items[0]).toEqual({ kind: 'AWARD', amount: 20, balanceAfter: 20, reason: '参加活动：河道巡查' });

    const again = await app.gql(APPROVE, { id: signedUp.data!.signUpForActivity.id }, admin);
    expect(refusal(again)).toBe('ALREADY_REVIEWED');
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(20);
    expect(await ledgerDrift(app)).toEqual([]);
  });

  it('lets the photo of the evidence be read by its owner and the cadre, not by others', async () => {
    const villager = await newPerson(app, [Role.VILLAGER]);
    const stranger = await newPerson(app, [Role.VILLAGER]);
    const key = await uploadPhoto(app, villager.token);
    const read = (token: string) =>
      app.server.inject({ method: 'GET', url: `/files/${key}`, headers: { authorization: `Bearer ${token}` } });
    expect((await read(villager.token)).statusCode).toBe(200);
    expect((await read(admin)).statusCode).toBe(200);
    expect((await read(stranger.token)).statusCode).toBe(403);
    const otherVillageCadre = await newPerson(app, [Role.VILLAGE_ADMIN], '云石村');
    expect((await read(otherVillageCadre.token)).statusCode).toBe(403);
    expect((await app.server.inject({ method: 'GET', url: `/files/${key}` })).statusCode).toBe(401);
  });

  it('shows the villager why a cadre rejected the evidence, and lets the villager submit again', async () => {
    const activity = await publish({ evidence: 'PHOTO' });
    const villager = await newPerson(app, [Role.VILLAGER]);
    const participation = (await app.gql(SIGN_UP, { id: activity.id }, villager.token)).data!.signUpForActivity;
    const photo = await uploadPhoto(app, villager.token);
    await app.gql(SUBMIT, { input: { participationId: participation.id, photoKeys: [photo] } }, villager.token);

    const noReason = await app.gql(REJECT, { id: participation.id, reason: '' }, admin);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const rejected = await app.gql(REJECT, { id: participation.id, reason: '照片看不清河道' }, admin);
    expect(rejected.data!.rejectParticipation).toMatchObject({ status: 'REJECTED', rejectReason: '照片看不清河道' });

    const mine = await app.gql('{ myParticipations(first: 5) { items { id status rejectReason } } }', {}, villager.token);
    expect(mine.data!.myParticipations.items[0]).toMatchObject({ status: 'REJECTED', rejectReason: '照片看不清河道' });
    const resubmitted = await app.gql(SUBMIT, { input: { participationId: participation.id, photoKeys: [photo] } }, villager.token);
    expect(resubmitted.data!.submitEvidence.status).toBe('SUBMITTED');
  });

  it('records a cadre filing for an elderly villager without a phone', async () => {
    const activity = await publish({ evidence: 'CHECKIN' });
    const elder = await newPerson(app, [Role.VILLAGER]);
    const filed = await app.gql(
      `mutation($input: FileOnBehalfInput!) { fileOnBehalf(input: $input) { ... on Participation { id status filedOnBehalf note } ... on ErrorResult { errorCode message } } }`,
      { input: { activityId: activity.id, villagerId: String(elder.id), photoKeys: [], note: '王阿婆到场，村干部代签' } },
      admin,
    );
    expect(filed.data!.fileOnBehalf).toMatchObject({ status: 'SUBMITTED', filedOnBehalf: true });
    await app.gql(APPROVE, { id: filed.data!.fileOnBehalf.id }, admin);
    expect((await app.gql(BALANCE, {}, elder.token)).data!.myPointsBalance).toBe(20);
  });
});

describe('cancelling a sign-up', () => {
  const CANCEL = `mutation($id: ID!) { cancelSignUp(activityId: $id) { __typename ... on Activity { id placesLeft myParticipation { id } } ... on ErrorResult { errorCode message } } }`;
  const later = () => ({ startsAt: new Date(Date.now() + 2 * HOUR).toISOString(), capacity: 1 });

  it('frees the place before the activity starts, for someone else or for a second thought', async () => {
    const activity = await publish(later());
    const [first, second] = await Promise.all([newPerson(app, [Role.VILLAGER]), newPerson(app, [Role.VILLAGER])]);
    await app.gql(SIGN_UP, { id: activity.id }, first.token);
    expect(refusal(await app.gql(SIGN_UP, { id: activity.id }, second.token))).toBe('ACTIVITY_FULL');
    const cancelled = await app.gql(CANCEL, { id: activity.id }, first.token);
    expect(cancelled.data!.cancelSignUp).toMatchObject({ __typename: 'Activity', placesLeft: 1, myParticipation: null });
    expect(refusal(await app.gql(CANCEL, { id: activity.id }, first.token))).toBe('NOT_SIGNED_UP');
    expect((await app.gql(SIGN_UP, { id: activity.id }, second.token)).data!.signUpForActivity.status).toBe('SIGNED_UP');
    expect(refusal(await app.gql(SIGN_UP, { id: activity.id }, first.token))).toBe('ACTIVITY_FULL');
  });

  it('is refused once the activity has started or the evidence is in, and outside the village', async () => {
    const villager = await newPerson(app, [Role.VILLAGER]);
    const started = await publish({ evidence: 'PHOTO' });
    const participation = (await app.gql(SIGN_UP, { id: started.id }, villager.token)).data!.signUpForActivity;
    const tooLate = await app.gql(CANCEL, { id: started.id }, villager.token);
    expect(tooLate.data!.cancelSignUp).toMatchObject({ errorCode: 'SIGNUP_NOT_CANCELLABLE', message: '活动已经开始，不能再取消报名' });

    const upcoming = await publish({ ...later(), evidence: 'PHOTO' });
    const signedUp = (await app.gql(SIGN_UP, { id: upcoming.id }, villager.token)).data!.signUpForActivity;
    await app.gql(SUBMIT, { input: { participationId: signedUp.id, photoKeys: [await uploadPhoto(app, villager.token)] } }, villager.token);
    const submitted = await app.gql(CANCEL, { id: upcoming.id }, villager.token);
    expect(submitted.data!.cancelSignUp).toMatchObject({ errorCode: 'SIGNUP_NOT_CANCELLABLE', message: '已经提交了凭证，不能再取消报名' });
    expect(participation.status).toBe('SIGNED_UP');

    const outsider = await newPerson(app, [Role.VILLAGER], '云石村');
    expect(refusal(await app.gql(CANCEL, { id: upcoming.id }, outsider.token))).toBe('NOT_YOUR_VILLAGE');
    const shop = await newPerson(app, [Role.MERCHANT]);
    expect(errorCode(await app.gql(CANCEL, { id: upcoming.id }, shop.token))).toBe('FORBIDDEN');
    const after = await app.gql('query($id: ID!) { activity(id: $id) { signupCount } }', { id: upcoming.id }, admin);
    expect(after.data!.activity.signupCount).toBe(1);
  });
});

describe('refusals', () => {
  it('refuses sign-up before the window opens and after it closes', async () => {
    const villager = await newPerson(app, [Role.VILLAGER]);
    const now = Date.now();
    const early = await publish({
      signupOpensAt: new Date(now + HOUR).toISOString(),
      signupClosesAt: new Date(now + 2 * HOUR).toISOString(),
    });
    expect(refusal(await app.gql(SIGN_UP, { id: early.id }, villager.token))).toBe('SIGNUP_NOT_OPEN');
    const late = await publish({
      signupOpensAt: new Date(now - 3 * HOUR).toISOString(),
      signupClosesAt: new Date(now - 2 * HOUR).toISOString(),
    });
    const refused = await app.gql(SIGN_UP, { id: late.id }, villager.token);
    expect(refusal(refused)).toBe('SIGNUP_CLOSED');
    expect(refused.data!.signUpForActivity.message).toBe('报名已截止');
  });

  it('refuses a second sign-up by the same villager', async () => {
    const activity = await publish();
    const villager = await newPerson(app, [Role.VILLAGER]);
    await app.gql(SIGN_UP, { id: activity.id }, villager.token);
    expect(refusal(await app.gql(SIGN_UP, { id: activity.id }, villager.token))).toBe('ALREADY_SIGNED_UP');
  });

  it('never gives out more places than there are, however many sign up at once', async () => {
    const activity = await publish({ capacity: 5 });
    const villagers = await Promise.all(Array.from({ length: 20 }, () => newPerson(app, [Role.VILLAGER])));
    const results = await Promise.all(villagers.map((v) => app.gql(SIGN_UP, { id: activity.id }, v.token)));
    const ok = results.filter((r) => r.data?.signUpForActivity?.id);
    const full = results.filter((r) => refusal(r) === 'ACTIVITY_FULL');
    expect(ok).toHaveLength(5);
    expect(full).toHaveLength(15);
    const after = await app.gql('query($id: ID!) { activity(id: $id) { signupCount placesLeft } }', { id: activity.id }, admin);
    expect(after.data!.activity).toEqual({ signupCount: 5, placesLeft: 0 });
  });

  it('wants the check-in and the photo the activity asks for', async () => {
    const activity = await publish();
    const villager = await newPerson(app, [Role.VILLAGER]);
    const participation = (await app.gql(SIGN_UP, { id: activity.id }, villager.token)).data!.signUpForActivity;
    const photo = await uploadPhoto(app, villager.token);
    const noCheckin = await app.gql(SUBMIT, { input: { participationId: participation.id, photoKeys: [photo] } }, villager.token);
    expect(refusal(noCheckin)).toBe('CHECKIN_REQUIRED');
    const code = (await app.gql(CHECKIN_CODE, { id: activity.id }, admin)).data!.activityCheckinCode;
    await app.gql(CHECK_IN, { code }, villager.token);
    const noPhoto = await app.gql(SUBMIT, { input: { participationId: participation.id, photoKeys: [] } }, villager.token);
    expect(refusal(noPhoto)).toBe('PHOTO_REQUIRED');
  });

  it('refuses a forged check-in code and a check-in without sign-up', async () => {
    const activity = await publish();
    const villager = await newPerson(app, [Role.VILLAGER]);
    expect(refusal(await app.gql(CHECK_IN, { code: `GFA1.${activity.id}.forged-secret` }, villager.token))).toBe('CHECKIN_CODE_INVALID');
    expect(refusal(await app.gql(CHECK_IN, { code: 'hello' }, villager.token))).toBe('CHECKIN_CODE_INVALID');
    const code = (await app.gql(CHECKIN_CODE, { id: activity.id }, admin)).data!.activityCheckinCode;
    expect(refusal(await app.gql(CHECK_IN, { code }, villager.token))).toBe('NOT_SIGNED_UP');
  });

  it("refuses bad evidence files: not an image, too large, someone else's, or made up", async () => {
    const villager = await newPerson(app, [Role.VILLAGER]);
    const other = await newPerson(app, [Role.VILLAGER]);
    const text = await upload(app, villager.token, Buffer.from('not a photo at all'), 'photo.png');
    expect(text).toMatchObject({ status: 415, body: { error: { code: 'UNSUPPORTED_FILE' } } });
    const huge = await upload(app, villager.token, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(5 * 1024 * 1024 + 10)]));
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'FILE_TOO_LARGE' } } });
    const anonymous = await app.server.inject({ method: 'POST', url: '/uploads' });
    expect(anonymous.statusCode).toBe(401);

    const activity = await publish({ evidence: 'PHOTO' });
    const participation = (await app.gql(SIGN_UP, { id: activity.id }, villager.token)).data!.signUpForActivity;
    const othersPhoto = await uploadPhoto(app, other.token);
    for (const key of [othersPhoto, `${villager.id}/202611/00000000-0000-0000-0000-000000000000.png`, '../../etc/passwd']) {
      const refused = await app.gql(SUBMIT, { input: { participationId: participation.id, photoKeys: [key] } }, villager.token);
      expect(refusal(refused)).toBe('PHOTO_INVALID');
    }
  });

  it('keeps cadres to their own village', async () => {
    const activity = await publish({ evidence: 'PHOTO' });
    const villager = await newPerson(app, [Role.VILLAGER]);
    const participation = (await app.gql(SIGN_UP, { id: activity.id }, villager.token)).data!.signUpForActivity;
    await app.gql(
      SUBMIT,
      { input: { participationId: participation.id, photoKeys: [await uploadPhoto(app, villager.token)] } },
      villager.token,
    );

    const otherAdmin = await newPerson(app, [Role.VILLAGE_ADMIN], '云石村');
    const refused = await app.gql(APPROVE, { id: participation.id }, otherAdmin.token);
    expect(refusal(refused)).toBe('NOT_YOUR_VILLAGE');
    expect(errorCode(await app.gql(CHECKIN_CODE, { id: activity.id }, otherAdmin.token))).toBe('NOT_YOUR_VILLAGE');
    const otherVillager = await newPerson(app, [Role.VILLAGER], '云石村');
    expect(refusal(await app.gql(SIGN_UP, { id: activity.id }, otherVillager.token))).toBe('NOT_YOUR_VILLAGE');
    const queue = await app.gql('{ reviewQueue(first: 50) { items { id } } }', {}, otherAdmin.token);
    expect(queue.data!.reviewQueue.items).toEqual([]);
  });

  it('keeps a villager to their own participations', async () => {
    const activity = await publish({ evidence: 'PHOTO' });
    const owner = await newPerson(app, [Role.VILLAGER]);
    const intruder = await newPerson(app, [Role.VILLAGER]);
    const participation = (await app.gql(SIGN_UP, { id: activity.id }, owner.token)).data!.signUpForActivity;
    const refused = await app.gql(
      SUBMIT,
      { input: { participationId: participation.id, photoKeys: [await uploadPhoto(app, intruder.token)] } },
      intruder.token,
    );
    expect(errorCode(refused)).toBe('NOT_FOUND');
  });

  it('refuses an activity that makes no sense, naming what is wrong', async () => {
    const now = Date.now();
    const backwards = await app.gql(
      PUBLISH,
      { input: activityInput({ startsAt: new Date(now + 2 * HOUR).toISOString(), endsAt: new Date(now + HOUR).toISOString() }) },
      admin,
    );
    expect(refusal(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.data!.publishActivity).toMatchObject({ message: '活动结束时间要晚于开始时间', field: 'endsAt' });
    const tooShort = await app.gql(PUBLISH, { input: activityInput({ title: 'x', points: 0 }) }, admin);
    expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
    expect(tooShort.errors![0].extensions!.invalid).toEqual(
      expect.arrayContaining([
        { field: 'title', message: '活动名称 2–60 个字' },
        { field: 'points', message: '奖励工分至少 1 分' },
      ]),
    );
  });

  it('refuses dates that make no sense (an activity ending in 9999, sign-up opening in year 1), writing nothing', async () => {
    const activities = () => app.core.stores.get('village').manager.count(Activity);
    const before = await activities();
    const endless = await app.gql(PUBLISH, { input: activityInput({ endsAt: '9999-12-31T00:00:00.000Z' }) }, admin);
    expect(endless.data!.publishActivity).toMatchObject({ errorCode: 'BAD_USER_INPUT', field: 'endsAt' });
    const ancient = await app.gql(PUBLISH, { input: activityInput({ signupOpensAt: '0001-01-01T00:00:00.000Z' }) }, admin);
    expect(ancient.data!.publishActivity).toMatchObject({ errorCode: 'BAD_USER_INPUT', field: 'signupOpensAt' });
    expect(await activities()).toBe(before);
  });

  it('refuses a villager who belongs to no village', async () => {
    const consumerToken = (await newPerson(app, [Role.CONSUMER])).token;
    expect(errorCode(await app.gql(BALANCE, {}, consumerToken))).toBe('FORBIDDEN');
    const villagerWithoutVillage = await app.loginAs('a-villager-not-yet-placed');
    const identity = app.core.stores.get('identity').manager;
    const account = await identity.findOneByOrFail(Account, { wechatOpenid: 'a-villager-not-yet-placed' });
    await identity.insert(AccountRole, { accountId: account.id, role: Role.VILLAGER });
    const refused = await app.gql(BALANCE, {}, villagerWithoutVillage);
    expect(errorCode(refused)).toBe('NOT_A_VILLAGER');
  });
});

describe('paging', () => {
  it('walks the open activities page by page without repeats', async () => {
    for (let i = 0; i < 5; i++) await publish({ title: `分页活动${i}` });
    const villager = await newPerson(app, [Role.VILLAGER]);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNo = 0; pageNo < 50; pageNo++) {
      const page: { data?: { openActivities: { items: Array<{ id: string }>; nextCursor: string | null } } | null } = await app.gql(
        'query($after: String) { openActivities(first: 3, after: $after) { items { id } nextCursor } }',
        { after },
        villager.token,
      );
      seen.push(...page.data!.openActivities.items.map((a) => a.id));
      after = page.data!.openActivities.nextCursor;
      if (!after) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(errorCode(await app.gql('{ openActivities(first: 500) { items { id } } }', {}, villager.token))).toBe('BAD_USER_INPUT');
  });
});

describe("the cadre's list of activities", () => {
  it('includes activities that are over, which villagers no longer see as open', async () => {
    const now = Date.now();
    const past = await publish({ title: '已结束的活动' });
    await app.core.stores
      .get('village')
      .query('UPDATE activity SET ends_at = ? WHERE id = ?', [
        new Date(now - HOUR).toISOString().replace('T', ' ').replace('Z', ''),
        Number(past.id),
      ]);
    const all = await app.gql('{ villageActivities(first: 50) { items { id } } }', {}, admin);
    expect(all.data!.villageActivities.items.map((a: { id: string }) => a.id)).toContain(past.id);
    const villager = await newPerson(app, [Role.VILLAGER]);
    const open = await app.gql('{ openActivities(first: 50) { items { id } } }', {}, villager.token);
    expect(open.data!.openActivities.items.map((a: { id: string }) => a.id)).not.toContain(past.id);
  });
});

describe('finding villagers', () => {
  it("lets a cadre find the village's people by name, and no one else's", async () => {
    const found = await app.gql('{ villageMembers(search: "秀英", first: 10) { items { displayName phone } } }', {}, admin);
    expect(found.data!.villageMembers.items).toEqual([{ displayName: '王秀英', phone: '138****0001' }]);
    const otherAdmin = await newPerson(app, [Role.VILLAGE_ADMIN], '云石村');
    const none = await app.gql('{ villageMembers(search: "秀英", first: 10) { items { displayName } } }', {}, otherAdmin.token);
    expect(none.data!.villageMembers.items).toEqual([]);
    const villager = await newPerson(app, [Role.VILLAGER]);
    expect(errorCode(await app.gql('{ villageMembers(first: 10) { items { id } } }', {}, villager.token))).toBe('FORBIDDEN');
  });
});
