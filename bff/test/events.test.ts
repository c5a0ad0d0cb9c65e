import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineEvent, subscribe } from '../src/core/events/events';
import { OutboxEvent } from '../src/core/events/outbox.entity';
import { startTestApp, type TestApp } from './helpers';

const Ping = defineEvent<{ n: number }>('test.ping', 'market');
const Quiet = defineEvent<{ n: number }>('test.quiet', 'market');

let app: TestApp;
const seen = { a: [] as number[], b: [] as number[] };
let failB = 0;

beforeAll(async () => {
  app = await startTestApp();
  app.core.events.subscribe(subscribe(Ping, 'test.a', async (_ctx, { n }) => void seen.a.push(n)));
  app.core.events.subscribe(
    subscribe(Ping, 'test.b', async (_ctx, { n }) => {
      if (failB > 0) {
        failB--;
        throw new Error('b is down');
      }
      seen.b.push(n);
    }),
  );
});
afterAll(() => app?.close());

describe('typed events between stores', () => {
  it('delivers one event to every subscribed handler, after the commit, without being asked', async () => {
    const ctx = app.systemContext('test');
    await ctx.transaction('market', () => ctx.publish(Ping, { n: 1 }));
    await vi.waitFor(() => expect({ a: seen.a, b: seen.b }).toEqual({ a: [1], b: [1] }), { timeout: 5000 });
    const rows = await app.core.stores.get('market').manager.findBy(OutboxEvent, { topic: 'test.ping' });
    expect(rows.map((r) => r.handler).sort()).toEqual(['test.a', 'test.b']);
  });

  it('retries a failing handler on its own, leaving the others delivered once', async () => {
    failB = 1;
    const ctx = app.systemContext('test');
    await ctx.transaction('market', () => ctx.publish(Ping, { n: 2 }));
    await app.core.events.drain();
    expect(seen.a).toEqual([1, 2]);
    expect(seen.b).toEqual([1]);
    const market = app.core.stores.get('market');
    await market
      .createQueryBuilder()
      .update(OutboxEvent)
      .set({ availableAt: new Date(Date.now() - 1000) })
      .where('delivered_at IS NULL')
      .execute();
    await app.core.events.drain();
    expect(seen.a).toEqual([1, 2]);
    expect(seen.b).toEqual([1, 2]);
  });

  it('delivers nothing for a change that rolled back, and writes nothing for an event nobody subscribes to', async () => {
    const ctx = app.systemContext('test');
    await expect(
      ctx.transaction('market', async () => {
        await ctx.publish(Ping, { n: 3 });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await ctx.transaction('market', () => ctx.publish(Quiet, { n: 4 }));
    await app.core.events.drain();
    expect(seen.a).not.toContain(3);
    expect(await app.core.stores.get('market').manager.countBy(OutboxEvent, { topic: 'test.quiet' })).toBe(0);
  });

  it("refuses to publish outside a transaction on the event's store", async () => {
    const ctx = app.systemContext('test');
    await expect(ctx.publish(Ping, { n: 5 })).rejects.toThrow(/needs an open transaction on store market/);
    await expect(ctx.transaction('trace', () => ctx.publish(Ping, { n: 5 }))).rejects.toThrow(/needs an open transaction on store market/);
  });
});
