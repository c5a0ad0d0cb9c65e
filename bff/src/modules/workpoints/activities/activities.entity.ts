import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** 工分宝's four modules; each holds three scenes. */
export type WorkpointsModule = 'ECOLOGY' | 'GOVERNANCE' | 'PARTY_CULTURE' | 'BEAUTIFUL_HOME';

/**
 * 场景: a kind of governance work (垃圾分类, 五水共治 …) that activities belong to, as the county's
 * catalogue has it. Each village sees it through its own VillageScene, if it has one.
 */
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

  /** The points an activity of the scene offers unless its cadre says otherwise. */
  @Column({ name: 'default_points', type: 'integer', default: 10 })
  defaultPoints!: number;
}

/**
 * 本村场景: one village's own view of a catalogue scene (stopped here, called otherwise, worth
 * other points). What it leaves null follows the county's catalogue, so a village that changed
 * only the name still sees the county's later changes to the rest.
 */
@Entity('village_scene')
export class VillageScene {
  @PrimaryColumn({ name: 'village_id', type: 'integer' })
  villageId!: number;

  @PrimaryColumn({ name: 'scene_id', type: 'integer' })
  sceneId!: number;

  @Column({ type: 'boolean', nullable: true })
  enabled!: boolean | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  description!: string | null;

  @Column({ name: 'default_points', type: 'integer', nullable: true })
  defaultPoints!: number | null;

  @Column({ name: 'updated_by', type: 'integer' })
  updatedBy!: number;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
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

export const activitiesEntities = [Scene, VillageScene, Activity, Participation];
