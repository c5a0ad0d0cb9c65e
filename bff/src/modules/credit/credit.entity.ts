import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplaintOutcome } from '../complaints/complaints.events';

/**
 * A complaint's outcome as the credit store keeps it, delivered from the market store's outbox.
 * One row per complaint: a repeated delivery changes nothing.
 */
@Entity('credit_complaint_outcome')
@Index('uq_credit_outcome_complaint', ['complaintId'], { unique: true })
@Index('ix_credit_outcome_merchant', ['merchantId', 'closedAt'])
export class CreditComplaintOutcome {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'complaint_id', type: 'integer' })
  complaintId!: number;

  /** The merchant in the market store. */
  @Column({ name: 'merchant_id', type: 'integer' })
  merchantId!: number;

  @Column({ type: 'varchar', length: 24 })
  outcome!: ComplaintOutcome;

  /** It let the negotiation deadline pass (商家超期). */
  @Column({ name: 'merchant_overdue', type: 'boolean' })
  merchantOverdue!: boolean;

  @Column({ name: 'closed_at', type: 'datetime' })
  closedAt!: Date;

  @Column({ name: 'recorded_at', type: 'datetime' })
  recordedAt!: Date;
}

export const creditEntities = [CreditComplaintOutcome];
