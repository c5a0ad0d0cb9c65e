import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** 工分支付: points a villager paid a village shop by showing a personal QR code. */
@Entity('points_payment')
@Index('uq_points_payment_nonce', ['codeNonce'], { unique: true })
@Index('uq_points_payment_idempotency', ['idempotencyKey'], { unique: true })
@Index('ix_points_payment_merchant', ['merchantAccountId', 'id'])
export class PointsPayment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ name: 'payer_id', type: 'integer' })
  payerId!: number;

  @Column({ name: 'merchant_id', type: 'integer' })
  merchantAccountId!: number;

  @Column({ type: 'integer' })
  points!: number;

  /** The nonce of the QR code paid with: unique, so a code is accepted once. */
  @Column({ name: 'code_nonce', type: 'varchar', length: 32 })
  codeNonce!: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** The village's rate for reimbursing shops: fen paid per point taken. */
@Entity('village_points_rate')
export class VillagePointsRate {
  @PrimaryColumn({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ name: 'fen_per_point', type: 'integer' })
  fenPerPoint!: number;

  @Column({ name: 'updated_by', type: 'integer' })
  updatedBy!: number;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}

/** 结算: the village paying a shop money for the points it took. */
@Entity('points_settlement')
@Index('ix_points_settlement_village', ['villageId', 'id'])
@Index('uq_points_settlement_request', ['createdBy', 'idempotencyKey'], { unique: true })
export class PointsSettlement {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ name: 'merchant_id', type: 'integer' })
  merchantAccountId!: number;

  @Column({ type: 'integer' })
  points!: number;

  @Column({ name: 'fen_per_point', type: 'integer' })
  fenPerPoint!: number;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  /** The cadre's request id: unique per cadre, so a retry replays and another cadre's same id does not. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey!: string;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

export const paymentsEntities = [PointsPayment, VillagePointsRate, PointsSettlement];
