import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** 浙食链: products by GTIN, their batches, and serialized items. */
export class TraceInit1764000000000 implements MigrationInterface {
  name = 'TraceInit1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'trace_product',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'gtin', type: 'varchar', length: '14' },
          { name: 'name', type: 'varchar', length: '60' },
          { name: 'merchant_id', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_trace_product_merchant', columnNames: ['merchant_id'] },
          { name: 'uq_trace_product_gtin', columnNames: ['gtin'], isUnique: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'trace_batch',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'product_id', type: 'integer' },
          { name: 'lot', type: 'varchar', length: '20' },
          { name: 'production_date', type: 'varchar', length: '10' },
          { name: 'expiry_date', type: 'varchar', length: '10', isNullable: true },
          { name: 'quantity', type: 'integer' },
          { name: 'holder_id', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'uq_trace_batch_lot', columnNames: ['product_id', 'lot'], isUnique: true }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'trace_item',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'batch_id', type: 'integer' },
          { name: 'serial', type: 'varchar', length: '20' },
        ],
        indices: [{ name: 'uq_trace_item_serial', columnNames: ['batch_id', 'serial'], isUnique: true }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('trace_item');
    await runner.dropTable('trace_batch');
    await runner.dropTable('trace_product');
  }
}
