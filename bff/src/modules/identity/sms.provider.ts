import type { FastifyBaseLogger } from 'fastify';
import { maskPhone } from '@gongfu/shared-types/domain/phone';

/** Sends the one-time login code. A real SMS gateway implements this; the default logs it. */
export interface SmsProvider {
  /** True when the code is not really sent, so outside production it may be shown on screen. */
  readonly isLocal: boolean;
  sendLoginCode(phone: string, code: string): Promise<void>;
}

/** For laptops and demos: the code goes to the log, the phone number masked. */
export class LogSmsProvider implements SmsProvider {
  readonly isLocal = true;

  constructor(private readonly logger: FastifyBaseLogger) {}

  async sendLoginCode(phone: string, code: string): Promise<void> {
    this.logger.info({ phone: maskPhone(phone), code }, 'login code (SMS_PROVIDER=log)');
  }
}
