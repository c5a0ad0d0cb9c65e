import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The scan log and the counterfeit flags raised from it. */
export class TraceScans1764400000000 implements MigrationInterface {
  name = 'TraceScans1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'trace_scan_log',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'batch_id', type: 'integer' },
          { name: 'serial', type: 'varchar', length: '20', isNullable: true },
          { name: 'account_id', type: 'integer', isNullable: true },
          { name: 'place', type: 'varchar', length: '40', isNullable: true },
          { name: 'scanned_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_trace_scan_account', columnNames: ['account_id'] },
          { name: 'ix_trace_scan_serial', columnNames: ['batch_id', 'serial', 'scanned_at'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'trace_counterfeit_flag',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'batch_id', type: 'integer' },
          { name: 'serial', type: 'varchar', length: '20' },
          { name: 'reason', type: 'varchar', length: '100' },
          { name: 'flagged_at', type: 'datetime' },
        ],
        indices: [{ name: 'uq_trace_counterfeit_serial', columnNames: ['batch_id', 'serial'], isUnique: true }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('trace_counterfeit_flag');
    await runner.dropTable('trace_scan_log');
  }
}
