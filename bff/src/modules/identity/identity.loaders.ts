import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader, groupByKeys } from '../../core/loaders';
import type { Role } from '../../core/roles';
import { Account, AccountRole, Household, Village } from './identity.entity';

export const villageById = defineLoader(
  'identity.villageById',
  (ctx) =>
    new DataLoader<number, Village | null>(async (ids) => {
      const rows = await ctx.manager('identity').findBy(Village, { id: In([...ids]) });
      return byKeys(ids, rows, (v) => v.id);
    }),
);

export const householdById = defineLoader(
  'identity.householdById',
  (ctx) =>
    new DataLoader<number, Household | null>(async (ids) => {
      const rows = await ctx.manager('identity').findBy(Household, { id: In([...ids]) });
      return byKeys(ids, rows, (h) => h.id);
    }),
);

export const rolesByAccountId = defineLoader(
  'identity.rolesByAccountId',
  (ctx) =>
    new DataLoader<number, Role[]>(async (ids) => {
      const rows = await ctx.manager('identity').findBy(AccountRole, { accountId: In([...ids]) });
      return groupByKeys(ids, rows, (r) => r.accountId).map((group) => group.map((r) => r.role).sort());
    }),
);

export const accountById = defineLoader(
  'identity.accountById',
  (ctx) =>
    new DataLoader<number, Account | null>(async (ids) => {
      const rows = await ctx.manager('identity').findBy(Account, { id: In([...ids]) });
      return byKeys(ids, rows, (a) => a.id);
    }),
);

export const membersByHouseholdId = defineLoader(
  'identity.membersByHouseholdId',
  (ctx) =>
    new DataLoader<number, Account[]>(async (ids) => {
      const rows = await ctx.manager('identity').find(Account, { where: { householdId: In([...ids]) }, order: { id: 'ASC' } });
      return groupByKeys(ids, rows, (a) => a.householdId!);
    }),
);

/** An account by its WeChat openid: the demo data of other modules finds the demo people by it. */
export const accountByOpenid = defineLoader(
  'identity.accountByOpenid',
  (ctx) =>
    new DataLoader<string, Account | null>(async (openids) => {
      const rows = await ctx.manager('identity').findBy(Account, { wechatOpenid: In([...openids]) });
      return byKeys(openids, rows, (a) => a.wechatOpenid!);
    }),
);

/** Every account holding a role: the county's regulators are told what waits on them. */
export const accountIdsByRole = defineLoader(
  'identity.accountIdsByRole',
  (ctx) =>
    new DataLoader<Role, number[]>(async (roles) => {
      const rows = await ctx.manager('identity').find(AccountRole, { where: { role: In([...roles]) }, order: { accountId: 'ASC' } });
      return groupByKeys(roles, rows, (r) => r.role).map((group) => group.map((r) => r.accountId));
    }),
);
