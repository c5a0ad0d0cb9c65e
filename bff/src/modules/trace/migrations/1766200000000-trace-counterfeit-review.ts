import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The counterfeit check counts signed-in people, not scans (trace_serial_sighting); a regulator
 * clears a flag with a reason; a commissioning event keeps its serial range as data, not as a note.
 */
export class TraceCounterfeitReview1766200000000 implements MigrationInterface {
  name = 'TraceCounterfeitReview1766200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'trace_serial_sighting',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'batch_id', type: 'integer' },
          { name: 'serial', type: 'varchar', length: '20' },
          { name: 'account_id', type: 'integer' },
          { name: 'day', type: 'varchar', length: '10' },
          { name: 'region_code', type: 'varchar', length: '6', isNullable: true },
          { name: 'scanned_at', type: 'datetime' },
        ],
        indices: [
          { name: 'uq_trace_sighting', columnNames: ['batch_id', 'serial', 'account_id', 'day'], isUnique: true },
          { name: 'ix_trace_sighting_serial', columnNames: ['batch_id', 'serial', 'scanned_at'] },
        ],
      }),
    );
    await runner.addColumns('trace_counterfeit_flag', [
      new TableColumn({ name: 'cleared_at', type: 'datetime', isNullable: true }),
      new TableColumn({ name: 'cleared_by', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'clearing_note', type: 'varchar', length: '200', isNullable: true }),
    ]);
    await runner.addColumns('trace_event', [
      new TableColumn({ name: 'first_serial', type: 'varchar', length: '20', isNullable: true }),
      new TableColumn({ name: 'last_serial', type: 'varchar', length: '20', isNullable: true }),
    ]);
    // Codes issued so far wrote their range as the note "单品序号 00000001–00000100".
    await runner.query(
      `UPDATE trace_event SET first_serial = SUBSTR(note, 6, 8), last_serial = SUBSTR(note, 15, 8), note = ''
       WHERE biz_step = 'COMMISSIONING' AND note LIKE ?`,
      ['单品序号 ________–________'],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const range =
      runner.connection.driver.options.type === 'sqljs'
        ? "'单品序号 ' || first_serial || '–' || last_serial"
        : "CONCAT('单品序号 ', first_serial, '–', last_serial)";
    await runner.query(`UPDATE trace_event SET note = ${range} WHERE biz_step = 'COMMISSIONING' AND first_serial IS NOT NULL`);
    await runner.dropColumn('trace_event', 'last_serial');
    await runner.dropColumn('trace_event', 'first_serial');
    await runner.dropColumn('trace_counterfeit_flag', 'clearing_note');
    await runner.dropColumn('trace_counterfeit_flag', 'cleared_by');
    await runner.dropColumn('trace_counterfeit_flag', 'cleared_at');
    await runner.dropTable('trace_serial_sighting');
  }
}
