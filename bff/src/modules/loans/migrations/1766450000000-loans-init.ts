import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** 美德贷: banks and their staff, loan products and their rates by credit grade. */
export class LoansInit1766450000000 implements MigrationInterface {
  name = 'LoansInit1766450000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'loan_bank',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'name', type: 'varchar', length: '60' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'uq_loan_bank_name', columnNames: ['name'], isUnique: true }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'loan_bank_staff',
        columns: [
          { name: 'account_id', type: 'integer', isPrimary: true },
          { name: 'bank_id', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_loan_bank_staff_bank', columnNames: ['bank_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'loan_product',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'bank_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '40' },
          { name: 'min_amount_fen', type: 'integer' },
          { name: 'max_amount_fen', type: 'integer' },
          { name: 'terms_months', type: 'varchar', length: '60' },
          { name: 'methods', type: 'varchar', length: '60' },
          { name: 'max_grace_months', type: 'integer' },
          { name: 'min_grade', type: 'varchar', length: '3' },
          { name: 'exposure_cap_fen', type: 'integer' },
          { name: 'active', type: 'boolean' },
          { name: 'version', type: 'integer' },
          { name: 'updated_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_loan_product_active', columnNames: ['active', 'bank_id'] },
          { name: 'uq_loan_product_name', columnNames: ['bank_id', 'name'], isUnique: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'loan_product_rate',
        columns: [
          { name: 'product_id', type: 'integer', isPrimary: true },
          { name: 'grade', type: 'varchar', length: '3', isPrimary: true },
          { name: 'rate_micros', type: 'integer' },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('loan_product_rate');
    await runner.dropTable('loan_product');
    await runner.dropTable('loan_bank_staff');
    await runner.dropTable('loan_bank');
  }
}
