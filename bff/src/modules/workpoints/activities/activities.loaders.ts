import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader } from '../../../core/loaders';
import { Activity } from './activities.entity';
import { sceneKey, villageSceneViews, type VillageSceneView } from './village-scenes';

export const activityById = defineLoader(
  'workpoints.activityById',
  (ctx) =>
    new DataLoader<number, Activity | null>(async (ids) => {
      const rows = await ctx.manager('village').findBy(Activity, { id: In([...ids]) });
      return byKeys(ids, rows, (a) => a.id);
    }),
);

/** A scene as a village sees it (an activity's scene, in its own village's words). */
export const sceneInVillage = defineLoader(
  'workpoints.sceneInVillage',
  (ctx) =>
    new DataLoader<{ villageId: number; sceneId: number }, VillageSceneView | null, string>(
      async (keys) => {
        const views = await villageSceneViews(ctx.manager('village'), keys);
        return keys.map((key) => views.get(sceneKey(key)) ?? null);
      },
      { cacheKeyFn: sceneKey },
    ),
);
