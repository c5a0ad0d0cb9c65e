import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type MallItemKind = 'GOODS' | 'PHONE_CREDIT' | 'MOBILE_DATA';

/** 工分商城 item: daily goods, phone credit or mobile data, priced in points. */
@Entity('mall_item')
@Index('ix_mall_item_village', ['villageId', 'active'])
export class MallItem {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ type: 'varchar', length: 40 })
  name!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: MallItemKind;

  /** For phone credit, yuan; for data, MB; for goods, unused (0). */
  @Column({ name: 'face_value', type: 'integer' })
  faceValue!: number;

  @Column({ name: 'points_price', type: 'integer' })
  pointsPrice!: number;

  /** Decremented by a conditional update; never below zero. */
  @Column({ type: 'integer' })
  stock!: number;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

export type RedemptionStatus = 'AWAITING_PICKUP' | 'COLLECTED' | 'TOPUP_PENDING' | 'TOPUP_DONE' | 'TOPUP_FAILED';

/** 兑换: a villager's redemption of a mall item. */
@Entity('redemption')
@Index('uq_redemption_idempotency', ['idempotencyKey'], { unique: true })
@Index('ix_redemption_villager', ['villagerId', 'id'])
@Index('ix_redemption_pickup', ['villageId', 'pickupCode'])
@Index('ix_redemption_topup_check', ['status', 'topupCheckAt'])
export class Redemption {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ name: 'item_id', type: 'integer' })
  itemId!: number;

  @Column({ name: 'villager_id', type: 'integer' })
  villagerId!: number;

  @Column({ type: 'integer' })
  points!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: RedemptionStatus;

  /** Goods: the code shown at the village office to collect them. */
  @Column({ name: 'pickup_code', type: 'varchar', length: 8, nullable: true })
  pickupCode!: string | null;

  /** Top-ups: the number credited. */
  @Column({ name: 'topup_phone', type: 'varchar', length: 20, nullable: true })
  topupPhone!: string | null;

  @Column({ name: 'topup_reference', type: 'varchar', length: 64, nullable: true })
  topupReference!: string | null;

  @Column({ name: 'topup_failure', type: 'varchar', length: 200, nullable: true })
  topupFailure!: string | null;

  /**
   * A pending top-up: when to ask the provider where it stands, in case its sending crashed or
   * timed out. The job that asks claims the row by moving this on.
   */
  @Column({ name: 'topup_check_at', type: 'datetime', nullable: true })
  topupCheckAt!: Date | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'collected_at', type: 'datetime', nullable: true })
  collectedAt!: Date | null;
}

export const mallEntities = [MallItem, Redemption];
