import 'reflect-metadata';
import { loadConfig } from '../config';
import { StoreRegistry } from '../stores/registry';
import { seedDemoData } from './demo';
import { seedReferenceData } from './reference';

/** `npm run seed`: migrates, then writes the demo data (the server also does this at start). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.env === 'production') throw new Error('demo data is never written in production');
  const stores = await StoreRegistry.open(config.stores);
  try {
    await stores.migrate();
    await seedReferenceData(stores);
    await seedDemoData(stores);
    console.log('demo data written');
  } finally {
    await stores.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
