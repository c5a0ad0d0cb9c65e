import type { FastifyBaseLogger } from 'fastify';
import { IsNull, LessThan, LessThanOrEqual, type EntityManager } from 'typeorm';
import type { StoreRegistry } from '../../stores/registry';
import { STORE_NAMES, type StoreName } from '../../stores/store-names';
import { OutboxEvent } from './outbox.entity';

/** Handlers may run more than once for one event (at-least-once), so each must be idempotent. */
export type OutboxHandler = (payload: Record<string, unknown>, event: OutboxEvent) => Promise<void>;

const LEASE_MS = 60_000;
const BATCH = 50;
const MAX_BACKOFF_MS = 10 * 60_000;

/** Writes an event in the caller's transaction: it exists exactly when the change commits. */
export async function emitOutboxEvent(m: EntityManager, topic: string, payload: Record<string, unknown>): Promise<void> {
  const now = new Date();
  await m.insert(OutboxEvent, { topic, payload: JSON.stringify(payload), createdAt: now, availableAt: now, attempts: 0 });
}

/**
 * Delivers outbox events to their handlers, in-process. Every BFF instance may run one: a row is
 * claimed with a conditional update (a lease), so two instances never deliver it at once; a
 * failed delivery is retried with back-off, and a crashed one when its lease runs out.
 */
export class OutboxDispatcher {
  private readonly handlers = new Map<string, OutboxHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly stores: StoreRegistry,
    private readonly logger: FastifyBaseLogger,
  ) {}

  on(topic: string, handler: OutboxHandler): void {
    if (this.handlers.has(topic)) throw new Error(`outbox topic ${topic} has two handlers`);
    this.handlers.set(topic, handler);
  }

  /** The stores whose schema has an outbox table. */
  private emittingStores(): StoreName[] {
    return STORE_NAMES.filter((name) => this.stores.get(name).hasMetadata(OutboxEvent));
  }

  /**
   * Delivers every event that is due now, in every store; answers how many this call delivered.
   * A round already under way (a kick's) is waited for, before and after, so that on return
   * nothing due is still in flight in this instance.
   */
  async drain(): Promise<number> {
    await this.running;
    const delivered = await this.deliverDue();
    await this.running;
    return delivered;
  }

  private async deliverDue(): Promise<number> {
    let delivered = 0;
    for (const store of this.emittingStores()) {
      for (;;) {
        const round = await this.drainOnce(store);
        delivered += round.delivered;
        if (round.seen < BATCH) break;
      }
    }
    return delivered;
  }

  private async drainOnce(store: StoreName): Promise<{ seen: number; delivered: number }> {
    const source = this.stores.get(store);
    const now = new Date();
    const due = await source.manager.find(OutboxEvent, {
      where: [
        { deliveredAt: IsNull(), availableAt: LessThanOrEqual(now), claimedUntil: IsNull() },
        { deliveredAt: IsNull(), availableAt: LessThanOrEqual(now), claimedUntil: LessThan(now) },
      ],
      order: { id: 'ASC' },
      take: BATCH,
    });
    let delivered = 0;
    for (const event of due) {
      const claimed = await source
        .createQueryBuilder()
        .update(OutboxEvent)
        .set({ claimedUntil: new Date(Date.now() + LEASE_MS), attempts: () => 'attempts + 1' })
        .where('id = :id AND delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)', { id: event.id, now })
        .execute();
      if (!claimed.affected) continue;
      if (await this.deliver(store, event)) delivered++;
    }
    return { seen: due.length, delivered };
  }

  private async deliver(store: StoreName, event: OutboxEvent): Promise<boolean> {
    const source = this.stores.get(store);
    const handler = this.handlers.get(event.topic);
    try {
      if (!handler) throw new Error(`no handler for outbox topic ${event.topic}`);
      await handler(JSON.parse(event.payload) as Record<string, unknown>, event);
      await source.manager.update(OutboxEvent, { id: event.id }, { deliveredAt: new Date(), claimedUntil: null, lastError: null });
      return true;
    } catch (error) {
      const attempts = event.attempts + 1;
      const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 10));
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, outboxId: event.id, topic: event.topic, store }, 'outbox delivery failed');
      await source.manager.update(
        OutboxEvent,
        { id: event.id },
        { availableAt: new Date(Date.now() + backoff), claimedUntil: null, lastError: message.slice(0, 300) },
      );
      return false;
    }
  }

  /** Asks for a delivery round soon, e.g. right after a transaction that emitted has committed. */
  kick(): void {
    setImmediate(() => void this.round());
  }

  private round(): Promise<void> {
    // One round at a time per instance; a kick during a round is covered by the next poll.
    this.running ??= this.deliverDue()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ err: error }, 'outbox round failed'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.round(), intervalMs);
    this.timer.unref();
  }

  /** Stops polling and waits for a round under way, so shutdown never cuts a delivery short. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
