import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';

export interface TopUpOrder {
  /** Our redemption id: the provider must treat a repeat as the same order. */
  orderId: string;
  phone: string;
  kind: 'PHONE_CREDIT' | 'MOBILE_DATA';
  /** Yuan of credit, or MB of data. */
  faceValue: number;
}

export type TopUpOutcome = { ok: true; reference: string } | { ok: false; reason: string };

/** Tops up a phone with credit or data; a carrier's gateway implements it in production. */
export interface TopUpProvider {
  topUp(order: TopUpOrder): Promise<TopUpOutcome>;
}

/** The default: records the order in the log and reports it done, for laptops and demos. */
export class RecordingTopUpProvider implements TopUpProvider {
  readonly orders: TopUpOrder[] = [];

  constructor(private readonly logger: FastifyBaseLogger) {}

  async topUp(order: TopUpOrder): Promise<TopUpOutcome> {
    this.orders.push(order);
    this.logger.info({ orderId: order.orderId, kind: order.kind, faceValue: order.faceValue }, 'top-up recorded (TOPUP_PROVIDER=record)');
    return { ok: true, reference: `rec-${randomUUID()}` };
  }
}
