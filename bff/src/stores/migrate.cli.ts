import 'reflect-metadata';
import { loadConfig } from '../config';
import { MODULES } from '../modules';
import { StoreRegistry } from './registry';
import { storeSchemasOf } from './schemas';

/** `npm run migrate`: applies every store's pending migrations and says what it applied. */
async function main(): Promise<void> {
  const config = loadConfig();
  const stores = await StoreRegistry.open(config.stores, storeSchemasOf(MODULES));
  try {
    const applied = await stores.migrate();
    for (const [store, names] of Object.entries(applied)) {
      console.log(`${store.padEnd(8)} ${names.length ? names.join(', ') : 'up to date'}`);
    }
  } finally {
    await stores.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
