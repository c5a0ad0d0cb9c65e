import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Top-ups are sent from the outbox and settled by a job that asks the provider about pending
 * ones: a redemption keeps when it is next due to be asked. Pending ones from before are asked
 * at once.
 */
export class TopUpChecks1766100000002 implements MigrationInterface {
  name = 'TopUpChecks1766100000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('redemption', new TableColumn({ name: 'topup_check_at', type: 'datetime', isNullable: true }));
    await runner.createIndex(
      'redemption',
      new TableIndex({ name: 'ix_redemption_topup_check', columnNames: ['status', 'topup_check_at'] }),
    );
    await runner.query(`UPDATE redemption SET topup_check_at = created_at WHERE status = 'TOPUP_PENDING'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('redemption', 'ix_redemption_topup_check');
    await runner.dropColumn('redemption', 'topup_check_at');
  }
}
