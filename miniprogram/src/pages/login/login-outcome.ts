import type { LoginOutcomeFragment } from './login.generated';
import type { Session } from '@/device/session';

/** What a login attempt came to, in terms the page acts on. */
export type LoginOutcome = { kind: 'signedIn'; session: Session } | { kind: 'refused'; message: string; retryAfterSeconds: number | null };

/** "30秒" / "5分钟": how long to wait, said the way people say it. */
export function waitHint(seconds: number): string {
  return seconds < 60 ? `${Math.max(1, Math.ceil(seconds))}秒` : `${Math.ceil(seconds / 60)}分钟`;
}

/** Every member of the LoginResult union, each with a message a person can act on. */
export function describeLoginResult(result: LoginOutcomeFragment): LoginOutcome {
  switch (result.__typename) {
    case 'AuthPayload':
      return {
        kind: 'signedIn',
        session: { token: result.token, expiresAt: result.expiresAt, account: result.account },
      };
    case 'LoginError':
      return {
        kind: 'refused',
        message: result.attemptsLeft === null ? result.message : `${result.message}（还可以再试 ${result.attemptsLeft} 次）`,
        retryAfterSeconds: null,
      };
    case 'RateLimitedError':
      // Said once, in our words: the BFF's message names the wait as well.
      return {
        kind: 'refused',
        message: `登录次数太多了，请过${waitHint(result.retryAfterSeconds)}再试。`,
        retryAfterSeconds: result.retryAfterSeconds,
      };
    default:
      return assertUnreachable(result);
  }
}

function assertUnreachable(value: never): never {
  throw new Error(`未处理的登录结果：${JSON.stringify(value)}`);
}
