import { defineModule } from '../../core/module';
import { IdentityInit1763800000000 } from './migrations/1763800000000-identity-init';
import type { CoreServices } from '../../core/context';
import { AliyunSmsProvider } from './aliyun-sms.client';
import { DEMO_ACCOUNTS, seedIdentityDemo } from './identity.demo';
import { identityEntities } from './identity.entity';
import { identityResolvers } from './identity.resolver';
import { IdentityService } from './identity.service';
import { LOGIN_ERROR_MESSAGES } from './identity.types';
import { LoginService } from './login.service';
import { LogSmsProvider, type SmsProvider } from './sms.provider';
import { TokenSigner } from './token';
import { WechatClient } from './wechat.client';

/** The configured sender: Aliyun's SMS service, or the log (which config allows outside production only). */
function smsProviderOf(core: CoreServices): SmsProvider {
  const { sms, env } = core.config;
  return sms.provider === 'aliyun' ? new AliyunSmsProvider(sms, core.clock) : new LogSmsProvider(core.logger, env === 'development');
}

declare module '../../core/module' {
  interface ServiceOverrides {
    /** Tests read the codes they "send". */
    sms?: SmsProvider;
  }
}

/** 身份: villages, households, accounts and their roles; signing in and out. */
export const identityModule = defineModule({
  name: 'identity',
  store: 'identity',
  entities: identityEntities,
  migrations: [IdentityInit1763800000000],
  resolvers: [...identityResolvers],
  errorCodes: LOGIN_ERROR_MESSAGES,
  services(core, overrides) {
    const identity = new IdentityService(core, new TokenSigner(core.config.jwtSecret, core.config.tokenTtlSeconds, core.clock));
    const login = new LoginService(
      identity,
      new WechatClient(core.config.wechat),
      overrides.sms ?? smsProviderOf(core),
      core.rateLimiter,
      core.config.jwtSecret,
      new Set(core.config.demoData ? DEMO_ACCOUNTS.map((a) => a.phone) : []),
    );
    return [identity, login];
  },
  authenticator: (services) => services.get(IdentityService),
  seed: { demo: seedIdentityDemo },
});
