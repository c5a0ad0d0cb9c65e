import type { StoreName } from '../../stores/store-names';
import type { RequestContext } from '../context';

/**
 * An event one module publishes for others: its topic, the store whose outbox carries it (the
 * publisher's own), and its payload's type. Declared in the publisher's `<module>.events.ts`.
 * Payloads travel as JSON: ids and plain values, dates as ISO strings.
 */
export interface EventType<P> {
  readonly topic: string;
  readonly store: StoreName;
  /** Carries the payload type only; never set. */
  readonly payload?: P;
}

export function defineEvent<P>(topic: string, store: StoreName): EventType<P> {
  if (topic.length > 60) throw new Error(`event topic ${topic} is longer than the outbox column`);
  return { topic, store };
}

/** What a handler learns of the delivery besides the payload. */
export interface DeliveredEvent {
  /** The outbox row's id in the publisher's store. */
  id: number;
  store: StoreName;
  createdAt: Date;
}

/**
 * A handler runs at least once per event, possibly twice (a crash between its work and the
 * delivery mark), so it must be idempotent. It runs with a context of its own (no caller), and
 * writes only its own module's store.
 */
export type EventHandler<P> = (ctx: RequestContext, payload: P, event: DeliveredEvent) => Promise<void>;

/** A module's handler for another module's event; the name is stored with each delivery. */
export interface Subscription<P = unknown> {
  readonly event: EventType<P>;
  readonly name: string;
  readonly handle: EventHandler<P>;
}

/** `subscribe(RecallOpened, 'notices.recallOpened', handler)` in the consuming module. */
export function subscribe<P>(event: EventType<P>, name: string, handle: EventHandler<P>): Subscription<P> {
  if (name.length > 80) throw new Error(`handler name ${name} is longer than the outbox column`);
  return { event, name, handle };
}

/** The payload type of an event: `PayloadOf<typeof RecallOpened>`. */
export type PayloadOf<E> = E extends EventType<infer P> ? P : never;
