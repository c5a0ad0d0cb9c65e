/**
 * Idempotency keys for the calls that move points (收工分, 兑换, 扣分, 结算): the BFF answers a
 * repeated key with the first outcome instead of doing it again, so a retry after a lost answer
 * can never charge twice.
 */

/** 32 random hex characters: the device's secure random source where there is one. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  const cryptoSource = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto;
  if (cryptoSource?.getRandomValues) {
    cryptoSource.getRandomValues(bytes);
  } else {
    // WeChat has no synchronous secure random; a key only has to be unique, not secret.
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Failures after which nobody knows whether the BFF did the work: only then is the key kept. */
const OUTCOME_UNKNOWN = new Set(['NETWORK_ERROR', 'BAD_RESPONSE', 'INTERNAL_SERVER_ERROR', 'UPSTREAM_UNAVAILABLE']);

export function outcomeUnknown(errorCode: string): boolean {
  return OUTCOME_UNKNOWN.has(errorCode);
}

/**
 * One person's attempt at an operation. The key stays the same while the attempt is retried
 * after a failure whose outcome is unknown (the network dropped, the server broke); once the BFF
 * has given a definite answer — done, or refused — the next tap is a new attempt with a new key.
 */
export class IdempotentAttempt {
  private current: string;
  private scope: string | null = null;

  constructor(private readonly makeKey: () => string = newIdempotencyKey) {
    this.current = makeKey();
  }

  /** The key to send now. */
  get key(): string {
    return this.current;
  }

  /**
   * The key for an attempt at `scope` (the item being redeemed, the code being charged): a
   * different scope is a different attempt, so it gets a new key even after an unknown outcome.
   */
  keyFor(scope: string): string {
    if (this.scope !== null && this.scope !== scope) this.current = this.makeKey();
    this.scope = scope;
    return this.current;
  }

  /** The BFF answered (success, a result-union refusal, or a coded error): start afresh. */
  settled(): void {
    this.current = this.makeKey();
    this.scope = null;
  }

  /** A call failed with this error code: keep the key only if the work may have been done. */
  failed(errorCode: string): void {
    if (!outcomeUnknown(errorCode)) this.settled();
  }
}
