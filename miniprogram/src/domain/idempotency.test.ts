import { describe, expect, it } from 'vitest';
import { IdempotentAttempt, newIdempotencyKey, outcomeUnknown } from './idempotency';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('idempotency keys', () => {
  it('are 32 random hex characters, different every time', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps the key across retries after a lost answer, and starts afresh after the BFF answered', () => {
    const attempt = new IdempotentAttempt(counter());
    expect(attempt.keyFor('code-A')).toBe('key-1');
    attempt.failed('NETWORK_ERROR');
    expect(attempt.keyFor('code-A')).toBe('key-1');
    attempt.failed('BAD_RESPONSE');
    expect(attempt.keyFor('code-A')).toBe('key-1');
    attempt.settled();
    expect(attempt.keyFor('code-A')).toBe('key-2');
  });

  it('gives a new key after a definite refusal, which did nothing on the server', () => {
    const attempt = new IdempotentAttempt(counter());
    expect(attempt.keyFor('item-1')).toBe('key-1');
    attempt.failed('OUT_OF_STOCK');
    expect(attempt.keyFor('item-1')).toBe('key-2');
  });

  it('treats a different scope (another code, another item) as another attempt', () => {
    const attempt = new IdempotentAttempt(counter());
    expect(attempt.keyFor('item-1')).toBe('key-1');
    attempt.failed('NETWORK_ERROR');
    expect(attempt.keyFor('item-2')).toBe('key-2');
    expect(attempt.keyFor('item-2')).toBe('key-2');
  });

  it('knows which failures leave the outcome unknown', () => {
    expect(outcomeUnknown('NETWORK_ERROR')).toBe(true);
    expect(outcomeUnknown('INTERNAL_SERVER_ERROR')).toBe(true);
    expect(outcomeUnknown('INSUFFICIENT_POINTS')).toBe(false);
    expect(outcomeUnknown('FORBIDDEN')).toBe(false);
  });
});
