import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../core/paging';
import { ID } from '../../core/scalars';
import type { NoticeKind } from './notices.entity';

export enum NoticeKindEnum {
  RECALL = 'RECALL',
  RECALL_TASK = 'RECALL_TASK',
  COMPLAINT = 'COMPLAINT',
  SYSTEM = 'SYSTEM',
}
registerEnumType(NoticeKindEnum, { name: 'NoticeKind', description: '召回提醒 · 召回任务（商家）· 投诉 · 系统' });

@ObjectType('Notice', { description: '消息中心里的一条消息' })
export class NoticeType {
  @Field(() => ID) id!: number;
  @Field(() => NoticeKindEnum) kind!: NoticeKind;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => String, { nullable: true, description: '点开后要去的页面' }) link!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

export const NoticePage = PageOf(NoticeType, 'Notice');

@ObjectType('SubscribeTemplate', { description: '微信订阅消息模板：小程序请用户同意后，按类别推送' })
export class SubscribeTemplateType {
  @Field(() => NoticeKindEnum) kind!: NoticeKind;
  @Field(() => String) templateId!: string;
}
