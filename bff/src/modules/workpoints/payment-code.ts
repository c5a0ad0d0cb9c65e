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
 * The villager's personal QR code (专属二维码): `GFP1.<claims>.<signature>`, HMAC-signed with a
 * key of its own, valid for a minute; the payment that uses it stores the nonce, so it pays once.
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
      nonce: randomBytes(12).toString('base64url'),
      expiresAt: new Date(now.getTime() + PAYMENT_CODE_TTL_SECONDS * 1000),
    };
    const payload = Buffer.from(
      JSON.stringify({ a: villagerId, v: villageId, n: claims.nonce, e: Math.floor(claims.expiresAt.getTime() / 1000) }),
    ).toString('base64url');
    return { code: `${PREFIX}.${payload}.${this.sign(payload)}`, claims };
  }

  verify(code: string, now = new Date()): PaymentCodeClaims | PaymentCodeProblem {
    const parts = code.trim().split('.');
    if (parts.length !== 3 || parts[0] !== PREFIX) return 'PAYMENT_CODE_INVALID';
    const [, payload, signature] = parts;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'PAYMENT_CODE_INVALID';
    let body: { a?: unknown; v?: unknown; n?: unknown; e?: unknown };
    try {
      body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return 'PAYMENT_CODE_INVALID';
    }
    const { a, v, n, e } = body;
    if (!Number.isInteger(a) || !Number.isInteger(v) || typeof n !== 'string' || !Number.isInteger(e)) {
      return 'PAYMENT_CODE_INVALID';
    }
    const expiresAt = new Date((e as number) * 1000);
    if (expiresAt.getTime() <= now.getTime()) return 'PAYMENT_CODE_EXPIRED';
    return { villagerId: a as number, villageId: v as number, nonce: n, expiresAt };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
