import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { SignedIn } from '../../core/guards';
import { PageArgs } from '../../core/paging';
import { ID } from '../../core/scalars';
import { NoticesService } from './notices.service';
import { NoticeKindEnum, NoticePage, NoticeType, SubscribeTemplateType } from './notices.types';

@ArgsType()
class MyNoticesArgs extends PageArgs {
  @Field(() => NoticeKindEnum, { nullable: true, description: '只看某一类' })
  kind?: NoticeKindEnum | null;
}

@ArgsType()
class MarkNoticesReadArgs {
  @Field(() => [ID], { nullable: true, description: '要标为已读的消息；不传则全部标为已读' })
  @IsOptional()
  @ArrayMaxSize(100, { message: '一次最多 100 条' })
  ids?: number[] | null;
}

@ArgsType()
class AllowSubscriptionsArgs {
  @Field(() => [NoticeKindEnum])
  @ArrayMinSize(1, { message: '至少一类' })
  @ArrayMaxSize(4, { message: '最多四类' })
  kinds!: NoticeKindEnum[];
}

@Resolver(() => NoticeType)
export class NoticesResolver {
  @Query(() => NoticePage, { description: '我的消息，新的在前' })
  @SignedIn()
  myNotices(@Args(() => MyNoticesArgs) { kind, first, after }: MyNoticesArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(NoticesService).mine(ctx, kind ?? null, first, after);
  }

  @Query(() => [SubscribeTemplateType], { description: '已配置的订阅消息模板；为空时不必请用户订阅' })
  @SignedIn()
  subscribeTemplates(@Ctx() ctx: RequestContext): SubscribeTemplateType[] {
    return Object.entries(ctx.app.config.wechatTemplates).map(([kind, templateId]) =>
      Object.assign(new SubscribeTemplateType(), { kind, templateId }),
    );
  }

  @Query(() => Int, { description: '未读消息数' })
  @SignedIn()
  unreadNoticeCount(@Ctx() ctx: RequestContext) {
    return ctx.service(NoticesService).unreadCount(ctx);
  }

  @Mutation(() => Int, { description: '用户在微信订阅消息弹窗里同意的类别：每同意一次，可以推送一条' })
  @SignedIn()
  allowNoticeSubscriptions(@Args(() => AllowSubscriptionsArgs) { kinds }: AllowSubscriptionsArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(NoticesService).allow(ctx, kinds);
  }

  @Mutation(() => Int, { description: '标为已读，返回改了几条' })
  @SignedIn()
  markNoticesRead(@Args(() => MarkNoticesReadArgs) { ids }: MarkNoticesReadArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(NoticesService).markRead(ctx, ids ?? null);
  }
}
