import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader } from '../../../core/loaders';
import { Activity, Scene } from './activities.entity';

export const activityById = defineLoader(
  'workpoints.activityById',
  (ctx) =>
    new DataLoader<number, Activity | null>(async (ids) => {
      const rows = await ctx.manager('village').findBy(Activity, { id: In([...ids]) });
      return byKeys(ids, rows, (a) => a.id);
    }),
);

export const sceneById = defineLoader(
  'workpoints.sceneById',
  (ctx) =>
    new DataLoader<number, Scene | null>(async (ids) => {
      const rows = await ctx.manager('village').findBy(Scene, { id: In([...ids]) });
      return byKeys(ids, rows, (s) => s.id);
    }),
);
