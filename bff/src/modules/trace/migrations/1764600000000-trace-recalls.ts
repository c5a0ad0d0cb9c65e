import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { outboxTable } from '../../../core/events/outbox.entity';

/** Recalls, the batches they reach and their holders; the trace store's outbox for notices. */
export class TraceRecalls1764600000000 implements MigrationInterface {
  name = 'TraceRecalls1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('trace_sampling', new TableColumn({ name: 'recall_id', type: 'integer', isNullable: true }));
    await runner.createTable(
      new Table({
        name: 'trace_recall',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'batch_id', type: 'integer' },
          { name: 'recall_class', type: 'varchar', length: '10' },
          { name: 'origin', type: 'varchar', length: '10' },
          { name: 'reason', type: 'varchar', length: '300' },
          { name: 'status', type: 'varchar', length: '8' },
          { name: 'opened_by', type: 'integer' },
          { name: 'opened_at', type: 'datetime' },
          { name: 'closed_by', type: 'integer', isNullable: true },
          { name: 'closed_at', type: 'datetime', isNullable: true },
          { name: 'closing_note', type: 'varchar', length: '300', isNullable: true },
        ],
        indices: [{ name: 'ix_trace_recall_status', columnNames: ['status', 'id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'trace_recall_batch',
        columns: [
          { name: 'recall_id', type: 'integer', isPrimary: true },
          { name: 'batch_id', type: 'integer', isPrimary: true },
          { name: 'relation', type: 'varchar', length: '10' },
        ],
        indices: [{ name: 'ix_trace_recall_batch_batch', columnNames: ['batch_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'trace_recall_holder',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'recall_id', type: 'integer' },
          { name: 'batch_id', type: 'integer' },
          { name: 'merchant_id', type: 'integer' },
          { name: 'notified_at', type: 'datetime' },
          { name: 'acknowledged_at', type: 'datetime', isNullable: true },
          { name: 'quantity_removed', type: 'integer', isNullable: true },
          { name: 'reported_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          { name: 'ix_trace_recall_holder_merchant', columnNames: ['merchant_id', 'id'] },
          { name: 'uq_trace_recall_holder', columnNames: ['recall_id', 'batch_id', 'merchant_id'], isUnique: true },
        ],
      }),
    );
    await runner.createTable(outboxTable());
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('outbox_event');
    await runner.dropTable('trace_recall_holder');
    await runner.dropTable('trace_recall_batch');
    await runner.dropTable('trace_recall');
    await runner.dropColumn('trace_sampling', 'recall_id');
  }
}
