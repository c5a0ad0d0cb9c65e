import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PointsHolder = 'VILLAGER' | 'MERCHANT';

/** 工分账户: a villager's points, or a village shop's takings in points. */
@Entity('points_account')
@Index('uq_points_account_holder', ['holder', 'holderId'], { unique: true })
@Index('ix_points_account_village', ['villageId', 'holder'])
export class PointsAccount {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 10 })
  holder!: PointsHolder;

  /** The holder's account id (identity store). */
  @Column({ name: 'holder_id', type: 'integer' })
  holderId!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  /** Changed only with a ledger entry, by a conditional update that keeps it at or above zero. */
  @Column({ type: 'integer' })
  balance!: number;
}

/** The characters a ledger entry's reason holds; longer reasons are cut to fit (see PointsLedger.post). */
export const LEDGER_REASON_LENGTH = 200;

export type LedgerEntryKind = 'AWARD' | 'DEDUCTION' | 'REDEMPTION' | 'PAYMENT' | 'REVERSAL' | 'SETTLEMENT';

/** 工分流水: one append-only change to a points account, with its reason and source. */
@Entity('points_ledger_entry')
@Index('uq_points_ledger_idempotency', ['idempotencyKey'], { unique: true })
@Index('ix_points_ledger_account', ['accountId', 'id'])
export class PointsLedgerEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @Column({ type: 'varchar', length: 12 })
  kind!: LedgerEntryKind;

  /** Signed: positive adds points, negative takes them. */
  @Column({ type: 'integer' })
  amount!: number;

  @Column({ name: 'balance_after', type: 'integer' })
  balanceAfter!: number;

  /** What caused it: participation, deduction, redemption, payment, settlement. */
  @Column({ name: 'source_type', type: 'varchar', length: 16 })
  sourceType!: string;

  @Column({ name: 'source_id', type: 'integer' })
  sourceId!: number;

  @Column({ type: 'varchar', length: LEDGER_REASON_LENGTH })
  reason!: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey!: string;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

export type AppealStatus = 'PENDING' | 'UPHELD' | 'OVERTURNED';

/** 扣分: points taken from a villager by a cadre, with the reason and any appeal. */
@Entity('deduction')
@Index('ix_deduction_villager', ['villagerId'])
@Index('ix_deduction_appeal', ['villageId', 'appealStatus'])
export class Deduction {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ name: 'villager_id', type: 'integer' })
  villagerId!: number;

  @Column({ type: 'integer' })
  points!: number;

  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'appeal_status', type: 'varchar', length: 12, nullable: true })
  appealStatus!: AppealStatus | null;

  @Column({ name: 'appeal_reason', type: 'varchar', length: 500, nullable: true })
  appealReason!: string | null;

  @Column({ name: 'appealed_at', type: 'datetime', nullable: true })
  appealedAt!: Date | null;

  @Column({ name: 'appeal_decided_by', type: 'integer', nullable: true })
  appealDecidedBy!: number | null;

  @Column({ name: 'appeal_decided_at', type: 'datetime', nullable: true })
  appealDecidedAt!: Date | null;

  @Column({ name: 'appeal_decision_note', type: 'varchar', length: 500, nullable: true })
  appealDecisionNote!: string | null;
}

export const ledgerEntities = [PointsAccount, PointsLedgerEntry, Deduction];
