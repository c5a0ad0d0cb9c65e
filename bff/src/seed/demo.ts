import { seedIdentityDemo } from '../modules/identity/identity.demo';
import { seedWorkpointsDemo } from '../modules/workpoints/workpoints.demo';
import type { StoreRegistry } from '../stores/registry';

/** The demo data of every module, each in its own store; safe to run at every start. */
export async function seedDemoData(stores: StoreRegistry): Promise<void> {
  await stores.get('identity').transaction((manager) => seedIdentityDemo(manager));
  await stores.get('village').transaction((manager) => seedWorkpointsDemo(manager, stores.get('identity').manager));
}
