import { CoreOutbox1765100000000, OutboxEvent } from '../core/events/outbox.entity';
import type { ModuleManifest } from '../core/module';
import type { StoreSchema } from './registry';
import { STORE_NAMES, type StoreName } from './store-names';

/**
 * Each store's entities and migrations, from the modules that own it, plus the outbox every
 * store has. A store no module has taken yet still opens, answers /readyz and keeps its
 * migrations table.
 */
export function storeSchemasOf(modules: readonly ModuleManifest[]): Record<StoreName, StoreSchema> {
  const schemas = {} as Record<StoreName, StoreSchema>;
  for (const store of STORE_NAMES) {
    const owners = modules.filter((m) => m.store === store);
    schemas[store] = {
      entities: [OutboxEvent, ...owners.flatMap((m) => m.entities ?? [])],
      migrations: [...owners.flatMap((m) => m.migrations ?? []), CoreOutbox1765100000000],
    };
  }
  for (const module of modules) {
    if ((module.entities?.length || module.migrations?.length) && !module.store)
      throw new Error(`module ${module.name} has entities but no store`);
  }
  return schemas;
}
