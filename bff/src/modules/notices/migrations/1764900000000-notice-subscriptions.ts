import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** WeChat subscribe-message allowances, counted per account and kind. */
export class NoticeSubscriptions1764900000000 implements MigrationInterface {
  name = 'NoticeSubscriptions1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'notice_subscription',
        columns: [
          { name: 'account_id', type: 'integer', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16', isPrimary: true },
          { name: 'remaining', type: 'integer' },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('notice_subscription');
  }
}
