import type { CreditGradeName } from '@gongfu/shared-types/domain/credit-grades';
import type { RepaymentMethodName } from '@gongfu/shared-types/domain/loans';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';

/** A short list kept as one comma-separated column: it is only ever read whole with its product. */
function listColumn<T>(parse: (item: string) => T): ValueTransformer {
  return {
    to: (items: T[]) => items.join(','),
    from: (joined: string) => (joined ? joined.split(',').map(parse) : []),
  };
}

/**
 * A bank's loan product (美德贷, say): what it lends, for how long, repaid how, to whom and at what
 * rate. A loan keeps its own terms once applied for, so editing a product changes no loan.
 */
@Entity('loan_product')
@Index('uq_loan_product_name', ['bankId', 'name'], { unique: true })
@Index('ix_loan_product_active', ['active', 'bankId'])
export class LoanProduct {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'bank_id', type: 'integer' })
  bankId!: number;

  @Column({ type: 'varchar', length: 40 })
  name!: string;

  @Column({ name: 'min_amount_fen', type: 'integer' })
  minAmountFen!: number;

  @Column({ name: 'max_amount_fen', type: 'integer' })
  maxAmountFen!: number;

  /** The terms it lends for, in months, shortest first ("12,24,36"). */
  @Column({ name: 'terms_months', type: 'varchar', length: 60, transformer: listColumn(Number) })
  termsMonths!: number[];

  @Column({ type: 'varchar', length: 60, transformer: listColumn((m) => m as RepaymentMethodName) })
  methods!: RepaymentMethodName[];

  /** The most months at the start a borrower may pay interest only (principal grace); 0 for none. */
  @Column({ name: 'max_grace_months', type: 'integer' })
  maxGraceMonths!: number;

  /** The lowest credit grade it lends to; every grade from it up has a rate. */
  @Column({ name: 'min_grade', type: 'varchar', length: 3 })
  minGrade!: CreditGradeName;

  /** The most one villager may owe on loans of this product together (美德贷: ¥30万). */
  @Column({ name: 'exposure_cap_fen', type: 'integer' })
  exposureCapFen!: number;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** Counts edits: an edit made on an older version is refused, not silently overwritten. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_by', type: 'integer' })
  updatedBy!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}

/** A product's annual rate for one credit grade; a grade without a row is not lent to. */
@Entity('loan_product_rate')
export class LoanProductRate {
  @PrimaryColumn({ name: 'product_id', type: 'integer' })
  productId!: number;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  grade!: CreditGradeName;

  /** Millionths of one a year: 4.35 % is 43500. */
  @Column({ name: 'rate_micros', type: 'integer' })
  rateMicros!: number;
}

export const productsEntities = [LoanProduct, LoanProductRate];
