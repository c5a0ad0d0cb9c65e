/**
 * When to fetch a fresh payment code. The BFF's code is good for a minute; the screen replaces it
 * 15 s before it runs out (so about every 45 s), so the code a shopkeeper scans is never stale.
 */

/** The BFF's code lifetime, assumed when the phone's clock disagrees with the server's. */
export const CODE_LIFETIME_MS = 60_000;
/** Replace the code this long before it expires. */
export const REFRESH_MARGIN_MS = 15_000;
/** Never refresh more often than this, whatever the times say. */
export const MIN_REFRESH_MS = 5_000;

export interface CodeTiming {
  /** On this device's clock: when the code stops working. */
  expiresAt: number;
  /** On this device's clock: when to fetch the next one. */
  refreshAt: number;
}

/**
 * Times for a code received at `receivedAt` (device clock) that the server says expires at
 * `serverExpiresAt`. A phone whose clock is off by minutes would otherwise refresh in a loop or
 * never: a lifetime outside (0, 2 min] is taken to be clock skew and replaced by the usual minute.
 */
export function codeTiming(serverExpiresAt: string, receivedAt: number): CodeTiming {
  let lifetime = Date.parse(serverExpiresAt) - receivedAt;
  if (!Number.isFinite(lifetime) || lifetime <= 0 || lifetime > 2 * CODE_LIFETIME_MS) lifetime = CODE_LIFETIME_MS;
  const refreshIn = Math.max(MIN_REFRESH_MS, lifetime - REFRESH_MARGIN_MS);
  return { expiresAt: receivedAt + lifetime, refreshAt: receivedAt + Math.min(refreshIn, lifetime) };
}

/** Whole seconds left on the code (for the countdown), never below 0. */
export function secondsLeft(timing: CodeTiming, now: number): number {
  return Math.max(0, Math.ceil((timing.expiresAt - now) / 1000));
}

/** Whole seconds until the screen fetches the next code (the countdown people see). */
export function secondsToRefresh(timing: CodeTiming, now: number): number {
  return Math.max(0, Math.ceil((timing.refreshAt - now) / 1000));
}
