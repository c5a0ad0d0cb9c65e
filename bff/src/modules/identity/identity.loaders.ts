import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader, groupByKeys } from '../../core/loaders';
import type { Role } from '../../core/roles';
import { Account, AccountRole, Household, Village } from './identity.entity';

export const villageById = defineLoader('identity.villageById', (ctx) =>
  new DataLoader<number, Village | null>(async (ids) => {
    const rows = await ctx.manager('identity').findBy(Village, { id: In([...ids]) });
    return byKeys(ids, rows, (v) => v.id);
  }),
);

export const householdById = defineLoader('identity.householdById', (ctx) =>
  new DataLoader<number, Household | null>(async (ids) => {
    const rows = await ctx.manager('identity').findBy(Household, { id: In([...ids]) });
    return byKeys(ids, rows, (h) => h.id);
  }),
);

export const rolesByAccountId = defineLoader('identity.rolesByAccountId', (ctx) =>
  new DataLoader<number, Role[]>(async (ids) => {
    const rows = await ctx.manager('identity').findBy(AccountRole, { accountId: In([...ids]) });
    return groupByKeys(ids, rows, (r) => r.accountId).map((group) => group.map((r) => r.role).sort());
  }),
);

export const accountById = defineLoader('identity.accountById', (ctx) =>
  new DataLoader<number, Account | null>(async (ids) => {
    const rows = await ctx.manager('identity').findBy(Account, { id: In([...ids]) });
    return byKeys(ids, rows, (a) => a.id);
  }),
);

export const membersByHouseholdId = defineLoader('identity.membersByHouseholdId', (ctx) =>
  new DataLoader<number, Account[]>(async (ids) => {
    const rows = await ctx.manager('identity').find(Account, { where: { householdId: In([...ids]) }, order: { id: 'ASC' } });
    return groupByKeys(ids, rows, (a) => a.householdId!);
  }),
);
