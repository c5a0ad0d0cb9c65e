import type { Redis } from 'ioredis';

export interface RateLimitVerdict {
  allowed: boolean;
  /** When refused: how long until the window that refused it is over. */
  retryAfterSeconds: number;
}

/** Fixed-window counters: at most `limit` hits per `windowSeconds` for one key. */
export interface RateLimiter {
  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitVerdict>;
  close(): Promise<void>;
}

/** The embedded default: counters in this process (one BFF instance). */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitVerdict> {
    const now = Date.now();
    if (this.windows.size > 50_000) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return {
      allowed: window.count <= limit,
      retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)),
    };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }

  async close(): Promise<void> {}
}

/** Shared counters in Redis, so that every BFF instance sees the same limits. */
export class RedisRateLimiter implements RateLimiter {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitVerdict> {
    const redisKey = `gongfu:rl:${key}`;
    const results = await this.redis.multi().incr(redisKey).expire(redisKey, windowSeconds, 'NX').pttl(redisKey).exec();
    if (!results) throw new Error('rate limit transaction was aborted');
    const count = Number(results[0][1]);
    const ttlMs = Number(results[2][1]);
    return {
      allowed: count <= limit,
      retryAfterSeconds: Math.max(1, Math.ceil((ttlMs > 0 ? ttlMs : windowSeconds * 1000) / 1000)),
    };
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
