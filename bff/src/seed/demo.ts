import { inTransaction } from '../core/transaction';
import { seedIdentityDemo } from '../modules/identity/identity.demo';
import { seedTraceDemo } from '../modules/trace/trace.demo';
import { seedComplaintsDemo } from '../modules/complaints/complaints.demo';
import { seedWorkpointsDemo } from '../modules/workpoints/workpoints.demo';
import type { StoreRegistry } from '../stores/registry';

/** The demo data of every module, each in its own store; safe to run at every start. */
export async function seedDemoData(stores: StoreRegistry): Promise<void> {
  await inTransaction(stores.get('identity'), (manager) => seedIdentityDemo(manager));
  await inTransaction(stores.get('village'), (manager) => seedWorkpointsDemo(manager, stores.get('identity').manager));
  await inTransaction(stores.get('trace'), (manager) => seedTraceDemo(manager, stores.get('identity').manager));
  await inTransaction(stores.get('market'), (manager) => seedComplaintsDemo(manager, stores.get('identity').manager));
}
