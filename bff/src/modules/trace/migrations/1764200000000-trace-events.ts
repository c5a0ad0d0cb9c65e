import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** EPCIS-style events on batches, and processing events' input batches. */
export class TraceEvents1764200000000 implements MigrationInterface {
  name = 'TraceEvents1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'trace_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'batch_id', type: 'integer' },
          { name: 'biz_step', type: 'varchar', length: '16' },
          { name: 'event_time', type: 'datetime' },
          { name: 'time_zone_offset', type: 'varchar', length: '6' },
          { name: 'place', type: 'varchar', length: '100' },
          { name: 'quantity', type: 'integer', isNullable: true },
          { name: 'counterparty_id', type: 'integer', isNullable: true },
          { name: 'temperature_tenths', type: 'integer', isNullable: true },
          { name: 'note', type: 'varchar', length: '200' },
          { name: 'recorded_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_trace_event_counterparty', columnNames: ['counterparty_id', 'biz_step'] },
          { name: 'ix_trace_event_batch', columnNames: ['batch_id', 'event_time'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'trace_event_input',
        columns: [
          { name: 'event_id', type: 'integer', isPrimary: true },
          { name: 'input_batch_id', type: 'integer', isPrimary: true },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('trace_event_input');
    await runner.dropTable('trace_event');
  }
}
