import Taro from '@tarojs/taro';
import type { Role } from '@gongfu/shared-types';

const SESSION_KEY = 'gongfu.session';

/** Who is signed in on this device, as the BFF's AuthPayload gave it. */
export interface Session {
  token: string;
  /** ISO time after which the BFF refuses the token. */
  expiresAt: string;
  account: {
    id: string;
    displayName: string;
    phone: string | null;
    roles: Role[];
  };
}

function isSession(stored: unknown): stored is Session {
  if (typeof stored !== 'object' || stored === null) return false;
  const session = stored as Partial<Session>;
  return (
    typeof session.token === 'string' &&
    typeof session.expiresAt === 'string' &&
    typeof session.account === 'object' &&
    session.account !== null &&
    Array.isArray(session.account.roles)
  );
}

export function saveSession(session: Session): void {
  Taro.setStorageSync(SESSION_KEY, session);
}

/** The stored session, or null when there is none, it is unreadable, or it has expired. */
export function loadSession(now: Date = new Date()): Session | null {
  let stored: unknown;
  try {
    stored = Taro.getStorageSync(SESSION_KEY);
  } catch {
    return null;
  }
  if (!isSession(stored)) return null;
  const expiresAt = Date.parse(stored.expiresAt);
  if (Number.isNaN(expiresAt) || expiresAt <= now.getTime()) return null;
  return stored;
}

export function clearSession(): void {
  try {
    Taro.removeStorageSync(SESSION_KEY);
  } catch {
    // Nothing stored, or storage unavailable: either way no session is left.
  }
}
