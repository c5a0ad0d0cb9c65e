import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import path from 'node:path';
import type { AppConfig } from './config';
import { LocalFileStore, type FileStore } from './modules/files/file-store';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './core/rate-limit';
import { IdentityService } from './modules/identity/identity.service';
import { LoginService } from './modules/identity/login.service';
import { LogSmsProvider, type SmsProvider } from './modules/identity/sms.provider';
import { TokenSigner } from './modules/identity/token';
import { WechatClient } from './modules/identity/wechat.client';
import { OutboxDispatcher } from './core/outbox/outbox';
import { NoticesService } from './modules/notices/notices.service';
import { WechatSubscribeClient } from './modules/notices/wechat-subscribe.client';
import { registerComplaintNotices } from './modules/complaints/complaint-notices';
import { ComplaintsService } from './modules/complaints/complaints.service';
import { MerchantsService } from './modules/complaints/merchants.service';
import { loadWorkingCalendar } from './modules/complaints/working-days';
import { registerComplaintOutcomes } from './modules/credit/complaint-outcomes';
import { registerRecallNotices } from './modules/trace/recall-notices';
import { RecallsService } from './modules/trace/recalls.service';
import { TraceService } from './modules/trace/trace.service';
import { ActivitiesService } from './modules/workpoints/activities.service';
import { CanteenService } from './modules/workpoints/canteen.service';
import { MallService } from './modules/workpoints/mall.service';
import { PaymentCodeSigner } from './modules/workpoints/payment-code';
import { PaymentsService } from './modules/workpoints/payments.service';
import { PointsService } from './modules/workpoints/points.service';
import { RecordingTopUpProvider, type TopUpProvider } from './modules/workpoints/topup.provider';
import type { StoreRegistry } from './stores/registry';

/** The long-lived parts of one BFF instance; every request context points at the same ones. */
export interface AppServices {
  config: AppConfig;
  logger: FastifyBaseLogger;
  stores: StoreRegistry;
  rateLimiter: RateLimiter;
  files: FileStore;
  identity: IdentityService;
  login: LoginService;
  activities: ActivitiesService;
  points: PointsService;
  payments: PaymentsService;
  mall: MallService;
  canteen: CanteenService;
  trace: TraceService;
  recalls: RecallsService;
  notices: NoticesService;
  outbox: OutboxDispatcher;
  merchants: MerchantsService;
  complaints: ComplaintsService;
}

/** What tests may swap for their own: an SMS provider that hands them the code, say. */
export interface ServiceOverrides {
  sms?: SmsProvider;
  rateLimiter?: RateLimiter;
  topUps?: TopUpProvider;
}

export function createServices(
  config: AppConfig,
  stores: StoreRegistry,
  logger: FastifyBaseLogger,
  overrides: ServiceOverrides = {},
): AppServices {
  const rateLimiter =
    overrides.rateLimiter ??
    (config.redisUrl ? new RedisRateLimiter(new Redis(config.redisUrl, { lazyConnect: false })) : new MemoryRateLimiter());
  const tokens = new TokenSigner(config.jwtSecret, config.tokenTtlSeconds);
  const identity = new IdentityService(stores, tokens);
  const login = new LoginService(
    identity,
    new WechatClient(config.wechat),
    overrides.sms ?? new LogSmsProvider(logger),
    rateLimiter,
    config.jwtSecret,
    config.env !== 'production',
  );
  const files = new LocalFileStore(path.join(config.dataDir, 'uploads'));
  const recalls = new RecallsService();
  const notices = new NoticesService(stores, new WechatSubscribeClient(config.wechat), config.wechatTemplates, logger);
  const outbox = new OutboxDispatcher(stores, logger);
  registerRecallNotices(outbox, stores, notices);
  registerComplaintNotices(outbox, stores, notices);
  registerComplaintOutcomes(outbox, stores);
  return {
    config,
    logger,
    stores,
    rateLimiter,
    files,
    identity,
    login,
    activities: new ActivitiesService(),
    points: new PointsService(),
    payments: new PaymentsService(new PaymentCodeSigner(config.jwtSecret)),
    mall: new MallService(overrides.topUps ?? new RecordingTopUpProvider(logger)),
    canteen: new CanteenService(),
    trace: new TraceService(recalls),
    recalls,
    notices,
    outbox,
    merchants: new MerchantsService(),
    complaints: new ComplaintsService(loadWorkingCalendar(config.holidayCalendarPath)),
  };
}
