import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** 工分宝's four modules; each holds three scenes. */
export type WorkpointsModule = 'ECOLOGY' | 'GOVERNANCE' | 'PARTY_CULTURE' | 'BEAUTIFUL_HOME';

/** 场景: a kind of governance work (垃圾分类, 五水共治 …) that activities belong to. */
@Entity('scene')
@Index('uq_scene_code', ['code'], { unique: true })
export class Scene {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 24 })
  module!: WorkpointsModule;

  @Column({ type: 'varchar', length: 32 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  description!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder!: number;

  @Column({ type: 'boolean' })
  enabled!: boolean;
}

/** What an activity accepts as proof: an on-site check-in, a photo, or both. */
export type EvidenceRule = 'CHECKIN' | 'PHOTO' | 'CHECKIN_AND_PHOTO';

/** 活动: a task published by a village's cadres that earns points once verified. */
@Entity('activity')
@Index('ix_activity_village_ends', ['villageId', 'endsAt'])
@Index('ix_activity_scene', ['sceneId'])
export class Activity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ name: 'scene_id', type: 'integer' })
  sceneId!: number;

  @Column({ type: 'varchar', length: 60 })
  title!: string;

  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  @Column({ type: 'integer' })
  points!: number;

  /** Places; null means unlimited. */
  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  /** Places taken: raised by a conditional update, so it never passes the capacity. */
  @Column({ name: 'signup_count', type: 'integer' })
  signupCount!: number;

  @Column({ name: 'signup_opens_at', type: 'datetime' })
  signupOpensAt!: Date;

  @Column({ name: 'signup_closes_at', type: 'datetime' })
  signupClosesAt!: Date;

  @Column({ name: 'starts_at', type: 'datetime' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'datetime' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  place!: string;

  @Column({ type: 'varchar', length: 20 })
  evidence!: EvidenceRule;

  /** The secret inside the on-site check-in QR code. */
  @Column({ name: 'checkin_secret', type: 'varchar', length: 32 })
  checkinSecret!: string;

  @Column({ name: 'cancelled_at', type: 'datetime', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

export type ParticipationStatus = 'SIGNED_UP' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';

/** 参与: one villager's part in one activity, from sign-up to the cadre's verdict. */
@Entity('participation')
@Index('uq_participation_activity_villager', ['activityId', 'villagerId'], { unique: true })
@Index('ix_participation_review', ['villageId', 'status', 'submittedAt'])
@Index('ix_participation_villager', ['villagerId', 'createdAt'])
export class Participation {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId!: number;

  /** The villager's account id (identity store). */
  @Column({ name: 'villager_id', type: 'integer' })
  villagerId!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ type: 'varchar', length: 12 })
  status!: ParticipationStatus;

  @Column({ name: 'checked_in_at', type: 'datetime', nullable: true })
  checkedInAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt!: Date | null;

  /** Photo keys in the file store, comma-separated. */
  @Column({ name: 'photo_keys', type: 'varchar', length: 1000 })
  photoKeys!: string;

  @Column({ type: 'varchar', length: 200 })
  note!: string;

  /** A cadre who filed for a villager without a phone (代办). */
  @Column({ name: 'filed_by', type: 'integer', nullable: true })
  filedBy!: number | null;

  @Column({ name: 'reviewed_by', type: 'integer', nullable: true })
  reviewedBy!: number | null;

  @Column({ name: 'reviewed_at', type: 'datetime', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'reject_reason', type: 'varchar', length: 200, nullable: true })
  rejectReason!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

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

  @Column({ type: 'varchar', length: 200 })
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

/** 工分支付: points a villager paid a village shop by showing a personal QR code. */
@Entity('points_payment')
@Index('uq_points_payment_nonce', ['codeNonce'], { unique: true })
@Index('uq_points_payment_idempotency', ['idempotencyKey'], { unique: true })
@Index('ix_points_payment_merchant', ['merchantId', 'id'])
export class PointsPayment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ name: 'payer_id', type: 'integer' })
  payerId!: number;

  @Column({ name: 'merchant_id', type: 'integer' })
  merchantId!: number;

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
@Index('uq_points_settlement_idempotency', ['idempotencyKey'], { unique: true })
export class PointsSettlement {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @Column({ name: 'merchant_id', type: 'integer' })
  merchantId!: number;

  @Column({ type: 'integer' })
  points!: number;

  @Column({ name: 'fen_per_point', type: 'integer' })
  fenPerPoint!: number;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey!: string;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

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

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'collected_at', type: 'datetime', nullable: true })
  collectedAt!: Date | null;
}

export type Meal = 'LUNCH' | 'DINNER';

/** 数字老年食堂 menu for one day, published the day before. */
@Entity('canteen_menu')
@Index('uq_canteen_menu_day', ['villageId', 'serviceDate'], { unique: true })
export class CanteenMenu {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  /** The day served, YYYY-MM-DD in China Standard Time. */
  @Column({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate!: string;

  @Column({ type: 'varchar', length: 200 })
  note!: string;

  @Column({ name: 'published_by', type: 'integer' })
  publishedBy!: number;

  @Column({ name: 'published_at', type: 'datetime' })
  publishedAt!: Date;
}

@Entity('canteen_dish')
@Index('ix_canteen_dish_menu', ['menuId'])
export class CanteenDish {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'menu_id', type: 'integer' })
  menuId!: number;

  @Column({ type: 'varchar', length: 8 })
  meal!: Meal;

  @Column({ type: 'varchar', length: 40 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  description!: string;
}

@Entity('canteen_reservation')
@Index('uq_canteen_reservation', ['menuId', 'villagerId', 'meal'], { unique: true })
export class CanteenReservation {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'menu_id', type: 'integer' })
  menuId!: number;

  @Column({ name: 'villager_id', type: 'integer' })
  villagerId!: number;

  @Column({ type: 'varchar', length: 8 })
  meal!: Meal;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A villager's comment on a dish; the cadre marks those that changed a later menu. */
@Entity('dish_comment')
@Index('ix_dish_comment_dish', ['dishId'])
export class DishComment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'dish_id', type: 'integer' })
  dishId!: number;

  @Column({ name: 'villager_id', type: 'integer' })
  villagerId!: number;

  @Column({ type: 'varchar', length: 200 })
  body!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  /** The later menu this comment changed, when the cadre says so. */
  @Column({ name: 'adopted_in_menu_id', type: 'integer', nullable: true })
  adoptedInMenuId!: number | null;
}

@Entity('dish_like')
export class DishLike {
  @PrimaryColumn({ name: 'dish_id', type: 'integer' })
  dishId!: number;

  @PrimaryColumn({ name: 'villager_id', type: 'integer' })
  villagerId!: number;
}

export const workpointsEntities = [
  Scene,
  Activity,
  Participation,
  PointsAccount,
  PointsLedgerEntry,
  Deduction,
  PointsPayment,
  VillagePointsRate,
  PointsSettlement,
  MallItem,
  Redemption,
  CanteenMenu,
  CanteenDish,
  CanteenReservation,
  DishComment,
  DishLike,
];
