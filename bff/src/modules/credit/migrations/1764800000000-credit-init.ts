import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Complaint outcomes delivered from the market store, for merchants' credit ratings. */
export class CreditInit1764800000000 implements MigrationInterface {
  name = 'CreditInit1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'credit_complaint_outcome',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'complaint_id', type: 'integer' },
          { name: 'merchant_id', type: 'integer' },
          { name: 'outcome', type: 'varchar', length: '24' },
          { name: 'merchant_overdue', type: 'boolean' },
          { name: 'closed_at', type: 'datetime' },
          { name: 'recorded_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_credit_outcome_merchant', columnNames: ['merchant_id', 'closed_at'] },
          { name: 'uq_credit_outcome_complaint', columnNames: ['complaint_id'], isUnique: true },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('credit_complaint_outcome');
  }
}
