import { In, IsNull, LessThan } from 'typeorm';
import type { RequestContext } from '../../core/context';
import type { FileHolder } from '../../core/files/file-policy';
import type { JobDefinition } from '../../core/module';
import { Upload } from './files.entity';

/** How long a photo may wait to be attached: a form is filled in minutes, or given up. */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 3600_000;
const BATCH = 200;

/**
 * Removes the uploads that no module holds a day after they came in. Each module is asked which
 * of a batch of keys it holds; those are marked kept and never asked about again. Every instance
 * may run this at once: the conditional delete of a record claims it, and only its claimer
 * removes the file.
 */
export async function removeUnattachedUploads(
  ctx: RequestContext,
  holders: readonly FileHolder[],
): Promise<{ removed: number; kept: number }> {
  const manager = ctx.manager('identity');
  const cutoff = new Date(ctx.now().getTime() - UNATTACHED_UPLOAD_TTL_MS);
  let removed = 0;
  let kept = 0;
  for (;;) {
    const batch = await manager.find(Upload, {
      where: { keptAt: IsNull(), createdAt: LessThan(cutoff) },
      order: { createdAt: 'ASC' },
      take: BATCH,
    });
    const keys = batch.map((upload) => upload.key);
    const held = new Set<string>();
    for (const holder of holders) for (const key of await holder(ctx, keys)) held.add(key);

    if (held.size) await manager.update(Upload, { key: In([...held]), keptAt: IsNull() }, { keptAt: ctx.now() });
    kept += held.size;
    for (const key of keys.filter((k) => !held.has(k))) {
      const claimed = await manager.delete(Upload, { key, keptAt: IsNull() });
      if (!claimed.affected) continue;
      await ctx.app.files.remove(key);
      removed += 1;
    }
    if (batch.length < BATCH) return { removed, kept };
  }
}

export const uploadCleanupJob: JobDefinition = {
  name: 'files.removeUnattached',
  everyMs: () => 3_600_000,
  run: (ctx, app) => removeUnattachedUploads(ctx, app.fileHolders),
};
