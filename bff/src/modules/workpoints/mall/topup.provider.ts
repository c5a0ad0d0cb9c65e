import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';

export interface TopUpOrder {
  /** Ours, one per redemption: the provider treats a repeat as the same order, so resending is safe. */
  orderId: string;
  phone: string;
  kind: 'PHONE_CREDIT' | 'MOBILE_DATA';
  /** Yuan of credit, or MB of data. */
  faceValue: number;
}

/** Where an order stands at the provider. */
export type TopUpState =
  | { state: 'DONE'; reference: string }
  | { state: 'FAILED'; reason: string }
  /** Accepted, not yet carried out. */
  | { state: 'PENDING' }
  /** The provider has no such order: it never arrived. */
  | { state: 'UNKNOWN' };

/**
 * Tops up a phone with credit or data; a carrier's gateway implements it in production. A call
 * that throws (a timeout, a dropped connection) leaves the outcome unknown: the order may or may
 * not have gone through, and only `status` can tell.
 */
export interface TopUpProvider {
  /** Sends the order, or answers where it stands if it was sent before. */
  topUp(order: TopUpOrder): Promise<Exclude<TopUpState, { state: 'UNKNOWN' }>>;
  status(orderId: string): Promise<TopUpState>;
}

/** The default: records the order in the log and reports it done, for laptops and demos. */
export class RecordingTopUpProvider implements TopUpProvider {
  private readonly done = new Map<string, { order: TopUpOrder; reference: string }>();

  constructor(private readonly logger: FastifyBaseLogger) {}

  async topUp(order: TopUpOrder): Promise<{ state: 'DONE'; reference: string }> {
    const known = this.done.get(order.orderId);
    if (known) return { state: 'DONE', reference: known.reference };
    const reference = `rec-${randomUUID()}`;
    this.done.set(order.orderId, { order, reference });
    this.logger.info({ orderId: order.orderId, kind: order.kind, faceValue: order.faceValue }, 'top-up recorded (TOPUP_PROVIDER=record)');
    return { state: 'DONE', reference };
  }

  async status(orderId: string): Promise<TopUpState> {
    const known = this.done.get(orderId);
    return known ? { state: 'DONE', reference: known.reference } : { state: 'UNKNOWN' };
  }
}
