import { randomBytes, timingSafeEqual } from 'node:crypto';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { isOwnUpload } from '../../../core/files/file-store';
import { findPage, type Paged } from '../../../core/paging';
import { Role } from '../../../core/roles';
import { isUniqueViolation } from '../../../stores/sql-errors';
import { accountById } from '../../identity/identity.loaders';
import { PointsLedger } from '../ledger/points-ledger';
import { assertSameVillage, requireVillageAdmin, requireVillager, type VillageMember } from '../village-members';
import { workpointsRefusal } from '../workpoints.errors';
import { Activity, Participation, Scene } from './activities.entity';
import { chinaMonthsUpTo } from './participation-months';
import { chooseForVillage, villageCatalogue, villageScene, type VillageSceneView } from './village-scenes';
import type { FileOnBehalfInput, PublishActivityInput, SubmitEvidenceInput, UpdateSceneInput } from './activities.inputs';

/** Check-in opens this long before an activity starts, for people who come early. */
const CHECKIN_EARLY_MS = 60 * 60 * 1000;
const CHECKIN_PREFIX = 'GFA1';
/** An activity may be published a month late (a campaign already under way) and a year ahead, no further. */
const ACTIVITY_PAST_MS = 30 * 24 * 3600 * 1000;
const ACTIVITY_AHEAD_MS = 366 * 24 * 3600 * 1000;

/** The text of an activity's on-site check-in QR code. */
export function checkinCodeOf(activity: Activity): string {
  return `${CHECKIN_PREFIX}.${activity.id}.${activity.checkinSecret}`;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Activities from publishing to the cadre's verdict: sign-up, check-in, evidence, review. */
export class ActivitiesService {
  /** The catalogue as the caller's village sees it. */
  async scenes(ctx: RequestContext): Promise<VillageSceneView[]> {
    const member = await this.memberOfVillage(ctx);
    return villageCatalogue(ctx.manager('village'), member.villageId);
  }

  /**
   * A cadre changes a scene for the village alone. The catalogue is the county's and no account
   * speaks for the county (村干部 are the only ones who run 工分宝), while villages differ in
   * earnest (no river, no 五水共治): so each village keeps its own view over the county's defaults
   * rather than one village's cadre changing every village's.
   */
  async updateScene(ctx: RequestContext, id: number, input: UpdateSceneInput): Promise<VillageSceneView> {
    const admin = await requireVillageAdmin(ctx);
    return ctx.transaction('village', async (m) => {
      const scene = await m.findOneBy(Scene, { id });
      if (!scene) throw notFound('找不到该场景');
      return chooseForVillage(m, scene, admin.villageId, input, { accountId: admin.accountId, at: ctx.now() });
    });
  }

  async publish(ctx: RequestContext, input: PublishActivityInput): Promise<Activity> {
    const admin = await requireVillageAdmin(ctx);
    const { signupOpensAt, signupClosesAt, startsAt, endsAt } = input;
    // Each time within sense first: a slip of the year (0001, 9999) is refused by name, not stored.
    const now = ctx.now().getTime();
    for (const [field, at] of Object.entries({ signupOpensAt, signupClosesAt, startsAt, endsAt })) {
      if (at.getTime() < now - ACTIVITY_PAST_MS) throw workpointsRefusal('BAD_USER_INPUT', '时间太早了：最早只能是 30 天前', field);
      if (at.getTime() > now + ACTIVITY_AHEAD_MS) throw workpointsRefusal('BAD_USER_INPUT', '时间太远了：活动要在一年之内', field);
    }
    if (signupClosesAt <= signupOpensAt) throw workpointsRefusal('BAD_USER_INPUT', '报名截止时间要晚于报名开始时间', 'signupClosesAt');
    if (endsAt <= startsAt) throw workpointsRefusal('BAD_USER_INPUT', '活动结束时间要晚于开始时间', 'endsAt');
    if (signupClosesAt > endsAt) throw workpointsRefusal('BAD_USER_INPUT', '报名截止不能晚于活动结束', 'signupClosesAt');
    if (endsAt <= ctx.now()) throw workpointsRefusal('BAD_USER_INPUT', '活动结束时间已经过去了', 'endsAt');

    return ctx.transaction('village', async (m) => {
      const scene = await villageScene(m, admin.villageId, input.sceneId);
      if (!scene) throw workpointsRefusal('BAD_USER_INPUT', '请选择场景', 'sceneId');
      if (!scene.enabled) throw workpointsRefusal('SCENE_DISABLED', undefined, 'sceneId');
      const activity = m.create(Activity, {
        ...input,
        capacity: input.capacity ?? null,
        villageId: admin.villageId,
        signupCount: 0,
        checkinSecret: randomBytes(12).toString('base64url'),
        cancelledAt: null,
        createdBy: admin.accountId,
        createdAt: ctx.now(),
      });
      await m.insert(Activity, activity);
      return activity;
    });
  }

  async cancel(ctx: RequestContext, activityId: number): Promise<Activity> {
    const admin = await requireVillageAdmin(ctx);
    return ctx.transaction('village', async (m) => {
      const activity = await this.activityIn(m, activityId, admin);
      if (!activity.cancelledAt) {
        activity.cancelledAt = ctx.now();
        await m.update(Activity, { id: activity.id }, { cancelledAt: activity.cancelledAt });
      }
      return activity;
    });
  }

  /** What a villager can still take part in: not cancelled and not over, newest first. */
  async openActivities(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Activity>> {
    const member = await this.memberOfVillage(ctx);
    const where = { villageId: member.villageId, cancelledAt: IsNull(), endsAt: MoreThan(ctx.now()) };
    return findPage(ctx.manager('village'), Activity, where, first, after);
  }

  /** Every activity of the cadre's village, past ones too, newest first. */
  async villageActivities(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Activity>> {
    const admin = await requireVillageAdmin(ctx);
    return findPage(ctx.manager('village'), Activity, { villageId: admin.villageId }, first, after);
  }

  /**
   * How many took part, month by month: the village's approved participations in each of the last
   * `count` China months (this one so far included), oldest first, each counted in the month its
   * evidence came in. One pass over the review index, whatever the number of months.
   */
  async participationByMonth(ctx: RequestContext, count: number): Promise<Array<{ month: string; completed: number }>> {
    const admin = await requireVillageAdmin(ctx);
    const months = chinaMonthsUpTo(ctx.now(), count);
    // Only the sums are selected: a row's own columns beside them would break MySQL's ONLY_FULL_GROUP_BY.
    const [first, ...rest] = months.map(
      (_, i) => `SUM(CASE WHEN p.submitted_at >= :from${i} AND p.submitted_at < :to${i} THEN 1 ELSE 0 END)`,
    );
    const query = ctx
      .manager('village')
      .createQueryBuilder(Participation, 'p')
      .select(first, 'm0')
      .where('p.village_id = :villageId AND p.status = :approved', { villageId: admin.villageId, approved: 'APPROVED' })
      .andWhere('p.submitted_at >= :since AND p.submitted_at < :until', { since: months[0].from, until: months[months.length - 1].to });
    rest.forEach((sum, i) => query.addSelect(sum, `m${i + 1}`));
    months.forEach(({ from, to }, i) => query.setParameters({ [`from${i}`]: from, [`to${i}`]: to }));
    const sums = (await query.getRawOne<Record<string, string | number | null>>()) ?? {};
    return months.map(({ month }, i) => ({ month, completed: Number(sums[`m${i}`] ?? 0) }));
  }

  async activity(ctx: RequestContext, id: number): Promise<Activity> {
    const member = await this.memberOfVillage(ctx);
    return this.activityIn(ctx.manager('village'), id, member);
  }

  /** The check-in QR text, for the cadre to show or print at the activity. */
  async checkinCode(ctx: RequestContext, activityId: number): Promise<string> {
    const admin = await requireVillageAdmin(ctx);
    return checkinCodeOf(await this.activityIn(ctx.manager('village'), activityId, admin));
  }

  async signUp(ctx: RequestContext, activityId: number): Promise<Participation> {
    const villager = await requireVillager(ctx);
    return ctx.transaction('village', async (m) => {
      const activity = await this.activityIn(m, activityId, villager);
      const now = ctx.now();
      if (activity.cancelledAt) throw workpointsRefusal('ACTIVITY_CANCELLED');
      if (now < activity.signupOpensAt) throw workpointsRefusal('SIGNUP_NOT_OPEN');
      if (now > activity.signupClosesAt) throw workpointsRefusal('SIGNUP_CLOSED');
      if (await m.existsBy(Participation, { activityId, villagerId: villager.accountId })) {
        throw workpointsRefusal('ALREADY_SIGNED_UP');
      }
      await this.takePlace(m, activity);
      return this.insertParticipation(m, {
        activityId,
        villagerId: villager.accountId,
        villageId: villager.villageId,
        status: 'SIGNED_UP',
        filedBy: null,
        note: '',
        photoKeys: '',
        submittedAt: null,
        createdAt: now,
      });
    });
  }

  /** A villager takes a sign-up back before the activity starts; the place is free again. */
  async cancelSignUp(ctx: RequestContext, activityId: number): Promise<Activity> {
    const villager = await requireVillager(ctx);
    return ctx.transaction('village', async (m) => {
      const activity = await this.activityIn(m, activityId, villager);
      const participation = await m.findOneBy(Participation, { activityId, villagerId: villager.accountId });
      if (!participation) throw workpointsRefusal('NOT_SIGNED_UP');
      if (participation.status !== 'SIGNED_UP') throw workpointsRefusal('SIGNUP_NOT_CANCELLABLE', '已经提交了凭证，不能再取消报名');
      if (participation.checkedInAt) throw workpointsRefusal('SIGNUP_NOT_CANCELLABLE', '已经在现场签到了，不能再取消报名');
      if (ctx.now() >= activity.startsAt) throw workpointsRefusal('SIGNUP_NOT_CANCELLABLE', '活动已经开始，不能再取消报名');
      // Conditional on what was read, so a check-in or a submission at the same moment wins over the cancel.
      const removed = await m.delete(Participation, { id: participation.id, status: 'SIGNED_UP', checkedInAt: IsNull() });
      if (!removed.affected) throw workpointsRefusal('SIGNUP_NOT_CANCELLABLE');
      await m
        .createQueryBuilder()
        .update(Activity)
        .set({ signupCount: () => 'signup_count - 1' })
        .where('id = :id AND signup_count > 0', { id: activity.id })
        .execute();
      activity.signupCount = Math.max(0, activity.signupCount - 1);
      return activity;
    });
  }

  async checkIn(ctx: RequestContext, code: string): Promise<Participation> {
    const villager = await requireVillager(ctx);
    const match = new RegExp(`^${CHECKIN_PREFIX}\\.(\\d+)\\.([\\w-]+)$`).exec(code.trim());
    if (!match) throw workpointsRefusal('CHECKIN_CODE_INVALID', undefined, 'code');
    return ctx.transaction('village', async (m) => {
      const activity = await m.findOneBy(Activity, { id: Number(match[1]) });
      if (!activity || !sameSecret(activity.checkinSecret, match[2])) throw workpointsRefusal('CHECKIN_CODE_INVALID', undefined, 'code');
      assertSameVillage(villager, activity.villageId);
      if (activity.evidence === 'PHOTO') throw workpointsRefusal('CHECKIN_NOT_REQUIRED');
      const now = ctx.now().getTime();
      if (now < activity.startsAt.getTime() - CHECKIN_EARLY_MS || now > activity.endsAt.getTime()) {
        throw workpointsRefusal('CHECKIN_OUTSIDE_TIME');
      }
      const participation = await m.findOneBy(Participation, { activityId: activity.id, villagerId: villager.accountId });
      if (!participation) throw workpointsRefusal('NOT_SIGNED_UP');
      if (!participation.checkedInAt) {
        participation.checkedInAt = new Date(now);
        await m.update(Participation, { id: participation.id }, { checkedInAt: participation.checkedInAt });
      }
      return participation;
    });
  }

  async submitEvidence(ctx: RequestContext, input: SubmitEvidenceInput): Promise<Participation> {
    const villager = await requireVillager(ctx);
    const photoKeys = await this.checkPhotos(ctx, input.photoKeys, villager.accountId);
    return ctx.transaction('village', async (m) => {
      const participation = await m.findOneBy(Participation, { id: input.participationId });
      if (!participation || participation.villagerId !== villager.accountId) throw notFound('找不到该报名记录');
      if (participation.status !== 'SIGNED_UP' && participation.status !== 'REJECTED') {
        throw workpointsRefusal('ALREADY_SUBMITTED');
      }
      const activity = await m.findOneByOrFail(Activity, { id: participation.activityId });
      if (activity.cancelledAt) throw workpointsRefusal('ACTIVITY_CANCELLED');
      if (activity.evidence !== 'PHOTO' && !participation.checkedInAt) throw workpointsRefusal('CHECKIN_REQUIRED');
      if (activity.evidence !== 'CHECKIN' && photoKeys.length === 0) throw workpointsRefusal('PHOTO_REQUIRED', undefined, 'photoKeys');

      const submitted = {
        status: 'SUBMITTED' as const,
        submittedAt: ctx.now(),
        photoKeys: photoKeys.join(','),
        note: input.note,
        rejectReason: null,
      };
      // Conditional on the status read above, so a double tap submits once.
      const moved = await m.update(Participation, { id: participation.id, status: participation.status }, submitted);
      if (!moved.affected) throw workpointsRefusal('ALREADY_SUBMITTED');
      return Object.assign(participation, submitted);
    });
  }

  /** A cadre files for a villager without a phone; it is marked as such and still reviewed. */
  async fileOnBehalf(ctx: RequestContext, input: FileOnBehalfInput): Promise<Participation> {
    const admin = await requireVillageAdmin(ctx);
    const villager = await ctx.loader(accountById).load(input.villagerId);
    if (!villager || villager.villageId !== admin.villageId) throw workpointsRefusal('NOT_YOUR_VILLAGE', '该村民不在本村');
    const photoKeys = await this.checkPhotos(ctx, input.photoKeys, admin.accountId);
    return ctx.transaction('village', async (m) => {
      const activity = await this.activityIn(m, input.activityId, admin);
      if (activity.cancelledAt) throw workpointsRefusal('ACTIVITY_CANCELLED');
      if (activity.evidence !== 'CHECKIN' && photoKeys.length === 0) throw workpointsRefusal('PHOTO_REQUIRED', undefined, 'photoKeys');
      if (await m.existsBy(Participation, { activityId: activity.id, villagerId: villager.id })) {
        throw workpointsRefusal('ALREADY_SIGNED_UP', '该村民已经报过名了');
      }
      await this.takePlace(m, activity);
      const now = ctx.now();
      return this.insertParticipation(m, {
        activityId: activity.id,
        villagerId: villager.id,
        villageId: admin.villageId,
        status: 'SUBMITTED',
        filedBy: admin.accountId,
        note: input.note,
        photoKeys: photoKeys.join(','),
        submittedAt: now,
        createdAt: now,
        // The cadre vouches for the attendance in person.
        checkedInAt: activity.evidence === 'PHOTO' ? null : now,
      });
    });
  }

  /** Evidence waiting for a cadre of the village, oldest first. */
  async reviewQueue(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Participation>> {
    const admin = await requireVillageAdmin(ctx);
    return findPage(ctx.manager('village'), Participation, { villageId: admin.villageId, status: 'SUBMITTED' }, first, after, 'ASC');
  }

  /** Approves evidence and awards the activity's points, once, however often it is asked. */
  async approve(ctx: RequestContext, participationId: number): Promise<Participation> {
    const admin = await requireVillageAdmin(ctx);
    const participation = await this.reviewable(ctx, participationId, admin);
    const account = await PointsLedger.openAccount(ctx, 'VILLAGER', participation.villagerId, participation.villageId);
    return ctx.transaction('village', async (m) => {
      const reviewed = await this.markReviewed(m, participation, admin, 'APPROVED', null, ctx.now());
      const activity = await m.findOneByOrFail(Activity, { id: participation.activityId });
      await PointsLedger.credit(
        m,
        {
          accountId: account.id,
          kind: 'AWARD',
          amount: activity.points,
          sourceType: 'participation',
          sourceId: participation.id,
          reason: `参加活动：${activity.title}`,
          idempotencyKey: `award:participation:${participation.id}`,
          createdBy: admin.accountId,
        },
        ctx.now(),
      );
      return reviewed;
    });
  }

  async reject(ctx: RequestContext, participationId: number, reason: string): Promise<Participation> {
    const admin = await requireVillageAdmin(ctx);
    const participation = await this.reviewable(ctx, participationId, admin);
    return ctx.transaction('village', (m) => this.markReviewed(m, participation, admin, 'REJECTED', reason, ctx.now()));
  }

  async myParticipations(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Participation>> {
    const villager = await requireVillager(ctx);
    return findPage(ctx.manager('village'), Participation, { villagerId: villager.accountId }, first, after);
  }

  /** The caller's own participation in an activity, if any (for the activity page). */
  async myParticipationIn(ctx: RequestContext, activityId: number): Promise<Participation | null> {
    if (!ctx.caller) return null;
    return ctx.manager('village').findOneBy(Participation, { activityId, villagerId: ctx.caller.accountId });
  }

  /** Villagers and cadres both see their village's activities. */
  private async memberOfVillage(ctx: RequestContext): Promise<VillageMember> {
    return ctx.hasRole(Role.VILLAGE_ADMIN) ? requireVillageAdmin(ctx) : requireVillager(ctx);
  }

  private async activityIn(m: EntityManager, id: number, member: VillageMember): Promise<Activity> {
    const activity = await m.findOneBy(Activity, { id });
    if (!activity) throw notFound('找不到该活动');
    assertSameVillage(member, activity.villageId);
    return activity;
  }

  /** Takes one place by a conditional update, so concurrent sign-ups never pass the capacity. */
  private async takePlace(m: EntityManager, activity: Activity): Promise<void> {
    const taken = await m
      .createQueryBuilder()
      .update(Activity)
      .set({ signupCount: () => 'signup_count + 1' })
      .where('id = :id AND (capacity IS NULL OR signup_count < capacity)', { id: activity.id })
      .execute();
    if (!taken.affected) throw workpointsRefusal('ACTIVITY_FULL');
    activity.signupCount += 1;
  }

  private async insertParticipation(
    m: EntityManager,
    fields: Pick<
      Participation,
      'activityId' | 'villagerId' | 'villageId' | 'status' | 'filedBy' | 'note' | 'photoKeys' | 'submittedAt' | 'createdAt'
    > &
      Partial<Pick<Participation, 'checkedInAt'>>,
  ): Promise<Participation> {
    const participation = m.create(Participation, {
      checkedInAt: null,
      reviewedBy: null,
      reviewedAt: null,
      rejectReason: null,
      ...fields,
    });
    try {
      await m.insert(Participation, participation);
    } catch (error) {
      if (isUniqueViolation(error)) throw workpointsRefusal('ALREADY_SIGNED_UP');
      throw error;
    }
    return participation;
  }

  /** Photos must be files this person uploaded and that exist in the file store. */
  private async checkPhotos(ctx: RequestContext, keys: string[], uploaderId: number): Promise<string[]> {
    const unique = [...new Set(keys)];
    for (const key of unique) {
      if (!(await isOwnUpload(ctx.app.files, key, uploaderId))) throw workpointsRefusal('PHOTO_INVALID', undefined, 'photoKeys');
    }
    return unique;
  }

  private async reviewable(ctx: RequestContext, participationId: number, admin: VillageMember): Promise<Participation> {
    const participation = await ctx.manager('village').findOneBy(Participation, { id: participationId });
    if (!participation) throw notFound('找不到该记录');
    assertSameVillage(admin, participation.villageId);
    if (participation.status !== 'SUBMITTED') throw workpointsRefusal('ALREADY_REVIEWED');
    return participation;
  }

  /** Moves SUBMITTED to a verdict by a conditional update: two cadres at once cannot both decide. */
  private async markReviewed(
    m: EntityManager,
    participation: Participation,
    admin: VillageMember,
    status: 'APPROVED' | 'REJECTED',
    rejectReason: string | null,
    now: Date,
  ): Promise<Participation> {
    const verdict = { status, rejectReason, reviewedBy: admin.accountId, reviewedAt: now };
    const moved = await m.update(Participation, { id: participation.id, status: 'SUBMITTED' }, verdict);
    if (!moved.affected) throw workpointsRefusal('ALREADY_REVIEWED');
    return Object.assign(participation, verdict);
  }
}
