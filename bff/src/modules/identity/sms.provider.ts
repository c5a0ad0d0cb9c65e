import type { FastifyBaseLogger } from 'fastify';
import { maskPhone } from '@gongfu/shared-types/domain/phone';

/** What became of one message: sent, or why not (the detail is for the log, never for the user). */
export type SmsSendResult = { ok: true } | { ok: false; reason: 'rate_limited' | 'unavailable'; detail: string };

/** Sends the one-time login code: Aliyun's SMS service in production, the log on a laptop. */
export interface SmsProvider {
  sendLoginCode(phone: string, code: string): Promise<SmsSendResult>;
}

/**
 * For laptops: nothing is sent. The code reaches the log in development only (never in a test
 * run or a staging box left on `log`), the phone number masked.
 */
export class LogSmsProvider implements SmsProvider {
  constructor(
    private readonly logger: FastifyBaseLogger,
    private readonly showCodes: boolean,
  ) {}

  async sendLoginCode(phone: string, code: string): Promise<SmsSendResult> {
    if (this.showCodes) this.logger.info({ phone: maskPhone(phone), code }, 'login code (SMS_PROVIDER=log, development)');
    else this.logger.info({ phone: maskPhone(phone) }, 'login code not sent (SMS_PROVIDER=log)');
    return { ok: true };
  }
}
