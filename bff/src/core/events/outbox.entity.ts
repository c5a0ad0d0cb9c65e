import { Column, Entity, Index, PrimaryGeneratedColumn, Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An event a module writes in the same transaction as the change that caused it, for another
 * module (another store) to act on: the outbox of DESIGN.md. Every store has this table; one row
 * is written per subscribed handler, so each handler is delivered to, and retried, on its own.
 */
@Entity('outbox_event')
@Index('ix_outbox_due', ['deliveredAt', 'availableAt'])
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** `<module>.<what happened>`, e.g. trace.recall.opened. */
  @Column({ type: 'varchar', length: 60 })
  topic!: string;

  /** The subscribed handler this row is for; null on rows written before there were several (all of them). */
  @Column({ type: 'varchar', length: 80, nullable: true })
  handler!: string | null;

  /** JSON, small: ids rather than copies of rows, so handlers read the current state. */
  @Column({ type: 'text' })
  payload!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  /** Not before this time: retries back off. */
  @Column({ name: 'available_at', type: 'datetime' })
  availableAt!: Date;

  /** A dispatcher's lease: another instance leaves the row alone until then. */
  @Column({ name: 'claimed_until', type: 'datetime', nullable: true })
  claimedUntil!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'delivered_at', type: 'datetime', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError!: string | null;
}

/** The table as the first migrations of the trace and market stores created it (before `handler`). */
export function outboxTable(): Table {
  return new Table({
    name: 'outbox_event',
    columns: [
      { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
      { name: 'topic', type: 'varchar', length: '60' },
      { name: 'payload', type: 'text' },
      { name: 'created_at', type: 'datetime' },
      { name: 'available_at', type: 'datetime' },
      { name: 'claimed_until', type: 'datetime', isNullable: true },
      { name: 'attempts', type: 'integer', default: 0 },
      { name: 'delivered_at', type: 'datetime', isNullable: true },
      { name: 'last_error', type: 'varchar', length: '300', isNullable: true },
    ],
    indices: [{ name: 'ix_outbox_due', columnNames: ['delivered_at', 'available_at'] }],
  });
}

/**
 * Gives every store the outbox (the trace and market stores had one already) and the `handler`
 * column that lets several modules subscribe to one event. The same migration runs in each store.
 */
export class CoreOutbox1765100000000 implements MigrationInterface {
  name = 'CoreOutbox1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    if (!(await runner.hasTable('outbox_event'))) await runner.createTable(outboxTable());
    await runner.addColumn('outbox_event', new TableColumn({ name: 'handler', type: 'varchar', length: '80', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('outbox_event', 'handler');
  }
}
