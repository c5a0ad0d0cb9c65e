import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Each village's own view of the county's scene catalogue (a cadre stopping a scene stopped it in
 * every village), and the points an activity of a scene offers by default.
 */
export class VillageScenes1766100000001 implements MigrationInterface {
  name = 'VillageScenes1766100000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('scene', new TableColumn({ name: 'default_points', type: 'integer', default: 10 }));
    await runner.createTable(
      new Table({
        name: 'village_scene',
        columns: [
          { name: 'village_id', type: 'integer', isPrimary: true },
          { name: 'scene_id', type: 'integer', isPrimary: true },
          { name: 'enabled', type: 'boolean', isNullable: true },
          { name: 'name', type: 'varchar', length: '32', isNullable: true },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          { name: 'default_points', type: 'integer', isNullable: true },
          { name: 'updated_by', type: 'integer' },
          { name: 'updated_at', type: 'datetime' },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('village_scene');
    await runner.dropColumn('scene', 'default_points');
  }
}
