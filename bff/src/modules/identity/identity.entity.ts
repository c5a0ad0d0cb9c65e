import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../core/roles';

/** 村: an administrative village, the unit that runs work points and the canteen. */
@Entity('village')
export class Village {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  /** 镇 / 街道 */
  @Column({ type: 'varchar', length: 64 })
  town!: string;

  /** 区 / 县 */
  @Column({ type: 'varchar', length: 64 })
  county!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** 户: a household of a village; points and credit are also shown per household. */
@Entity('household')
@Index('ix_household_village', ['villageId'])
export class Household {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  /** How the village knows the household: usually the householder's name (户主). */
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  /** 门牌 */
  @Column({ type: 'varchar', length: 128 })
  address!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

@Entity('account')
@Index('uq_account_phone', ['phone'], { unique: true })
@Index('uq_account_wechat_openid', ['wechatOpenid'], { unique: true })
@Index('ix_account_village', ['villageId'])
@Index('ix_account_household', ['householdId'])
export class Account {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'display_name', type: 'varchar', length: 32 })
  displayName!: string;

  /** Stored whole (11 digits); shown masked to anyone but its owner. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ name: 'wechat_openid', type: 'varchar', length: 64, nullable: true })
  wechatOpenid!: string | null;

  @Column({ name: 'village_id', type: 'integer', nullable: true })
  villageId!: number | null;

  @Column({ name: 'household_id', type: 'integer', nullable: true })
  householdId!: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  /** A disabled account keeps its history but can no longer sign in. */
  @Column({ name: 'disabled_at', type: 'datetime', nullable: true })
  disabledAt!: Date | null;
}

@Entity('account_role')
export class AccountRole {
  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role!: Role;
}

/** One signed-in device. The token carries its id, so logging out (revoking it) ends that token. */
@Entity('session')
@Index('ix_session_account', ['accountId'])
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'integer' })
  accountId!: number;

  /** How the account signed in: wechat or phone. */
  @Column({ type: 'varchar', length: 16 })
  channel!: 'wechat' | 'phone';

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt!: Date | null;
}

/** A one-time code sent by SMS; only its keyed hash is kept. */
@Entity('login_code')
@Index('ix_login_code_phone', ['phone', 'createdAt'])
export class LoginCode {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;

  @Column({ name: 'consumed_at', type: 'datetime', nullable: true })
  consumedAt!: Date | null;
}

export const identityEntities = [Village, Household, Account, AccountRole, Session, LoginCode];
