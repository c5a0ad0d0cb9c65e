import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader } from '../../../core/loaders';
import { MallItem } from './mall.entity';

export const mallItemById = defineLoader(
  'workpoints.mallItemById',
  (ctx) =>
    new DataLoader<number, MallItem | null>(async (ids) => {
      const rows = await ctx.manager('village').findBy(MallItem, { id: In([...ids]) });
      return byKeys(ids, rows, (i) => i.id);
    }),
);
