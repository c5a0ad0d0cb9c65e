import 'reflect-metadata';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { storeTargets } from '../config';
import { MODULES } from '../modules';
import { StoreRegistry } from './registry';
import { storeSchemasOf } from './schemas';
import { STORE_NAMES, type StoreName } from './store-names';

/**
 * `npm -w bff run migration:draft -- <store> <ClassName>` prints a draft migration, in TypeORM's
 * portable Table API (the same file runs on SQLite and MySQL), for the tables and columns that a
 * store's entities have and its migrations do not yet make. Review it, then commit it as a file;
 * the migrations test fails until entities and migrations agree.
 */
async function main(): Promise<void> {
  const [store, className] = process.argv.slice(2) as [StoreName, string];
  if (!STORE_NAMES.includes(store) || !/^[A-Z]\w+$/.test(className ?? '')) {
    console.error(`usage: migration:draft <${STORE_NAMES.join('|')}> <ClassName>`);
    process.exit(2);
  }
  const stores = await StoreRegistry.open(storeTargets({}, null), storeSchemasOf(MODULES));
  try {
    await stores.migrate();
    const source = stores.get(store);
    const runner = source.createQueryRunner();
    const up: string[] = [];
    const down: string[] = [];
    for (const entity of source.entityMetadatas) {
      const existing = await runner.getTable(entity.tableName);
      if (!existing) {
        up.push(createTable(entity));
        down.unshift(`    await runner.dropTable('${entity.tableName}');`);
        continue;
      }
      for (const column of entity.columns) {
        if (existing.findColumnByName(column.databaseName)) continue;
        up.push(`    await runner.addColumn('${entity.tableName}', new TableColumn(${columnOptions(column)}));`);
        down.unshift(`    await runner.dropColumn('${entity.tableName}', '${column.databaseName}');`);
      }
    }
    const timestamp = Date.now();
    console.log(`import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ${className}${timestamp} implements MigrationInterface {
  name = '${className}${timestamp}';

  async up(runner: QueryRunner): Promise<void> {
${up.join('\n')}
  }

  async down(runner: QueryRunner): Promise<void> {
${down.join('\n')}
  }
}`);
  } finally {
    await stores.close();
  }
}

function columnOptions(column: ColumnMetadata): string {
  const options: Record<string, unknown> = { name: column.databaseName, type: String(column.type) };
  if (column.length) options.length = column.length;
  if (column.isNullable) options.isNullable = true;
  if (column.isPrimary) options.isPrimary = true;
  if (column.isGenerated) Object.assign(options, { isGenerated: true, generationStrategy: column.generationStrategy });
  if (column.default !== undefined) options.default = column.default;
  const fields = Object.entries(options).map(([key, value]) => `${key}: ${JSON.stringify(value).replace(/"/g, "'")}`);
  return `{ ${fields.join(', ')} }`;
}

function createTable(entity: EntityMetadata): string {
  const columns = entity.columns.map((c) => `          ${columnOptions(c)},`).join('\n');
  const indices = entity.indices
    .map((i) => {
      const unique = i.isUnique ? ', isUnique: true' : '';
      const names = i.columns.map((c) => `'${c.databaseName}'`).join(', ');
      return `          { name: '${i.name}', columnNames: [${names}]${unique} },`;
    })
    .join('\n');
  return `    await runner.createTable(
      new Table({
        name: '${entity.tableName}',
        columns: [
${columns}
        ],${indices ? `\n        indices: [\n${indices}\n        ],` : ''}
      }),
    );`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
