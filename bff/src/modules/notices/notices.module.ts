import { defineModule } from '../../core/module';
import { complaintNoticeHandlers } from './handlers/complaint-notices';
import { recallNoticeHandlers } from './handlers/recall-notices';
import { Notices1764500000000 } from './migrations/1764500000000-notices';
import { NoticeSubscriptions1764900000000 } from './migrations/1764900000000-notice-subscriptions';
import { noticeEntities } from './notices.entity';
import { NoticesResolver } from './notices.resolver';
import { NoticesService } from './notices.service';
import { WechatSubscribeClient } from './wechat-subscribe.client';

/** 消息中心: what other modules tell a person, in the app and as WeChat subscribe messages. */
export const noticesModule = defineModule({
  name: 'notices',
  store: 'identity',
  entities: noticeEntities,
  migrations: [Notices1764500000000, NoticeSubscriptions1764900000000],
  resolvers: [NoticesResolver],
  services: (core) => [new NoticesService(new WechatSubscribeClient(core.config.wechat), core.config.wechatTemplates)],
  subscribes: [...complaintNoticeHandlers, ...recallNoticeHandlers],
});
