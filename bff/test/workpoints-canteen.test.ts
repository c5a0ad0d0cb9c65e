import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../src/core/china-time';
import { Role } from '../src/core/roles';
import { errorCode, refusal, startTestApp, type TestApp } from './helpers';
import { newPerson } from './workpoints-helpers';

const PUBLISH = `mutation($input: PublishMenuInput!) { publishCanteenMenu(input: $input) { ... on CanteenMenu { id serviceDate dishes { id meal name } } ... on ErrorResult { errorCode message } } }`;
const MENU = `query($day: String) { canteenMenu(serviceDate: $day) { id serviceDate note myReservations dishes { id name meal likeCount likedByMe comments { id body adoptedInMenuId } } } }`;

let app: TestApp;
let admin: string;
const today = chinaDate(new Date());

const dishes = [
  { meal: 'LUNCH', name: '红烧冬瓜', description: '少油少盐' },
  { meal: 'DINNER', name: '南瓜粥', description: '' },
];

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('demo-admin');
});
afterAll(() => app?.close());

describe('the elderly canteen', () => {
  it("shows tomorrow's menu published the day before, and lets a villager reserve, comment and like", async () => {
    const villager = await newPerson(app, [Role.VILLAGER]);
    const tomorrow = await app.gql(MENU, { day: null }, villager.token);
    expect(tomorrow.data!.canteenMenu.serviceDate).toBe(addDays(today, 1));
    const menu = tomorrow.data!.canteenMenu;

    const reserve = `mutation($menuId: ID!, $meal: Meal!) { reserveMeal(menuId: $menuId, meal: $meal) { ... on MealReservation { reserved } ... on ErrorResult { errorCode message } } }`;
    expect((await app.gql(reserve, { menuId: menu.id, meal: 'LUNCH' }, villager.token)).data!.reserveMeal.reserved).toBe(true);
    expect(refusal(await app.gql(reserve, { menuId: menu.id, meal: 'LUNCH' }, villager.token))).toBe('ALREADY_RESERVED');

    const dish = menu.dishes[0];
    await app.gql(
      `mutation($id: ID!) { commentOnDish(dishId: $id, body: "冬瓜再烧烂一点，牙口不好") { ... on DishComment { id } ... on ErrorResult { errorCode message } } }`,
      { id: dish.id },
      villager.token,
    );
    const liked = await app.gql(
      `mutation($id: ID!) { toggleDishLike(dishId: $id) { ... on DishLikeState { liked likeCount } ... on ErrorResult { errorCode message } } }`,
      { id: dish.id },
      villager.token,
    );
    expect(liked.data!.toggleDishLike).toEqual({ liked: true, likeCount: 1 });

    const after = await app.gql(MENU, { day: null }, villager.token);
    expect(after.data!.canteenMenu.myReservations).toEqual(['LUNCH']);
    expect(after.data!.canteenMenu.dishes[0]).toMatchObject({
      likeCount: 1,
      likedByMe: true,
      comments: [{ body: '冬瓜再烧烂一点，牙口不好' }],
    });

    const counts = await app.gql(`{ canteenMenu { reservationCounts { meal count } } }`, {}, admin);
    expect(counts.data!.canteenMenu.reservationCounts).toEqual([
      { meal: 'LUNCH', count: 1 },
      { meal: 'DINNER', count: 0 },
    ]);
    expect(errorCode(await app.gql(`{ canteenMenu { reservationCounts { meal count } } }`, {}, villager.token))).toBe('FORBIDDEN');

    const unliked = await app.gql(
      `mutation($id: ID!) { toggleDishLike(dishId: $id) { ... on DishLikeState { liked likeCount } ... on ErrorResult { errorCode message } } }`,
      { id: dish.id },
      villager.token,
    );
    expect(unliked.data!.toggleDishLike).toEqual({ liked: false, likeCount: 0 });
    const cancel = `mutation($menuId: ID!) { cancelMealReservation(menuId: $menuId, meal: LUNCH) { ... on MealReservation { reserved } ... on ErrorResult { errorCode message } } }`;
    expect((await app.gql(cancel, { menuId: menu.id }, villager.token)).data!.cancelMealReservation.reserved).toBe(false);
    expect((await app.gql(MENU, { day: null }, villager.token)).data!.canteenMenu.myReservations).toEqual([]);
  });

  it('lets the cadre mark a comment as having changed a later menu', async () => {
    const villager = await newPerson(app, [Role.VILLAGER]);
    const current = (await app.gql(MENU, { day: null }, villager.token)).data!.canteenMenu;
    const comment = await app.gql(
      `mutation($id: ID!) { commentOnDish(dishId: $id, body: "想吃清蒸鱼") { ... on DishComment { id } ... on ErrorResult { errorCode message } } }`,
      { id: current.dishes[0].id },
      villager.token,
    );
    const later = await app.gql(
      PUBLISH,
      { input: { serviceDate: addDays(today, 3), note: '', dishes: [{ meal: 'LUNCH', name: '清蒸鲈鱼', description: '应村民留言加入' }] } },
      admin,
    );
    const adopt = `mutation($c: ID!, $m: ID!) { adoptDishComment(commentId: $c, laterMenuId: $m) { ... on DishComment { adoptedInMenuId } ... on ErrorResult { errorCode message } } }`;
    const adopted = await app.gql(adopt, { c: comment.data!.commentOnDish.id, m: later.data!.publishCanteenMenu.id }, admin);
    expect(adopted.data!.adoptDishComment.adoptedInMenuId).toBe(later.data!.publishCanteenMenu.id);
    const backwards = await app.gql(adopt, { c: comment.data!.commentOnDish.id, m: current.id }, admin);
    expect(refusal(backwards)).toBe('BAD_USER_INPUT');
  });

  it('refuses a menu for today or the past, a second menu for a day, and one with no dishes', async () => {
    const forToday = await app.gql(PUBLISH, { input: { serviceDate: today, note: '', dishes } }, admin);
    expect(refusal(forToday)).toBe('MENU_DATE_INVALID');
    const day = addDays(today, 5);
    expect((await app.gql(PUBLISH, { input: { serviceDate: day, note: '', dishes } }, admin)).data!.publishCanteenMenu.dishes).toHaveLength(
      2,
    );
    expect(refusal(await app.gql(PUBLISH, { input: { serviceDate: day, note: '', dishes } }, admin))).toBe('MENU_EXISTS');
    expect(errorCode(await app.gql(PUBLISH, { input: { serviceDate: addDays(today, 6), note: '', dishes: [] } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(refusal(await app.gql(PUBLISH, { input: { serviceDate: '2026-02-30', note: '', dishes } }, admin))).toBe('BAD_USER_INPUT');
    const farOff = await app.gql(PUBLISH, { input: { serviceDate: '9999-12-31', note: '', dishes } }, admin);
    expect(refusal(farOff)).toBe('MENU_DATE_INVALID');
    expect((await app.gql(MENU, { day: '9999-12-31' }, admin)).data!.canteenMenu).toBeNull();
  });

  it('keeps past menus browsable, latest first, page by page', async () => {
    for (const offset of [7, 8, 9]) {
      await app.gql(PUBLISH, { input: { serviceDate: addDays(today, offset), note: '', dishes } }, admin);
    }
    const first = await app.gql('{ canteenMenus(first: 2) { items { serviceDate } nextCursor } }', {}, admin);
    const days = first.data!.canteenMenus.items.map((m: { serviceDate: string }) => m.serviceDate);
    expect(days).toEqual([addDays(today, 9), addDays(today, 8)]);
    const next = await app.gql(
      'query($after: String) { canteenMenus(first: 2, after: $after) { items { serviceDate } } }',
      { after: first.data!.canteenMenus.nextCursor },
      admin,
    );
    expect(next.data!.canteenMenus.items[0].serviceDate).toBe(addDays(today, 7));
  });

  it('keeps villagers of another village out', async () => {
    const menu = (await app.gql(MENU, { day: null }, admin)).data!.canteenMenu;
    const outsider = await newPerson(app, [Role.VILLAGER], '云石村');
    const refused = await app.gql(
      `mutation($menuId: ID!) { reserveMeal(menuId: $menuId, meal: LUNCH) { ... on MealReservation { reserved } ... on ErrorResult { errorCode message } } }`,
      { menuId: menu.id },
      outsider.token,
    );
    expect(refusal(refused)).toBe('NOT_YOUR_VILLAGE');
    expect((await app.gql(MENU, { day: null }, outsider.token)).data!.canteenMenu).toBeNull();
  });
});
