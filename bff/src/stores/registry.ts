import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { StoreTarget } from '../config';
import { nameStore } from '../core/transaction';
import { STORE_NAMES, type StoreName } from './store-names';

/** What each store holds: its entities and its migrations, listed by the modules that own them. */
export interface StoreSchema {
  // TypeORM's own type for entity and migration lists: classes of any shape.
  /* eslint-disable @typescript-eslint/no-unsafe-function-type */
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  /* eslint-enable @typescript-eslint/no-unsafe-function-type */
}

export interface StoreOptions {
  /** The server is MariaDB, whose catalogue TypeORM reads differently (column defaults, say). */
  mariadb?: boolean;
  /** Log every SQL statement (debugging only). */
  logSql?: boolean;
  /** Connections per MySQL pool. */
  poolSize?: number;
}

/**
 * The six stores, each its own DataSource with its own migrations. Nothing joins across them:
 * a field that crosses stores is stitched in the GraphQL layer.
 */
export class StoreRegistry {
  private constructor(
    private readonly sources: Record<StoreName, DataSource>,
    readonly targets: Record<StoreName, StoreTarget>,
  ) {}

  static async open(
    targets: Record<StoreName, StoreTarget>,
    schemas: Record<StoreName, StoreSchema>,
    options: StoreOptions = {},
  ): Promise<StoreRegistry> {
    const sources = {} as Record<StoreName, DataSource>;
    try {
      for (const name of STORE_NAMES) {
        const target = targets[name];
        const mariadb = target.kind === 'mysql' ? await createDatabaseIfMissing(target) : false;
        if (target.kind === 'sqlite' && target.file) fs.mkdirSync(path.dirname(target.file), { recursive: true });
        const source = new DataSource(dataSourceOptions(name, target, schemas[name], { ...options, mariadb }));
        await source.initialize();
        nameStore(source, name);
        sources[name] = source;
      }
    } catch (error) {
      await Promise.allSettled(Object.values(sources).map((s) => s.destroy()));
      throw error;
    }
    return new StoreRegistry(sources, targets);
  }

  get(name: StoreName): DataSource {
    return this.sources[name];
  }

  /** Runs each store's pending migrations; returns the names of those applied. */
  async migrate(): Promise<Record<StoreName, string[]>> {
    const applied = {} as Record<StoreName, string[]>;
    for (const name of STORE_NAMES) {
      const ran = await this.sources[name].runMigrations({ transaction: 'each' });
      applied[name] = ran.map((m) => m.name);
    }
    return applied;
  }

  /** Asks every store a trivial question; a store that does not answer is named in the result. */
  async ping(): Promise<Record<StoreName, 'ok' | string>> {
    const results = await Promise.all(
      STORE_NAMES.map(async (name) => {
        try {
          await this.sources[name].query('SELECT 1');
          return [name, 'ok'] as const;
        } catch (error) {
          return [name, (error as Error).message] as const;
        }
      }),
    );
    return Object.fromEntries(results) as Record<StoreName, 'ok' | string>;
  }

  async close(): Promise<void> {
    await Promise.allSettled(STORE_NAMES.map((name) => this.sources[name]?.isInitialized && this.sources[name].destroy()));
  }
}

function dataSourceOptions(name: StoreName, target: StoreTarget, schema: StoreSchema, options: StoreOptions): DataSourceOptions {
  const common = {
    name,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    // Failed queries reach the error formatter, which logs them once with the request id.
    logging: options.logSql ? ('all' as const) : false,
  };
  if (target.kind === 'sqlite') {
    return {
      ...common,
      type: 'sqljs',
      // TypeORM writes the whole file after every committed write; an in-memory store has no file.
      ...(target.file ? { location: target.file, autoSave: true } : {}),
    };
  }
  const url = new URL(target.url);
  return {
    ...common,
    type: options.mariadb ? 'mariadb' : 'mysql',
    host: url.hostname,
    port: Number(url.port || 3306),
    username: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database: target.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: false,
    poolSize: options.poolSize ?? 10,
  };
}

/** One connection to a MySQL server, not to any database on it, for creating and dropping them. */
async function onServer<T>(target: Extract<StoreTarget, { kind: 'mysql' }>, sql: string): Promise<T> {
  const url = new URL(target.url);
  const connection = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
  });
  try {
    const [rows] = await connection.query(sql);
    return rows as T;
  } finally {
    await connection.end();
  }
}

/** Creates the store's database when missing; answers whether the server is MariaDB. */
async function createDatabaseIfMissing(target: Extract<StoreTarget, { kind: 'mysql' }>): Promise<boolean> {
  await onServer(target, `CREATE DATABASE IF NOT EXISTS \`${target.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const [{ version }] = await onServer<Array<{ version: string }>>(target, 'SELECT VERSION() AS version');
  return /mariadb/i.test(version);
}

/** Drops the MySQL databases behind these targets (test clean-up only). */
export async function dropMysqlDatabases(targets: Record<StoreName, StoreTarget>): Promise<void> {
  for (const target of Object.values(targets)) {
    if (target.kind === 'mysql') await onServer(target, `DROP DATABASE IF EXISTS \`${target.database}\``);
  }
}
