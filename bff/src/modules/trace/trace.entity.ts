import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A food product known by its GTIN, registered by the merchant that makes it. */
@Entity('trace_product')
@Index('uq_trace_product_gtin', ['gtin'], { unique: true })
@Index('ix_trace_product_merchant', ['merchantAccountId'])
export class TraceProduct {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** Always GTIN-14. */
  @Column({ type: 'varchar', length: 14 })
  gtin!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** The producing merchant's account (identity store). */
  @Column({ name: 'merchant_id', type: 'integer' })
  merchantAccountId!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** 批次: one lot of a product (AI 10), with its dates and quantity. */
@Entity('trace_batch')
@Index('uq_trace_batch_lot', ['productId', 'lot'], { unique: true })
export class TraceBatch {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'product_id', type: 'integer' })
  productId!: number;

  @Column({ type: 'varchar', length: 20 })
  lot!: string;

  /** YYYY-MM-DD */
  @Column({ name: 'production_date', type: 'varchar', length: 10 })
  productionDate!: string;

  @Column({ name: 'expiry_date', type: 'varchar', length: 10, nullable: true })
  expiryDate!: string | null;

  @Column({ type: 'integer' })
  quantity!: number;

  /** The producing merchant's account: the batch's first holder, who alone issues its codes. */
  @Column({ name: 'holder_id', type: 'integer' })
  producerAccountId!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** One serialized item of a batch (AI 21): what a consumer's scan names exactly. */
@Entity('trace_item')
@Index('uq_trace_item_serial', ['batchId', 'serial'], { unique: true })
export class TraceItem {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  @Column({ type: 'varchar', length: 20 })
  serial!: string;
}

/** The papers a merchant keeps for a batch; official sampling results are the regulator's to record. */
export type TraceDocumentKind = 'CERTIFICATE_OF_CONFORMITY' | 'SELF_INSPECTION' | 'IMPORT_QUARANTINE' | 'DISINFECTION' | 'NUCLEIC_ACID';

/** A document attached to a batch: 合格证, 自检报告, and for imported cold-chain food its papers. */
@Entity('trace_document')
@Index('ix_trace_document_batch', ['batchId'])
export class TraceDocument {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  @Column({ type: 'varchar', length: 32 })
  kind!: TraceDocumentKind;

  /** Who issued it: the merchant itself, a testing lab, customs. */
  @Column({ name: 'issued_by', type: 'varchar', length: 60 })
  issuedBy!: string;

  /** YYYY-MM-DD */
  @Column({ name: 'issued_on', type: 'varchar', length: 10 })
  issuedOn!: string;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @Column({ type: 'varchar', length: 200 })
  summary!: string;

  /** A photo of the paper, in the file store. */
  @Column({ name: 'file_key', type: 'varchar', length: 120, nullable: true })
  fileKey!: string | null;

  /** Imported food: 原产国, 口岸, 报关单号. */
  @Column({ name: 'origin_country', type: 'varchar', length: 40, nullable: true })
  originCountry!: string | null;

  @Column({ name: 'entry_port', type: 'varchar', length: 40, nullable: true })
  entryPort!: string | null;

  @Column({ name: 'customs_declaration_no', type: 'varchar', length: 30, nullable: true })
  customsDeclarationNo!: string | null;

  @Column({ name: 'recorded_by', type: 'integer' })
  recordedBy!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** EPCIS business steps a batch goes through, from the farm to the shop counter. */
export type TraceBizStep =
  'COMMISSIONING' | 'PRODUCING' | 'PROCESSING' | 'PACKING' | 'SHIPPING' | 'RECEIVING' | 'STORING' | 'RETAIL_SELLING';

/**
 * One EPCIS-style event on a batch: what (the batch, and a processing event's inputs), when (with
 * its time zone), where, why (the business step), and who recorded it.
 */
@Entity('trace_event')
@Index('ix_trace_event_batch', ['batchId', 'eventTime'])
@Index('ix_trace_event_counterparty', ['counterpartyAccountId', 'bizStep'])
export class TraceEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  @Column({ name: 'biz_step', type: 'varchar', length: 16 })
  bizStep!: TraceBizStep;

  @Column({ name: 'event_time', type: 'datetime' })
  eventTime!: Date;

  /** EPCIS eventTimeZoneOffset, e.g. +08:00. */
  @Column({ name: 'time_zone_offset', type: 'varchar', length: 6 })
  timeZoneOffset!: string;

  @Column({ type: 'varchar', length: 100 })
  place!: string;

  /** Shipping: how many went; receiving and sale: how many arrived or sold. */
  @Column({ type: 'integer', nullable: true })
  quantity!: number | null;

  /** Shipping: the merchant it went to; receiving: the merchant it came from. */
  @Column({ name: 'counterparty_id', type: 'integer', nullable: true })
  counterpartyAccountId!: number | null;

  /** Cold-chain storing: the reading, in tenths of a degree Celsius. */
  @Column({ name: 'temperature_tenths', type: 'integer', nullable: true })
  temperatureTenths!: number | null;

  /** Commissioning: the first and last serial it issued, so a scan can say whether its item is among them. */
  @Column({ name: 'first_serial', type: 'varchar', length: 20, nullable: true })
  firstSerial!: string | null;

  @Column({ name: 'last_serial', type: 'varchar', length: 20, nullable: true })
  lastSerial!: string | null;

  @Column({ type: 'varchar', length: 200 })
  note!: string;

  @Column({ name: 'recorded_by', type: 'integer' })
  recordedBy!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A processing event's input batches, so a batch can be traced back to its ingredients. */
@Entity('trace_event_input')
export class TraceEventInput {
  @PrimaryColumn({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @PrimaryColumn({ name: 'input_batch_id', type: 'integer' })
  inputBatchId!: number;
}

/** 监督抽检: an official sampling result, recorded by a regulator. */
@Entity('trace_sampling')
@Index('ix_trace_sampling_batch', ['batchId'])
export class TraceSampling {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  @Column({ type: 'boolean' })
  passed!: boolean;

  /** The testing agency. */
  @Column({ type: 'varchar', length: 60 })
  agency!: string;

  /** YYYY-MM-DD */
  @Column({ name: 'sampled_on', type: 'varchar', length: 10 })
  sampledOn!: string;

  @Column({ name: 'report_no', type: 'varchar', length: 40 })
  reportNo!: string;

  /** What was tested and found, as the report words it. */
  @Column({ type: 'varchar', length: 300 })
  findings!: string;

  @Column({ name: 'recorded_by', type: 'integer' })
  recordedBy!: number;

  /** The recall a failed result opened, or joined when one was already open. */
  @Column({ name: 'recall_id', type: 'integer', nullable: true })
  recallId!: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** 召回级别: I when eating it may cause serious harm or death, II some harm, III unlikely harm but it must not be sold. */
export type RecallClass = 'CLASS_I' | 'CLASS_II' | 'CLASS_III';
export type RecallOrigin = 'SAMPLING' | 'VOLUNTARY';
export type RecallStatus = 'OPEN' | 'CLOSED';
/** How a batch came into a recall: the faulty one, made from it, or one of its ingredients. */
export type RecallRelation = 'ROOT' | 'DOWNSTREAM' | 'INGREDIENT';

/** 召回: opened by a failed official sampling or by the producer, closed by a regulator. */
@Entity('trace_recall')
@Index('ix_trace_recall_status', ['status', 'id'])
export class TraceRecall {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** The batch at fault. */
  @Column({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  @Column({ name: 'recall_class', type: 'varchar', length: 10 })
  recallClass!: RecallClass;

  @Column({ type: 'varchar', length: 10 })
  origin!: RecallOrigin;

  @Column({ type: 'varchar', length: 300 })
  reason!: string;

  @Column({ type: 'varchar', length: 8 })
  status!: RecallStatus;

  @Column({ name: 'opened_by', type: 'integer' })
  openedBy!: number;

  @Column({ name: 'opened_at', type: 'datetime' })
  openedAt!: Date;

  @Column({ name: 'closed_by', type: 'integer', nullable: true })
  closedBy!: number | null;

  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'closing_note', type: 'varchar', length: 300, nullable: true })
  closingNote!: string | null;
}

/** Every batch a recall reaches, fixed when it opens: the scope the scan and the holders see. */
@Entity('trace_recall_batch')
@Index('ix_trace_recall_batch_batch', ['batchId'])
export class TraceRecallBatch {
  @PrimaryColumn({ name: 'recall_id', type: 'integer' })
  recallId!: number;

  @PrimaryColumn({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  @Column({ type: 'varchar', length: 10 })
  relation!: RecallRelation;
}

/** A merchant holding an affected batch: told of the recall, and reporting what it took off sale. */
@Entity('trace_recall_holder')
@Index('uq_trace_recall_holder', ['recallId', 'batchId', 'merchantAccountId'], { unique: true })
@Index('ix_trace_recall_holder_merchant', ['merchantAccountId', 'id'])
export class TraceRecallHolder {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'recall_id', type: 'integer' })
  recallId!: number;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  /** The holding merchant's account (identity store). */
  @Column({ name: 'merchant_id', type: 'integer' })
  merchantAccountId!: number;

  @Column({ name: 'notified_at', type: 'datetime' })
  notifiedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'datetime', nullable: true })
  acknowledgedAt!: Date | null;

  /** 下架数量, as last reported. */
  @Column({ name: 'quantity_removed', type: 'integer', nullable: true })
  quantityRemoved!: number | null;

  @Column({ name: 'reported_at', type: 'datetime', nullable: true })
  reportedAt!: Date | null;
}

/** One scan of a batch's code: when, by whom if signed in, and the region the scanner chose to share, by name. */
@Entity('trace_scan_log')
@Index('ix_trace_scan_serial', ['batchId', 'serial', 'scannedAt'])
@Index('ix_trace_scan_account', ['accountId'])
export class TraceScanLog {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  @Column({ type: 'varchar', length: 20, nullable: true })
  serial!: string | null;

  @Column({ name: 'account_id', type: 'integer', nullable: true })
  accountId!: number | null;

  /** City or county level only, e.g. 杭州市萧山区, named by the BFF from the code the scan carried. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  place!: string | null;

  @Column({ name: 'scanned_at', type: 'datetime' })
  scannedAt!: Date;
}

/**
 * What the counterfeit check counts: a signed-in account's first scan of a serial on a day (China
 * time), with the region it allowed. Anonymous scans and repeats by one person count for nothing.
 */
@Entity('trace_serial_sighting')
@Index('uq_trace_sighting', ['batchId', 'serial', 'accountId', 'day'], { unique: true })
@Index('ix_trace_sighting_serial', ['batchId', 'serial', 'scannedAt'])
export class TraceSerialSighting {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  @Column({ type: 'varchar', length: 20 })
  serial!: string;

  @Column({ name: 'account_id', type: 'integer' })
  accountId!: number;

  /** YYYY-MM-DD in China. */
  @Column({ type: 'varchar', length: 10 })
  day!: string;

  /** A Zhejiang city or district code the scanner chose to share (shared-types/domain/zhejiang-regions). */
  @Column({ name: 'region_code', type: 'varchar', length: 6, nullable: true })
  regionCode!: string | null;

  @Column({ name: 'scanned_at', type: 'datetime' })
  scannedAt!: Date;
}

/**
 * A serial the batch never issued, or one seen by implausibly many people or in far-apart cities:
 * a possible counterfeit, until a regulator who checked it clears it with a reason.
 */
@Entity('trace_counterfeit_flag')
@Index('uq_trace_counterfeit_serial', ['batchId', 'serial'], { unique: true })
export class TraceCounterfeitFlag {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId!: number;

  @Column({ type: 'varchar', length: 20 })
  serial!: string;

  @Column({ type: 'varchar', length: 100 })
  reason!: string;

  @Column({ name: 'flagged_at', type: 'datetime' })
  flaggedAt!: Date;

  @Column({ name: 'cleared_at', type: 'datetime', nullable: true })
  clearedAt!: Date | null;

  @Column({ name: 'cleared_by', type: 'integer', nullable: true })
  clearedBy!: number | null;

  /** Why the regulator found nothing wrong. */
  @Column({ name: 'clearing_note', type: 'varchar', length: 200, nullable: true })
  clearingNote!: string | null;
}

export const traceEntities = [
  TraceProduct,
  TraceBatch,
  TraceItem,
  TraceDocument,
  TraceEvent,
  TraceEventInput,
  TraceSampling,
  TraceScanLog,
  TraceSerialSighting,
  TraceCounterfeitFlag,
  TraceRecall,
  TraceRecallBatch,
  TraceRecallHolder,
];
