import type { FastifyBaseLogger } from 'fastify';
import { IsNull, LessThan, LessThanOrEqual, type EntityManager } from 'typeorm';
import type { StoreRegistry } from '../../stores/registry';
import type { StoreName } from '../../stores/store-names';
import type { RequestContext } from '../context';
import { outsideTransactions } from '../transaction';
import type { EventType, Subscription } from './events';
import { OutboxEvent } from './outbox.entity';

const LEASE_MS = 60_000;
const BATCH = 50;
const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * The outbox between stores: a publisher writes one row per subscribed handler in its own
 * transaction (so the rows exist exactly when its change commits), and this dispatcher delivers
 * them after the commit, in-process. Every BFF instance may run one: a row is claimed with a
 * conditional update (a lease), so two instances never deliver it at once; a failed delivery is
 * retried with back-off, and a crashed one when its lease runs out.
 */
export class EventDispatcher {
  private readonly subscriptions = new Map<string, Subscription[]>();
  private readonly byName = new Map<string, Subscription>();
  private readonly publishingStores = new Set<StoreName>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** A kick came while a round was running: its events may have committed after the round looked. */
  private kickedDuringRound = false;

  constructor(
    private readonly stores: StoreRegistry,
    private readonly logger: FastifyBaseLogger,
    /** A context with no caller for a handler: its loaders, its clock, its services. */
    private readonly contextFor: (label: string) => RequestContext,
  ) {}

  /** The events modules publish: their stores are the ones polled. */
  declare(event: EventType<unknown>): void {
    this.publishingStores.add(event.store);
  }

  subscribe<P>(subscription: Subscription<P>): void {
    // Payloads come back from JSON; the publisher's event type is what they were written as.
    const entry = subscription as unknown as Subscription;
    if (this.byName.has(entry.name)) throw new Error(`two event handlers are named ${entry.name}`);
    this.byName.set(entry.name, entry);
    const list = this.subscriptions.get(entry.event.topic) ?? [];
    list.push(entry);
    this.subscriptions.set(entry.event.topic, list);
    this.publishingStores.add(entry.event.store);
  }

  /** Writes the event for each subscribed handler, in the publisher's open transaction. */
  async write<P>(manager: EntityManager, event: EventType<P>, payload: P, now: Date): Promise<void> {
    const handlers = this.subscriptions.get(event.topic) ?? [];
    if (handlers.length === 0) return;
    const body = JSON.stringify(payload);
    await manager.insert(
      OutboxEvent,
      handlers.map((h) => ({ topic: event.topic, handler: h.name, payload: body, createdAt: now, availableAt: now, attempts: 0 })),
    );
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
    for (const store of this.publishingStores) {
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

  /** The handlers a row is for: its own, or (a row from before handlers were named) every one of its topic. */
  private handlersOf(event: OutboxEvent): Subscription[] {
    if (event.handler === null) return this.subscriptions.get(event.topic) ?? [];
    const handler = this.byName.get(event.handler);
    if (!handler) throw new Error(`no handler named ${event.handler} for topic ${event.topic}`);
    return [handler];
  }

  private async deliver(store: StoreName, event: OutboxEvent): Promise<boolean> {
    const source = this.stores.get(store);
    try {
      const payload: unknown = JSON.parse(event.payload);
      for (const handler of this.handlersOf(event)) {
        const ctx = this.contextFor(`event:${store}:${event.id}:${handler.name}`);
        await handler.handle(ctx, payload, { id: event.id, store, createdAt: event.createdAt });
      }
      await source.manager.update(OutboxEvent, { id: event.id }, { deliveredAt: new Date(), claimedUntil: null, lastError: null });
      return true;
    } catch (error) {
      const attempts = event.attempts + 1;
      const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 10));
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, outboxId: event.id, topic: event.topic, handler: event.handler, store }, 'event delivery failed');
      await source.manager.update(
        OutboxEvent,
        { id: event.id },
        { availableAt: new Date(Date.now() + backoff), claimedUntil: null, lastError: message.slice(0, 300) },
      );
      return false;
    }
  }

  /** Asks for a delivery round soon; publishing schedules one after its transaction commits. */
  kick(): void {
    outsideTransactions(() => setImmediate(() => void this.round()));
  }

  private round(): Promise<void> {
    // One round at a time per instance; a kick during a round asks for one more after it.
    if (this.running) {
      this.kickedDuringRound = true;
      return this.running;
    }
    this.running = this.deliverDue()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ err: error }, 'event delivery round failed'))
      .finally(() => {
        this.running = null;
        if (this.kickedDuringRound) {
          this.kickedDuringRound = false;
          void this.round();
        }
      });
    return this.running;
  }

  /** Polls for what kicks missed (another instance's events, retries, a crash's leftovers). */
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
