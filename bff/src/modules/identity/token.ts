import { SignJWT, errors, jwtVerify } from 'jose';
import type { Clock } from '../../core/clock';

const ISSUER = 'gongfu';

export interface TokenClaims {
  accountId: number;
  sessionId: string;
}

export type TokenProblem = 'expired' | 'invalid';

/** The app's own bearer tokens: HS256 JWTs naming the account and the session they belong to. */
export class TokenSigner {
  constructor(
    private readonly secret: Uint8Array,
    readonly ttlSeconds: number,
    private readonly clock: Clock,
  ) {}

  async issue(claims: TokenClaims, expiresAt: Date): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setSubject(String(claims.accountId))
      .setJti(claims.sessionId)
      .setIssuedAt(Math.floor(this.clock.now().getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
  }

  async verify(token: string): Promise<TokenClaims | TokenProblem> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'], currentDate: this.clock.now() });
      const accountId = Number(payload.sub);
      if (!Number.isInteger(accountId) || !payload.jti) return 'invalid';
      return { accountId, sessionId: payload.jti };
    } catch (error) {
      return error instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
  }
}
