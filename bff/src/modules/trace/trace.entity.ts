import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A food product known by its GTIN, registered by the merchant that makes it. */
@Entity('trace_product')
@Index('uq_trace_product_gtin', ['gtin'], { unique: true })
@Index('ix_trace_product_merchant', ['merchantId'])
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
  merchantId!: number;

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

  /** The merchant holding the batch now, who alone records what happens to it. */
  @Column({ name: 'holder_id', type: 'integer' })
  holderId!: number;

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
export type TraceDocumentKind =
  | 'CERTIFICATE_OF_CONFORMITY'
  | 'SELF_INSPECTION'
  | 'IMPORT_QUARANTINE'
  | 'DISINFECTION'
  | 'NUCLEIC_ACID';

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

export const traceEntities = [TraceProduct, TraceBatch, TraceItem, TraceDocument];
