import { inTransaction } from '../core/transaction';
import { ensureSceneCatalogue } from '../modules/workpoints/workpoints.catalogue';
import type { StoreRegistry } from '../stores/registry';

/** Reference data every installation needs, demo or not (the 工分宝 scene catalogue). */
export async function seedReferenceData(stores: StoreRegistry): Promise<void> {
  await inTransaction(stores.get('village'), (manager) => ensureSceneCatalogue(manager));
}
