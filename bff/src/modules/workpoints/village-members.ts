import type { RequestContext } from '../../core/context';
import { Role } from '../../core/roles';
import { accountById } from '../identity/identity.loaders';
import { workpointsError, type WorkpointsErrorCode } from './workpoints.errors';

/** Someone acting in a village: a villager, its cadre, or one of its shops. */
export interface VillageMember {
  accountId: number;
  villageId: number;
  householdId: number | null;
}

async function memberAs(ctx: RequestContext, role: Role, noVillage: WorkpointsErrorCode): Promise<VillageMember> {
  const caller = ctx.requireRole(role);
  const account = await ctx.loader(accountById).load(caller.accountId);
  if (!account?.villageId) throw workpointsError(noVillage);
  return { accountId: account.id, villageId: account.villageId, householdId: account.householdId };
}

export const requireVillager = (ctx: RequestContext) => memberAs(ctx, Role.VILLAGER, 'NOT_A_VILLAGER');
export const requireVillageAdmin = (ctx: RequestContext) => memberAs(ctx, Role.VILLAGE_ADMIN, 'NOT_A_VILLAGER');
export const requireVillageShop = (ctx: RequestContext) => memberAs(ctx, Role.MERCHANT, 'NOT_A_VILLAGE_SHOP');

/** A cadre may act only on what belongs to the cadre's own village. */
export function assertSameVillage(member: VillageMember, villageId: number): void {
  if (member.villageId !== villageId) throw workpointsError('NOT_YOUR_VILLAGE');
}
