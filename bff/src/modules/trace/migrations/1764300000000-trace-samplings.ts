import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Official sampling results of batches. */
export class TraceSamplings1764300000000 implements MigrationInterface {
  name = 'TraceSamplings1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'trace_sampling',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'batch_id', type: 'integer' },
          { name: 'passed', type: 'boolean' },
          { name: 'agency', type: 'varchar', length: '60' },
          { name: 'sampled_on', type: 'varchar', length: '10' },
          { name: 'report_no', type: 'varchar', length: '40' },
          { name: 'findings', type: 'varchar', length: '300' },
          { name: 'recorded_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_trace_sampling_batch', columnNames: ['batch_id'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('trace_sampling');
  }
}
