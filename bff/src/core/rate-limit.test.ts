import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limit';

const redisUrl = process.env.TEST_REDIS_URL;

function behavesAsALimiter(make: () => RateLimiter) {
  it('allows up to the limit in a window, then refuses with the time left', async () => {
    const limiter = make();
    const key = `test:${Math.random()}`;
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await limiter.hit(key, 3, 60));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3].retryAfterSeconds).toBeGreaterThan(0);
    expect(verdicts[3].retryAfterSeconds).toBeLessThanOrEqual(60);
    await limiter.close();
  });

  it('keeps separate keys apart', async () => {
    const limiter = make();
    const a = await limiter.hit(`a:${Math.random()}`, 1, 60);
    const b = await limiter.hit(`b:${Math.random()}`, 1, 60);
    expect([a.allowed, b.allowed]).toEqual([true, true]);
    await limiter.close();
  });

  it('opens a new window once the old one is over', async () => {
    const limiter = make();
    const key = `w:${Math.random()}`;
    await limiter.hit(key, 1, 1);
    expect((await limiter.hit(key, 1, 1)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await limiter.hit(key, 1, 1)).allowed).toBe(true);
    await limiter.close();
  });
}

describe('in-process rate limiter', () => behavesAsALimiter(() => new MemoryRateLimiter()));

describe.skipIf(!redisUrl)('Redis rate limiter (TEST_REDIS_URL)', () =>
  behavesAsALimiter(() => new RedisRateLimiter(new Redis(redisUrl!))),
);
