import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** What a notice is about, so the message centre can filter (召回, 投诉 …). */
export type NoticeKind = 'RECALL' | 'RECALL_TASK' | 'COMPLAINT' | 'SYSTEM';

/**
 * 消息中心: one message to one account. Notices arrive from other modules through the outbox, so
 * the same delivery may come twice: the source key (unique per account) makes the second a no-op.
 */
@Entity('notice')
@Index('uq_notice_source', ['accountId', 'sourceKey'], { unique: true })
@Index('ix_notice_account', ['accountId', 'id'])
export class Notice {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: NoticeKind;

  @Column({ type: 'varchar', length: 60 })
  title!: string;

  @Column({ type: 'varchar', length: 400 })
  body!: string;

  /** A page in the mini-program to open, with its query string. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link!: string | null;

  /** What caused it, e.g. recall:12:scanner — the idempotency key of its delivery. */
  @Column({ name: 'source_key', type: 'varchar', length: 80 })
  sourceKey!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'datetime', nullable: true })
  readAt!: Date | null;
}

/**
 * 订阅消息 the person allowed in WeChat: each tap of "allow" grants one message of that kind
 * (一次性订阅), so allowances are counted and each push spends one.
 */
@Entity('notice_subscription')
export class NoticeSubscription {
  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: NoticeKind;

  @Column({ type: 'integer' })
  remaining!: number;
}

export const noticeEntities = [Notice, NoticeSubscription];
