import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

// Whole numbers are 'integer', not 'int': SQLite allows AUTOINCREMENT only on INTEGER PRIMARY KEY and
// reads 'int' back as another type; MySQL reads 'integer' as int.
const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const createdAt: TableColumnOptions = { name: 'created_at', type: 'datetime' };

/** Villages, households, accounts with their roles, sessions and one-time login codes. */
export class IdentityInit1763800000000 implements MigrationInterface {
  name = 'IdentityInit1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'village',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'town', type: 'varchar', length: '64' },
          { name: 'county', type: 'varchar', length: '64' },
          createdAt,
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'household',
        columns: [
          id,
          { name: 'village_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'address', type: 'varchar', length: '128' },
          createdAt,
        ],
        indices: [{ name: 'ix_household_village', columnNames: ['village_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'account',
        columns: [
          id,
          { name: 'display_name', type: 'varchar', length: '32' },
          { name: 'phone', type: 'varchar', length: '20', isNullable: true },
          { name: 'wechat_openid', type: 'varchar', length: '64', isNullable: true },
          { name: 'village_id', type: 'integer', isNullable: true },
          { name: 'household_id', type: 'integer', isNullable: true },
          createdAt,
          { name: 'disabled_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          { name: 'uq_account_phone', columnNames: ['phone'], isUnique: true },
          { name: 'uq_account_wechat_openid', columnNames: ['wechat_openid'], isUnique: true },
          { name: 'ix_account_village', columnNames: ['village_id'] },
          { name: 'ix_account_household', columnNames: ['household_id'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'account_role',
        columns: [
          { name: 'account_id', type: 'integer', isPrimary: true },
          { name: 'role', type: 'varchar', length: '16', isPrimary: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'account_id', type: 'integer' },
          { name: 'channel', type: 'varchar', length: '16' },
          createdAt,
          { name: 'expires_at', type: 'datetime' },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'ix_session_account', columnNames: ['account_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'login_code',
        columns: [
          id,
          { name: 'phone', type: 'varchar', length: '20' },
          { name: 'code_hash', type: 'varchar', length: '64' },
          { name: 'attempts', type: 'integer' },
          createdAt,
          { name: 'expires_at', type: 'datetime' },
          { name: 'consumed_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'ix_login_code_phone', columnNames: ['phone', 'created_at'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['login_code', 'session', 'account_role', 'account', 'household', 'village']) {
      await runner.dropTable(table);
    }
  }
}
