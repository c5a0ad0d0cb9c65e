import { LessThan, type EntityManager } from 'typeorm';
import { addDays, chinaDate, isCalendarDay } from '../../../core/china-time';
import type { RequestContext } from '../../../core/context';
import { badInput, notFound } from '../../../core/errors';
import { toPage, type Paged } from '../../../core/paging';
import { Role } from '../../../core/roles';
import { isUniqueViolation } from '../../../stores/sql-errors';
import { assertSameVillage, requireVillageAdmin, requireVillager, type VillageMember } from '../village-members';
import { workpointsRefusal } from '../workpoints.errors';
import { CanteenDish, CanteenMenu, CanteenReservation, DishComment, DishLike, type Meal } from './canteen.entity';
import type { PublishMenuInput } from './canteen.inputs';
import { likesByDishId } from './canteen.loaders';
import { DishLikeStateType, MealReservationType } from './canteen.types';

/** A menu is planned at most a month ahead; a later day is a slip of the keyboard (9999-12-31). */
const MENU_DAYS_AHEAD = 31;

/**
 * 数字老年食堂: the cadre publishes tomorrow's menu the day before; villagers reserve meals and
 * comment on or like dishes; the cadre marks the comments that changed a later menu.
 */
export class CanteenService {
  async publishMenu(ctx: RequestContext, input: PublishMenuInput): Promise<CanteenMenu> {
    const admin = await requireVillageAdmin(ctx);
    if (!isCalendarDay(input.serviceDate)) throw workpointsRefusal('BAD_USER_INPUT', '日期不存在', 'serviceDate');
    const today = chinaDate(ctx.now());
    if (input.serviceDate <= today) throw workpointsRefusal('MENU_DATE_INVALID', undefined, 'serviceDate');
    if (input.serviceDate > addDays(today, MENU_DAYS_AHEAD)) {
      throw workpointsRefusal('MENU_DATE_INVALID', `菜单最多提前 ${MENU_DAYS_AHEAD} 天发布`, 'serviceDate');
    }
    try {
      return await ctx.transaction('village', async (m) => {
        const menu = m.create(CanteenMenu, {
          villageId: admin.villageId,
          serviceDate: input.serviceDate,
          note: input.note,
          publishedBy: admin.accountId,
          publishedAt: ctx.now(),
        });
        await m.insert(CanteenMenu, menu);
        await m.insert(
          CanteenDish,
          input.dishes.map((d) => ({ menuId: menu.id, meal: d.meal, name: d.name, description: d.description })),
        );
        return menu;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw workpointsRefusal('MENU_EXISTS', undefined, 'serviceDate');
      throw error;
    }
  }

  /** The village's menus, latest day first; the past stays browsable. */
  async menus(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<CanteenMenu>> {
    const member = await this.member(ctx);
    const rows = await ctx.manager('village').find(CanteenMenu, {
      where: { villageId: member.villageId, ...(after ? { serviceDate: LessThan(this.dayCursor(after)) } : {}) },
      order: { serviceDate: 'DESC' },
      take: first + 1,
    });
    const page = toPage(rows, first);
    return { items: page.items, nextCursor: page.nextCursor ? page.items[page.items.length - 1].serviceDate : null };
  }

  /** The menu of a day (default tomorrow), or null when none is published. */
  async menuOn(ctx: RequestContext, day?: string | null): Promise<CanteenMenu | null> {
    const member = await this.member(ctx);
    const serviceDate = day ?? addDays(chinaDate(ctx.now()), 1);
    return ctx.manager('village').findOneBy(CanteenMenu, { villageId: member.villageId, serviceDate });
  }

  async reserve(ctx: RequestContext, menuId: number, meal: Meal): Promise<MealReservationType> {
    const villager = requireVillager(ctx);
    return ctx.transaction('village', async (m) => {
      const menu = await this.openMenu(ctx, m, menuId, villager);
      if (!(await m.existsBy(CanteenDish, { menuId: menu.id, meal }))) throw workpointsRefusal('NO_SUCH_MEAL', undefined, 'meal');
      try {
        await m.insert(CanteenReservation, { menuId, villagerId: villager.accountId, meal, createdAt: ctx.now() });
      } catch (error) {
        if (isUniqueViolation(error)) throw workpointsRefusal('ALREADY_RESERVED');
        throw error;
      }
      return Object.assign(new MealReservationType(), { menuId, meal, reserved: true });
    });
  }

  /** Takes a reservation back; answers the meal as not reserved, whether or not it was. */
  async cancelReservation(ctx: RequestContext, menuId: number, meal: Meal): Promise<MealReservationType> {
    const villager = requireVillager(ctx);
    return ctx.transaction('village', async (m) => {
      await this.openMenu(ctx, m, menuId, villager);
      await m.delete(CanteenReservation, { menuId, villagerId: villager.accountId, meal });
      return Object.assign(new MealReservationType(), { menuId, meal, reserved: false });
    });
  }

  async myReservations(ctx: RequestContext, menuId: number): Promise<Meal[]> {
    const villager = await requireVillager(ctx);
    const rows = await ctx.manager('village').findBy(CanteenReservation, { menuId, villagerId: villager.accountId });
    return rows.map((r) => r.meal);
  }

  /** How many of each meal to cook: for the village's cadres only. */
  async reservationCounts(ctx: RequestContext, menu: CanteenMenu): Promise<Array<{ meal: Meal; count: number }>> {
    const admin = await requireVillageAdmin(ctx);
    assertSameVillage(admin, menu.villageId);
    const rows: Array<{ meal: Meal; count: string | number }> = await ctx
      .manager('village')
      .createQueryBuilder(CanteenReservation, 'r')
      .select('r.meal', 'meal')
      .addSelect('COUNT(*)', 'count')
      .where('r.menu_id = :menuId', { menuId: menu.id })
      .groupBy('r.meal')
      .getRawMany();
    const counted = new Map(rows.map((r) => [r.meal, Number(r.count)]));
    return (['LUNCH', 'DINNER'] as const).map((meal) => ({ meal, count: counted.get(meal) ?? 0 }));
  }

  async comment(ctx: RequestContext, dishId: number, body: string): Promise<DishComment> {
    const villager = await requireVillager(ctx);
    return ctx.transaction('village', async (m) => {
      await this.dishIn(m, dishId, villager);
      const comment = m.create(DishComment, {
        dishId,
        villagerId: villager.accountId,
        body,
        createdAt: ctx.now(),
        adoptedInMenuId: null,
      });
      await m.insert(DishComment, comment);
      return comment;
    });
  }

  /** Likes a dish, or takes the like back; answers whether it is now liked, and the likes it has. */
  async toggleLike(ctx: RequestContext, dishId: number): Promise<DishLikeStateType> {
    const villager = requireVillager(ctx);
    const liked = await ctx.transaction('village', async (m) => {
      await this.dishIn(m, dishId, villager);
      const removed = await m.delete(DishLike, { dishId, villagerId: villager.accountId });
      if (removed.affected) return false;
      await m.insert(DishLike, { dishId, villagerId: villager.accountId });
      return true;
    });
    const likeCount = (await ctx.loader(likesByDishId).load(dishId)).length;
    return Object.assign(new DishLikeStateType(), { dishId, liked, likeCount });
  }

  /** The cadre marks a comment as having changed a later menu of the village. */
  async adoptComment(ctx: RequestContext, commentId: number, laterMenuId: number): Promise<DishComment> {
    const admin = await requireVillageAdmin(ctx);
    return ctx.transaction('village', async (m) => {
      const comment = await m.findOneBy(DishComment, { id: commentId });
      if (!comment) throw notFound('找不到该留言');
      const dish = await this.dishIn(m, comment.dishId, admin);
      const commentedMenu = await m.findOneByOrFail(CanteenMenu, { id: dish.menuId });
      const later = await m.findOneBy(CanteenMenu, { id: laterMenuId });
      if (!later) throw notFound('找不到该菜单');
      assertSameVillage(admin, later.villageId);
      if (later.serviceDate <= commentedMenu.serviceDate)
        throw workpointsRefusal('BAD_USER_INPUT', '只能标记为改进了之后的菜单', 'laterMenuId');
      comment.adoptedInMenuId = later.id;
      await m.update(DishComment, { id: comment.id }, { adoptedInMenuId: later.id });
      return comment;
    });
  }

  private member(ctx: RequestContext): VillageMember {
    return ctx.hasRole(Role.VILLAGE_ADMIN) ? requireVillageAdmin(ctx) : requireVillager(ctx);
  }

  /** A menu of the villager's village whose day has not yet come. */
  private async openMenu(ctx: RequestContext, m: EntityManager, menuId: number, villager: VillageMember): Promise<CanteenMenu> {
    const menu = await m.findOneBy(CanteenMenu, { id: menuId });
    if (!menu) throw notFound('找不到该菜单');
    assertSameVillage(villager, menu.villageId);
    if (menu.serviceDate <= chinaDate(ctx.now())) throw workpointsRefusal('MENU_CLOSED');
    return menu;
  }

  private async dishIn(m: EntityManager, dishId: number, member: VillageMember): Promise<CanteenDish> {
    const dish = await m.findOneBy(CanteenDish, { id: dishId });
    if (!dish) throw notFound('找不到该菜品');
    const menu = await m.findOneByOrFail(CanteenMenu, { id: dish.menuId });
    assertSameVillage(member, menu.villageId);
    return dish;
  }

  private dayCursor(after: string): string {
    if (!isCalendarDay(after)) throw badInput('分页游标无效', 'after');
    return after;
  }
}
