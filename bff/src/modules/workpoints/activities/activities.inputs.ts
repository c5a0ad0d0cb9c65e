import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IsFileKeyLength } from '../../../core/files/file-keys';
import { ID } from '../../../core/scalars';
import type { EvidenceRule } from './activities.entity';
import { EvidenceRuleEnum } from './activities.types';

@InputType({ description: '发布活动' })
export class PublishActivityInput {
  @Field(() => ID)
  sceneId!: number;

  @Field(() => String)
  @Length(2, 60, { message: '活动名称 2–60 个字' })
  title!: string;

  @Field(() => String)
  @Length(0, 1000, { message: '活动说明最多 1000 个字' })
  description!: string;

  @Field(() => Int, { description: '完成并审核通过后奖励的工分' })
  @IsInt()
  @Min(1, { message: '奖励工分至少 1 分' })
  @Max(1000, { message: '奖励工分最多 1000 分' })
  points!: number;

  @Field(() => Int, { nullable: true, description: '名额；不填为不限' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '名额至少 1 人' })
  @Max(10000, { message: '名额最多 10000 人' })
  capacity?: number | null;

  @Field(() => Date)
  signupOpensAt!: Date;

  @Field(() => Date)
  signupClosesAt!: Date;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String)
  @Length(2, 100, { message: '活动地点 2–100 个字' })
  place!: string;

  @Field(() => EvidenceRuleEnum)
  @IsIn(['CHECKIN', 'PHOTO', 'CHECKIN_AND_PHOTO'])
  evidence!: EvidenceRule;
}

@InputType({ description: '修改本村的场景' })
export class UpdateSceneInput {
  @Field(() => String)
  @Length(2, 32, { message: '场景名称 2–32 个字' })
  name!: string;

  @Field(() => String)
  @Length(0, 200, { message: '场景说明最多 200 个字' })
  description!: string;

  @Field(() => Boolean)
  @IsBoolean()
  enabled!: boolean;

  @Field(() => Int, { description: '发布活动时默认的奖励工分' })
  @IsInt()
  @Min(1, { message: '默认工分至少 1 分' })
  @Max(1000, { message: '默认工分最多 1000 分' })
  defaultPoints!: number;
}

@InputType({ description: '提交活动凭证' })
export class SubmitEvidenceInput {
  @Field(() => ID)
  participationId!: number;

  @Field(() => [String], { description: '上传接口返回的照片 key' })
  @ArrayMaxSize(9, { message: '最多 9 张照片' })
  @IsFileKeyLength()
  photoKeys!: string[];

  @Field(() => String, { defaultValue: '' })
  @Length(0, 200, { message: '说明最多 200 个字' })
  note!: string;
}

@InputType({ description: '村干部为没有手机的老人代办' })
export class FileOnBehalfInput {
  @Field(() => ID)
  activityId!: number;

  @Field(() => ID, { description: '村民的账号' })
  villagerId!: number;

  @Field(() => [String])
  @ArrayMaxSize(9, { message: '最多 9 张照片' })
  @IsFileKeyLength()
  photoKeys!: string[];

  @Field(() => String)
  @Length(2, 200, { message: '请写明代办情况（2–200 个字）' })
  note!: string;
}
