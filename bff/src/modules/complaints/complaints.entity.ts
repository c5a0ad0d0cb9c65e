import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A registered business (市场主体), known by its 统一社会信用代码. */
@Entity('market_merchant')
@Index('uq_market_merchant_code', ['creditCode'], { unique: true })
export class Merchant {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'varchar', length: 120 })
  address!: string;

  /** 经营范围, as the licence words it. */
  @Column({ name: 'licence_scope', type: 'varchar', length: 300 })
  licenceScope!: string;

  /** 在线消费纠纷解决单位: complaints go straight to it, and it negotiates within 10 working days. */
  @Column({ type: 'boolean' })
  odr!: boolean;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** An account that acts for a merchant: answers its complaints. */
@Entity('market_merchant_agent')
@Index('ix_market_agent_account', ['accountId'])
export class MerchantAgent {
  @PrimaryColumn({ name: 'merchant_id', type: 'integer' })
  merchantId!: number;

  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId!: number;
}

export type ComplaintStatus = 'SUBMITTED' | 'DECLINED' | 'NEGOTIATING' | 'SETTLED' | 'MEDIATING' | 'MEDIATED' | 'WITHDRAWN';
export type ComplaintDemand = 'REFUND' | 'REPLACEMENT' | 'REPAIR' | 'COMPENSATION' | 'APOLOGY';
export type ComplaintCategory = 'FOOD_SAFETY' | 'QUALITY' | 'PRICE' | 'SERVICE' | 'FALSE_ADVERTISING' | 'OTHER';
export type ComplaintSource = 'SEARCH' | 'SCAN' | 'ORDER';
export type DeclineReason =
  'OUTSIDE_REMIT' | 'NO_SPECIFIC_CLAIM' | 'OVER_THREE_YEARS' | 'IN_COURT' | 'ALREADY_HANDLED' | 'NOT_CONSUMER_DISPUTE';
export type MediationOutcome = 'AGREEMENT' | 'FAILED' | 'TERMINATED';
export type ComplaintParty = 'CONSUMER' | 'MERCHANT' | 'REGULATOR' | 'SYSTEM';

/** 投诉: one consumer's dispute with one merchant, from filing to its close. */
@Entity('market_complaint')
@Index('uq_market_complaint_key', ['consumerId', 'idempotencyKey'], { unique: true })
@Index('ix_market_complaint_consumer', ['consumerId', 'id'])
@Index('ix_market_complaint_merchant', ['merchantId', 'status', 'dueAt'])
@Index('ix_market_complaint_status', ['status', 'dueAt'])
@Index('ix_market_complaint_resolved', ['resolvedAt'])
export class Complaint {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'consumer_id', type: 'integer' })
  consumerId!: number;

  @Column({ name: 'merchant_id', type: 'integer' })
  merchantId!: number;

  @Column({ type: 'varchar', length: 20 })
  category!: ComplaintCategory;

  @Column({ type: 'varchar', length: 1000 })
  narrative!: string;

  @Column({ type: 'varchar', length: 16 })
  demand!: ComplaintDemand;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  @Column({ type: 'varchar', length: 8 })
  source!: ComplaintSource;

  @Column({ name: 'trace_code', type: 'varchar', length: 200, nullable: true })
  traceCode!: string | null;

  @Column({ type: 'varchar', length: 12 })
  status!: ComplaintStatus;

  /** When the current stage's clock started (filing, acceptance, escalation). */
  @Column({ name: 'stage_started_at', type: 'datetime' })
  stageStartedAt!: Date;

  /** The current stage's deadline; null while the clock is paused or the complaint is closed. */
  @Column({ name: 'due_at', type: 'datetime', nullable: true })
  dueAt!: Date | null;

  /** Waiting on the consumer (a settlement offer to answer): the clock stands still since then. */
  @Column({ name: 'paused_since', type: 'datetime', nullable: true })
  pausedSince!: Date | null;

  /** The merchant was warned that its negotiation deadline is a day away. */
  @Column({ name: 'warned_at', type: 'datetime', nullable: true })
  warnedAt!: Date | null;

  /** Negotiation ran out without a settlement: the merchant let it go overdue. */
  @Column({ name: 'merchant_overdue', type: 'boolean' })
  merchantOverdue!: boolean;

  @Column({ name: 'filed_at', type: 'datetime' })
  filedAt!: Date;

  /** When it became the merchant's to answer (ODR filing, or acceptance); until then the merchant sees nothing of it. */
  @Column({ name: 'forwarded_at', type: 'datetime', nullable: true })
  forwardedAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'datetime', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 24, nullable: true })
  declineReason!: DeclineReason | null;

  @Column({ name: 'decline_note', type: 'varchar', length: 300, nullable: true })
  declineNote!: string | null;

  @Column({ name: 'mediation_outcome', type: 'varchar', length: 12, nullable: true })
  mediationOutcome!: MediationOutcome | null;

  @Column({ name: 'mediation_summary', type: 'varchar', length: 500, nullable: true })
  mediationSummary!: string | null;

  @Column({ name: 'consumer_favoured', type: 'boolean', nullable: true })
  consumerFavoured!: boolean | null;

  @Column({ type: 'integer', nullable: true })
  rating!: number | null;

  @Column({ name: 'rating_comment', type: 'varchar', length: 300, nullable: true })
  ratingComment!: string | null;

  /** The consumer's form sends one key per filing, so a double tap files once. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey!: string;

  /** Bumped by every transition: two people acting at once cannot both move it. */
  @Column({ type: 'integer' })
  version!: number;
}

/** A file attached to a complaint (evidence or a message's photo): readable by the two parties and regulators. */
@Entity('market_complaint_file')
@Index('ix_market_complaint_file_key', ['fileKey'])
export class ComplaintFile {
  @PrimaryColumn({ name: 'complaint_id', type: 'integer' })
  complaintId!: number;

  @PrimaryColumn({ name: 'file_key', type: 'varchar', length: 120 })
  fileKey!: string;

  /** Null for the filing's evidence; else the message it came with. */
  @Column({ name: 'message_id', type: 'integer', nullable: true })
  messageId!: number | null;
}

/** The negotiation thread between consumer and merchant (and the regulator in mediation). */
@Entity('market_complaint_message')
@Index('ix_market_complaint_message', ['complaintId', 'id'])
export class ComplaintMessage {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'complaint_id', type: 'integer' })
  complaintId!: number;

  @Column({ type: 'varchar', length: 10 })
  party!: ComplaintParty;

  @Column({ name: 'author_id', type: 'integer' })
  authorId!: number;

  @Column({ type: 'varchar', length: 1000 })
  body!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

export type SettlementStatus = 'PROPOSED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

/** 和解方案: what the merchant offers; the consumer accepts or declines it. */
@Entity('market_complaint_settlement')
@Index('ix_market_settlement_complaint', ['complaintId', 'id'])
export class ComplaintSettlement {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'complaint_id', type: 'integer' })
  complaintId!: number;

  @Column({ type: 'varchar', length: 16 })
  remedy!: ComplaintDemand;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  @Column({ type: 'varchar', length: 300 })
  terms!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: SettlementStatus;

  @Column({ name: 'proposed_by', type: 'integer' })
  proposedBy!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true })
  decidedAt!: Date | null;
}

/** Every change to a complaint, for both sides to read. */
@Entity('market_complaint_audit')
@Index('ix_market_complaint_audit', ['complaintId', 'id'])
export class ComplaintAudit {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'complaint_id', type: 'integer' })
  complaintId!: number;

  @Column({ type: 'varchar', length: 10 })
  party!: ComplaintParty;

  /** Null for the system (the deadline job). */
  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId!: number | null;

  @Column({ type: 'varchar', length: 24 })
  action!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 12, nullable: true })
  fromStatus!: ComplaintStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 12 })
  toStatus!: ComplaintStatus;

  @Column({ type: 'varchar', length: 300 })
  note!: string;

  @Column({ type: 'datetime' })
  at!: Date;
}

/** A stretch when the stage's clock stood still, waiting on the consumer. */
@Entity('market_complaint_pause')
@Index('ix_market_complaint_pause', ['complaintId'])
export class ComplaintClockPause {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'complaint_id', type: 'integer' })
  complaintId!: number;

  @Column({ name: 'paused_from', type: 'datetime' })
  pausedFrom!: Date;

  @Column({ name: 'paused_to', type: 'datetime', nullable: true })
  pausedTo!: Date | null;
}

export const marketEntities = [
  Merchant,
  MerchantAgent,
  Complaint,
  ComplaintFile,
  ComplaintMessage,
  ComplaintSettlement,
  ComplaintAudit,
  ComplaintClockPause,
];
