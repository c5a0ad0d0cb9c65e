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

export const traceEntities = [TraceProduct, TraceBatch, TraceItem];
