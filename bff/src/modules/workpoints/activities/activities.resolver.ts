import { Length, Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ID } from '../../../core/scalars';
import type { RequestContext } from '../../../core/context';
import { Allow } from '../../../core/guards';
import { PageArgs } from '../../../core/paging';
import { Role } from '../../../core/roles';
import { AccountType } from '../../identity/identity.types';
import { accountById } from '../../identity/identity.loaders';
import type { Activity, Participation } from './activities.entity';
import { FileOnBehalfInput, PublishActivityInput, SubmitEvidenceInput, UpdateSceneInput } from './activities.inputs';
import { activityById, sceneInVillage } from './activities.loaders';
import { ActivitiesService } from './activities.service';
import {
  ActivityPage,
  ActivityResult,
  ActivityType,
  ParticipationPage,
  ParticipationResult,
  ParticipationType,
  SceneResult,
  SceneType,
  VillageParticipationMonthType,
} from './activities.types';

@ArgsType()
class RejectArgs {
  @Field(() => ID)
  participationId!: number;

  @Field(() => String, { description: '村民会看到的原因' })
  @Length(2, 200, { message: '请写明未通过的原因（2–200 个字）' })
  reason!: string;
}

@ArgsType()
class CheckInArgs {
  @Field(() => String, { description: '活动现场二维码的内容' })
  @Length(1, 200, { message: '签到码不对，请扫描活动现场的二维码' })
  code!: string;
}

@ArgsType()
class MonthsArgs {
  @Field(() => Int, { defaultValue: 6, description: '几个月（1–12），含本月' })
  @Min(1, { message: '至少 1 个月' })
  @Max(12, { message: '最多 12 个月' })
  months!: number;
}

const VILLAGE_PEOPLE = [Role.VILLAGER, Role.VILLAGE_ADMIN];

@Resolver(() => ActivityType)
export class ActivityResolver {
  @Query(() => [SceneType], { description: '四大模块、十二个场景，本村看到的样子（县里的默认加上本村的修改）' })
  @Allow(...VILLAGE_PEOPLE)
  scenes(@Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).scenes(ctx);
  }

  @Mutation(() => SceneResult, { description: '村干部修改本村的场景（启用或停用、名称、说明、默认工分）；别的村不受影响' })
  @Allow(Role.VILLAGE_ADMIN)
  updateScene(@Arg('id', () => ID) id: number, @Arg('input', () => UpdateSceneInput) input: UpdateSceneInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).updateScene(ctx, id, input);
  }

  @Query(() => ActivityPage, { description: '怎样挣工分：本村正在进行和即将开始的活动' })
  @Allow(...VILLAGE_PEOPLE)
  openActivities(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).openActivities(ctx, first, after);
  }

  @Query(() => ActivityPage, { description: '本村全部活动，含已结束的（村干部）' })
  @Allow(Role.VILLAGE_ADMIN)
  villageActivities(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).villageActivities(ctx, first, after);
  }

  @Query(() => [VillageParticipationMonthType], { description: '本村近几个月每月完成的活动人次，早的月份在前（村干部）' })
  @Allow(Role.VILLAGE_ADMIN)
  villageParticipationByMonth(@Args(() => MonthsArgs) { months }: MonthsArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).participationByMonth(ctx, months);
  }

  @Query(() => ActivityType)
  @Allow(...VILLAGE_PEOPLE)
  activity(@Arg('id', () => ID) id: number, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).activity(ctx, id);
  }

  @Query(() => String, { description: '活动现场签到二维码的内容（村干部展示或打印）' })
  @Allow(Role.VILLAGE_ADMIN)
  activityCheckinCode(@Arg('activityId', () => ID) activityId: number, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).checkinCode(ctx, activityId);
  }

  @Mutation(() => ActivityResult, { description: '村干部发布活动' })
  @Allow(Role.VILLAGE_ADMIN)
  publishActivity(@Arg('input', () => PublishActivityInput) input: PublishActivityInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).publish(ctx, input);
  }

  @Mutation(() => ActivityResult, { description: '村干部取消活动' })
  @Allow(Role.VILLAGE_ADMIN)
  cancelActivity(@Arg('activityId', () => ID) activityId: number, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).cancel(ctx, activityId);
  }

  @FieldResolver(() => SceneType, { description: '场景，用活动所在村的叫法' })
  scene(@Root() activity: Activity, @Ctx() ctx: RequestContext) {
    return ctx.loader(sceneInVillage).load({ villageId: activity.villageId, sceneId: activity.sceneId });
  }

  @FieldResolver(() => Int, { nullable: true, description: '剩余名额；空为不限' })
  placesLeft(@Root() activity: Activity): number | null {
    return activity.capacity === null ? null : Math.max(0, activity.capacity - activity.signupCount);
  }

  @FieldResolver(() => ParticipationType, { nullable: true, description: '我在该活动的报名记录' })
  myParticipation(@Root() activity: Activity, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).myParticipationIn(ctx, activity.id);
  }
}

@Resolver(() => ParticipationType)
export class ParticipationResolver {
  @Mutation(() => ParticipationResult, { description: '村民报名' })
  @Allow(Role.VILLAGER)
  signUpForActivity(@Arg('activityId', () => ID) activityId: number, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).signUp(ctx, activityId);
  }

  @Mutation(() => ActivityResult, { description: '村民在活动开始前取消报名，名额空出来' })
  @Allow(Role.VILLAGER)
  cancelSignUp(@Arg('activityId', () => ID) activityId: number, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).cancelSignUp(ctx, activityId);
  }

  @Mutation(() => ParticipationResult, { description: '村民在活动现场扫码签到' })
  @Allow(Role.VILLAGER)
  checkInToActivity(@Args(() => CheckInArgs) { code }: CheckInArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).checkIn(ctx, code);
  }

  @Mutation(() => ParticipationResult, { description: '村民提交凭证，等待审核' })
  @Allow(Role.VILLAGER)
  submitEvidence(@Arg('input', () => SubmitEvidenceInput) input: SubmitEvidenceInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).submitEvidence(ctx, input);
  }

  @Mutation(() => ParticipationResult, { description: '村干部为没有手机的老人代办' })
  @Allow(Role.VILLAGE_ADMIN)
  fileOnBehalf(@Arg('input', () => FileOnBehalfInput) input: FileOnBehalfInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).fileOnBehalf(ctx, input);
  }

  @Query(() => ParticipationPage, { description: '待审核的凭证（先交先审）' })
  @Allow(Role.VILLAGE_ADMIN)
  reviewQueue(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).reviewQueue(ctx, first, after);
  }

  @Mutation(() => ParticipationResult, { description: '审核通过并发放工分' })
  @Allow(Role.VILLAGE_ADMIN)
  approveParticipation(@Arg('participationId', () => ID) participationId: number, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).approve(ctx, participationId);
  }

  @Mutation(() => ParticipationResult, { description: '审核不通过，须写明原因' })
  @Allow(Role.VILLAGE_ADMIN)
  rejectParticipation(@Args(() => RejectArgs) { participationId, reason }: RejectArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).reject(ctx, participationId, reason);
  }

  @Query(() => ParticipationPage, { description: '我参加的活动' })
  @Allow(Role.VILLAGER)
  myParticipations(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ActivitiesService).myParticipations(ctx, first, after);
  }

  @FieldResolver(() => ActivityType)
  activity(@Root() participation: Participation, @Ctx() ctx: RequestContext) {
    return ctx.loader(activityById).load(participation.activityId);
  }

  @FieldResolver(() => AccountType, { description: '参与的村民' })
  villager(@Root() participation: Participation, @Ctx() ctx: RequestContext) {
    return ctx.loader(accountById).load(participation.villagerId);
  }

  @FieldResolver(() => Boolean, { description: '由村干部代办' })
  filedOnBehalf(@Root() participation: Participation): boolean {
    return participation.filedBy !== null;
  }

  @FieldResolver(() => [String], { description: '照片地址（/files/…，需带登录令牌读取）' })
  photoUrls(@Root() participation: Participation): string[] {
    return participation.photoKeys ? participation.photoKeys.split(',').map((key) => `/files/${key}`) : [];
  }
}
