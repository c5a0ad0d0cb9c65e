import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a villager's payment QR code stays good; the screen refreshes it before then. */
export const PAYMENT_CODE_TTL_SECONDS = 60;

const PREFIX = 'GFP1';

export interface PaymentCodeClaims {
  villagerId: number;
  villageId: number;
  nonce: string;
  expiresAt: Date;
}

export type PaymentCodeProblem = 'PAYMENT_CODE_INVALID' | 'PAYMENT_CODE_EXPIRED';

/**
 * The villager's personal QR code (专属二维码): `GFP1.<villager>.<village>.<expiry>.<nonce>.<signature>`,
 * numbers in base 36, signed with an HMAC key of its own and cut to 96 bits, so the code stays
 * short enough for an old phone's camera and for a shopkeeper to type. Valid for a minute; the
 * payment that uses it stores the nonce, so it pays once.
 */
export class PaymentCodeSigner {
  private readonly key: Buffer;

  constructor(secret: Uint8Array) {
    this.key = createHmac('sha256', secret).update('gongfu payment code v1').digest();
  }

  issue(villagerId: number, villageId: number, now = new Date()): { code: string; claims: PaymentCodeClaims } {
    const claims: PaymentCodeClaims = {
      villagerId,
      villageId,
      nonce: randomBytes(9).toString('base64url'),
      expiresAt: new Date(Math.floor(now.getTime() / 1000) * 1000 + PAYMENT_CODE_TTL_SECONDS * 1000),
    };
    const body = [
      PREFIX,
      villagerId.toString(36),
      villageId.toString(36),
      (claims.expiresAt.getTime() / 1000).toString(36),
      claims.nonce,
    ].join('.');
    return { code: `${body}.${this.sign(body)}`, claims };
  }

  verify(code: string, now = new Date()): PaymentCodeClaims | PaymentCodeProblem {
    const claims = this.read(code);
    if (typeof claims === 'string') return claims;
    if (claims.expiresAt.getTime() <= now.getTime()) return 'PAYMENT_CODE_EXPIRED';
    return claims;
  }

  /** What a genuine code says, expired or not: the villager may ask after a minute whether it was used. */
  read(code: string): PaymentCodeClaims | 'PAYMENT_CODE_INVALID' {
    const parts = code.trim().split('.');
    if (parts.length !== 6 || parts[0] !== PREFIX) return 'PAYMENT_CODE_INVALID';
    const body = parts.slice(0, 5).join('.');
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(parts[5]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'PAYMENT_CODE_INVALID';
    const [villagerId, villageId, expiry] = parts.slice(1, 4).map((n) => parseInt(n, 36));
    if (![villagerId, villageId, expiry].every((n) => Number.isSafeInteger(n) && n > 0)) return 'PAYMENT_CODE_INVALID';
    return { villagerId, villageId, nonce: parts[4], expiresAt: new Date(expiry * 1000) };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, 12).toString('base64url');
  }
}
