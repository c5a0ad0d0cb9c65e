import type { RequestContext } from '../core/context';
import type { ModuleManifest } from '../core/module';

/** Reference data every installation needs, demo or not (the 工分宝 scene catalogue), module by module. */
export async function seedReferenceData(modules: readonly ModuleManifest[], ctx: RequestContext): Promise<void> {
  for (const module of modules) await module.seed?.reference?.(ctx);
}

/** The demo data of every module, each in its own store, in manifest order; safe to run at every start. */
export async function seedDemoData(modules: readonly ModuleManifest[], ctx: RequestContext): Promise<void> {
  for (const module of modules) await module.seed?.demo?.(ctx);
}
