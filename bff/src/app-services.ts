import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import type { AppConfig } from './config';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './core/rate-limit';
import { IdentityService } from './modules/identity/identity.service';
import { LoginService } from './modules/identity/login.service';
import { LogSmsProvider, type SmsProvider } from './modules/identity/sms.provider';
import { TokenSigner } from './modules/identity/token';
import { WechatClient } from './modules/identity/wechat.client';
import type { StoreRegistry } from './stores/registry';

/** The long-lived parts of one BFF instance; every request context points at the same ones. */
export interface AppServices {
  config: AppConfig;
  logger: FastifyBaseLogger;
  stores: StoreRegistry;
  rateLimiter: RateLimiter;
  identity: IdentityService;
  login: LoginService;
}

/** What tests may swap for their own: an SMS provider that hands them the code, say. */
export interface ServiceOverrides {
  sms?: SmsProvider;
  rateLimiter?: RateLimiter;
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
  return { config, logger, stores, rateLimiter, identity, login };
}
