import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader, groupByKeys } from '../../core/loaders';
import { Activity, CanteenDish, DishComment, DishLike, MallItem, Scene } from './workpoints.entity';

export const activityById = defineLoader('workpoints.activityById', (ctx) =>
  new DataLoader<number, Activity | null>(async (ids) => {
    const rows = await ctx.manager('village').findBy(Activity, { id: In([...ids]) });
    return byKeys(ids, rows, (a) => a.id);
  }),
);

export const sceneById = defineLoader('workpoints.sceneById', (ctx) =>
  new DataLoader<number, Scene | null>(async (ids) => {
    const rows = await ctx.manager('village').findBy(Scene, { id: In([...ids]) });
    return byKeys(ids, rows, (s) => s.id);
  }),
);

export const mallItemById = defineLoader('workpoints.mallItemById', (ctx) =>
  new DataLoader<number, MallItem | null>(async (ids) => {
    const rows = await ctx.manager('village').findBy(MallItem, { id: In([...ids]) });
    return byKeys(ids, rows, (i) => i.id);
  }),
);

export const dishesByMenuId = defineLoader('workpoints.dishesByMenuId', (ctx) =>
  new DataLoader<number, CanteenDish[]>(async (menuIds) => {
    const rows = await ctx.manager('village').find(CanteenDish, { where: { menuId: In([...menuIds]) }, order: { id: 'ASC' } });
    return groupByKeys(menuIds, rows, (d) => d.menuId);
  }),
);

export const commentsByDishId = defineLoader('workpoints.commentsByDishId', (ctx) =>
  new DataLoader<number, DishComment[]>(async (dishIds) => {
    const rows = await ctx.manager('village').find(DishComment, { where: { dishId: In([...dishIds]) }, order: { id: 'DESC' } });
    return groupByKeys(dishIds, rows, (c) => c.dishId);
  }),
);

export const likesByDishId = defineLoader('workpoints.likesByDishId', (ctx) =>
  new DataLoader<number, DishLike[]>(async (dishIds) => {
    const rows = await ctx.manager('village').findBy(DishLike, { dishId: In([...dishIds]) });
    return groupByKeys(dishIds, rows, (l) => l.dishId);
  }),
);
