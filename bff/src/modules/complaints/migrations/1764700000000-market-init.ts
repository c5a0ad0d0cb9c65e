import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { outboxTable } from '../../../core/events/outbox.entity';

/** Merchants, complaints with their thread, offers, clock pauses and audit trail; the market store's outbox. */
export class MarketInit1764700000000 implements MigrationInterface {
  name = 'MarketInit1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(outboxTable());
    await runner.createTable(
      new Table({
        name: 'market_merchant',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'credit_code', type: 'varchar', length: '18' },
          { name: 'name', type: 'varchar', length: '80' },
          { name: 'address', type: 'varchar', length: '120' },
          { name: 'licence_scope', type: 'varchar', length: '300' },
          { name: 'odr', type: 'boolean' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'uq_market_merchant_code', columnNames: ['credit_code'], isUnique: true }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'market_merchant_agent',
        columns: [
          { name: 'merchant_id', type: 'integer', isPrimary: true },
          { name: 'account_id', type: 'integer', isPrimary: true },
        ],
        indices: [{ name: 'ix_market_agent_account', columnNames: ['account_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'market_complaint',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'consumer_id', type: 'integer' },
          { name: 'merchant_id', type: 'integer' },
          { name: 'category', type: 'varchar', length: '20' },
          { name: 'narrative', type: 'varchar', length: '1000' },
          { name: 'demand', type: 'varchar', length: '16' },
          { name: 'amount_fen', type: 'integer' },
          { name: 'source', type: 'varchar', length: '8' },
          { name: 'trace_code', type: 'varchar', length: '200', isNullable: true },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'stage_started_at', type: 'datetime' },
          { name: 'due_at', type: 'datetime', isNullable: true },
          { name: 'paused_since', type: 'datetime', isNullable: true },
          { name: 'warned_at', type: 'datetime', isNullable: true },
          { name: 'merchant_overdue', type: 'boolean' },
          { name: 'filed_at', type: 'datetime' },
          { name: 'resolved_at', type: 'datetime', isNullable: true },
          { name: 'decline_reason', type: 'varchar', length: '24', isNullable: true },
          { name: 'decline_note', type: 'varchar', length: '300', isNullable: true },
          { name: 'mediation_outcome', type: 'varchar', length: '12', isNullable: true },
          { name: 'mediation_summary', type: 'varchar', length: '500', isNullable: true },
          { name: 'consumer_favoured', type: 'boolean', isNullable: true },
          { name: 'rating', type: 'integer', isNullable: true },
          { name: 'rating_comment', type: 'varchar', length: '300', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '64' },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          { name: 'ix_market_complaint_resolved', columnNames: ['resolved_at'] },
          { name: 'ix_market_complaint_status', columnNames: ['status', 'due_at'] },
          { name: 'ix_market_complaint_merchant', columnNames: ['merchant_id', 'status', 'due_at'] },
          { name: 'ix_market_complaint_consumer', columnNames: ['consumer_id', 'id'] },
          { name: 'uq_market_complaint_key', columnNames: ['consumer_id', 'idempotency_key'], isUnique: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'market_complaint_file',
        columns: [
          { name: 'complaint_id', type: 'integer', isPrimary: true },
          { name: 'file_key', type: 'varchar', length: '120', isPrimary: true },
          { name: 'message_id', type: 'integer', isNullable: true },
        ],
        indices: [{ name: 'ix_market_complaint_file_key', columnNames: ['file_key'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'market_complaint_message',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'complaint_id', type: 'integer' },
          { name: 'party', type: 'varchar', length: '10' },
          { name: 'author_id', type: 'integer' },
          { name: 'body', type: 'varchar', length: '1000' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_market_complaint_message', columnNames: ['complaint_id', 'id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'market_complaint_settlement',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'complaint_id', type: 'integer' },
          { name: 'remedy', type: 'varchar', length: '16' },
          { name: 'amount_fen', type: 'integer' },
          { name: 'terms', type: 'varchar', length: '300' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'proposed_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
          { name: 'decided_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'ix_market_settlement_complaint', columnNames: ['complaint_id', 'id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'market_complaint_audit',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'complaint_id', type: 'integer' },
          { name: 'party', type: 'varchar', length: '10' },
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'action', type: 'varchar', length: '24' },
          { name: 'from_status', type: 'varchar', length: '12', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '12' },
          { name: 'note', type: 'varchar', length: '300' },
          { name: 'at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_market_complaint_audit', columnNames: ['complaint_id', 'id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'market_complaint_pause',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'complaint_id', type: 'integer' },
          { name: 'paused_from', type: 'datetime' },
          { name: 'paused_to', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'ix_market_complaint_pause', columnNames: ['complaint_id'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('market_complaint_pause');
    await runner.dropTable('market_complaint_audit');
    await runner.dropTable('market_complaint_settlement');
    await runner.dropTable('market_complaint_message');
    await runner.dropTable('market_complaint_file');
    await runner.dropTable('market_complaint');
    await runner.dropTable('market_merchant_agent');
    await runner.dropTable('market_merchant');
    await runner.dropTable('outbox_event');
  }
}
