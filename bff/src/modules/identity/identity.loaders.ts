import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader } from '../../core/loaders';
import type { Role } from '../../core/roles';
import { AccountRole, Household, Village } from './identity.entity';

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
    const byAccount = new Map<number, Role[]>();
    for (const row of rows) byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row.role]);
    return ids.map((id) => (byAccount.get(id) ?? []).sort());
  }),
);
