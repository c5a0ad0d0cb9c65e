import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A lending institution (a 农商银行, say): it offers loan products and its staff review and lend. */
@Entity('loan_bank')
@Index('uq_loan_bank_name', ['name'], { unique: true })
export class LoanBank {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** An account that works for a bank: one bank per account, whose products and loans it handles. */
@Entity('loan_bank_staff')
@Index('ix_loan_bank_staff_bank', ['bankId'])
export class LoanBankStaff {
  /** The account in the identity store. */
  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @Column({ name: 'bank_id', type: 'integer' })
  bankId!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

export const banksEntities = [LoanBank, LoanBankStaff];
