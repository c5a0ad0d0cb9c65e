import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The record of uploads, for removing those no module attached. */
export class FilesUploads1766310000000 implements MigrationInterface {
  name = 'FilesUploads1766310000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'upload',
        columns: [
          { name: 'key', type: 'varchar', length: '120', isPrimary: true },
          { name: 'account_id', type: 'integer' },
          { name: 'content_type', type: 'varchar', length: '20' },
          { name: 'size', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
          { name: 'kept_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'ix_upload_unkept', columnNames: ['kept_at', 'created_at'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('upload');
  }
}
