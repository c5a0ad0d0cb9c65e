import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The documents a merchant attaches to a batch. */
export class TraceDocuments1764100000000 implements MigrationInterface {
  name = 'TraceDocuments1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'trace_document',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'batch_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'issued_by', type: 'varchar', length: '60' },
          { name: 'issued_on', type: 'varchar', length: '10' },
          { name: 'passed', type: 'boolean' },
          { name: 'summary', type: 'varchar', length: '200' },
          { name: 'file_key', type: 'varchar', length: '120', isNullable: true },
          { name: 'origin_country', type: 'varchar', length: '40', isNullable: true },
          { name: 'entry_port', type: 'varchar', length: '40', isNullable: true },
          { name: 'customs_declaration_no', type: 'varchar', length: '30', isNullable: true },
          { name: 'recorded_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_trace_document_batch', columnNames: ['batch_id'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('trace_document');
  }
}
