import { WorkpointsError } from '../workpoints.errors';
import { ResultUnion } from '../../../core/error-result';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../../core/paging';
import { ID } from '../../../core/scalars';

export enum WorkpointsModuleEnum {
  ECOLOGY = 'ECOLOGY',
  GOVERNANCE = 'GOVERNANCE',
  PARTY_CULTURE = 'PARTY_CULTURE',
  BEAUTIFUL_HOME = 'BEAUTIFUL_HOME',
}
registerEnumType(WorkpointsModuleEnum, {
  name: 'WorkpointsModule',
  description: '工分宝四大模块',
  valuesConfig: {
    ECOLOGY: { description: '生态环境' },
    GOVERNANCE: { description: '乡村治理' },
    PARTY_CULTURE: { description: '党建文化' },
    BEAUTIFUL_HOME: { description: '美丽家园' },
  },
});

export enum EvidenceRuleEnum {
  CHECKIN = 'CHECKIN',
  PHOTO = 'PHOTO',
  CHECKIN_AND_PHOTO = 'CHECKIN_AND_PHOTO',
}
registerEnumType(EvidenceRuleEnum, {
  name: 'EvidenceRule',
  description: '活动凭证要求',
  valuesConfig: {
    CHECKIN: { description: '现场扫码签到' },
    PHOTO: { description: '上传照片' },
    CHECKIN_AND_PHOTO: { description: '签到并上传照片' },
  },
});

export enum ParticipationStatusEnum {
  SIGNED_UP = 'SIGNED_UP',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ParticipationStatusEnum, { name: 'ParticipationStatus', description: '已报名 · 待审核 · 已通过 · 未通过' });

@ObjectType('VillageParticipationMonth', { description: '本村一个月里完成的活动人次' })
export class VillageParticipationMonthType {
  @Field(() => String, { description: '月份（北京时间），如 2026-06' }) month!: string;
  @Field(() => Int, { description: '审核通过的参加人次，按交凭证的时间计入月份' }) completed!: number;
}

@ObjectType('Scene', { description: '场景，某个村看到的样子' })
export class SceneType {
  @Field(() => ID) id!: number;
  @Field(() => String) code!: string;
  @Field(() => WorkpointsModuleEnum) module!: WorkpointsModuleEnum;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean, { description: '本村是否使用' }) enabled!: boolean;
  @Field(() => Int, { description: '发布活动时默认的奖励工分' }) defaultPoints!: number;
  @Field(() => Boolean, { description: '本村改过，与县里的默认不同' }) customised!: boolean;
}

@ObjectType('Activity', { description: '工分活动' })
export class ActivityType {
  @Field(() => ID) id!: number;
  villageId!: number;
  sceneId!: number;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => Int) points!: number;
  @Field(() => Int, { nullable: true, description: '名额；空为不限' }) capacity!: number | null;
  @Field(() => Int) signupCount!: number;
  @Field(() => Date) signupOpensAt!: Date;
  @Field(() => Date) signupClosesAt!: Date;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String) place!: string;
  @Field(() => EvidenceRuleEnum) evidence!: EvidenceRuleEnum;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
}

@ObjectType('Participation', { description: '活动参与记录' })
export class ParticipationType {
  @Field(() => ID) id!: number;
  activityId!: number;
  villagerId!: number;
  @Field(() => ParticipationStatusEnum) status!: ParticipationStatusEnum;
  @Field(() => Date, { nullable: true }) checkedInAt!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String) note!: string;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '未通过的原因，村民可见' }) rejectReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}

export const ActivityPage = PageOf(ActivityType, 'Activity');

export const ParticipationPage = PageOf(ParticipationType, 'Participation');

export const SceneResult = ResultUnion('SceneResult', SceneType, WorkpointsError);
export const ActivityResult = ResultUnion('ActivityResult', ActivityType, WorkpointsError);
export const ParticipationResult = ResultUnion('ParticipationResult', ParticipationType, WorkpointsError);
