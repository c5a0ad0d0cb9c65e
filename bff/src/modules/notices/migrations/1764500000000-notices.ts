import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The message centre's notices, in the identity store beside the accounts they are for. */
export class Notices1764500000000 implements MigrationInterface {
  name = 'Notices1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'notice',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'account_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'title', type: 'varchar', length: '60' },
          { name: 'body', type: 'varchar', length: '400' },
          { name: 'link', type: 'varchar', length: '300', isNullable: true },
          { name: 'source_key', type: 'varchar', length: '80' },
          { name: 'created_at', type: 'datetime' },
          { name: 'read_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          { name: 'ix_notice_account', columnNames: ['account_id', 'id'] },
          { name: 'uq_notice_source', columnNames: ['account_id', 'source_key'], isUnique: true },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('notice');
  }
}
