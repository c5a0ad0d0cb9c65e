import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader, groupByKeys } from '../../../core/loaders';
import { CanteenDish, DishComment, DishLike } from './canteen.entity';

export const dishesByMenuId = defineLoader(
  'workpoints.dishesByMenuId',
  (ctx) =>
    new DataLoader<number, CanteenDish[]>(async (menuIds) => {
      const rows = await ctx.manager('village').find(CanteenDish, { where: { menuId: In([...menuIds]) }, order: { id: 'ASC' } });
      return groupByKeys(menuIds, rows, (d) => d.menuId);
    }),
);

export const commentsByDishId = defineLoader(
  'workpoints.commentsByDishId',
  (ctx) =>
    new DataLoader<number, DishComment[]>(async (dishIds) => {
      const rows = await ctx.manager('village').find(DishComment, { where: { dishId: In([...dishIds]) }, order: { id: 'DESC' } });
      return groupByKeys(dishIds, rows, (c) => c.dishId);
    }),
);

export const likesByDishId = defineLoader(
  'workpoints.likesByDishId',
  (ctx) =>
    new DataLoader<number, DishLike[]>(async (dishIds) => {
      const rows = await ctx.manager('village').findBy(DishLike, { dishId: In([...dishIds]) });
      return groupByKeys(dishIds, rows, (l) => l.dishId);
    }),
);
