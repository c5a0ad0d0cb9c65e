import type { RequestContext } from '../../core/context';
import { Role } from '../../core/roles';
import { workpointsRefusal, type WorkpointsErrorCode } from './workpoints.errors';

/** Someone acting in a village: a villager, its cadre, or one of its shops. */
export interface VillageMember {
  accountId: number;
  villageId: number;
  householdId: number | null;
}

function memberAs(ctx: RequestContext, role: Role, noVillage: WorkpointsErrorCode): VillageMember {
  const caller = ctx.requireRole(role);
  if (!caller.villageId) throw workpointsRefusal(noVillage);
  return { accountId: caller.accountId, villageId: caller.villageId, householdId: caller.householdId };
}

export const requireVillager = (ctx: RequestContext) => memberAs(ctx, Role.VILLAGER, 'NOT_A_VILLAGER');
export const requireVillageAdmin = (ctx: RequestContext) => memberAs(ctx, Role.VILLAGE_ADMIN, 'NOT_A_VILLAGER');
export const requireVillageShop = (ctx: RequestContext) => memberAs(ctx, Role.MERCHANT, 'NOT_A_VILLAGE_SHOP');

/** A cadre may act only on what belongs to the cadre's own village. */
export function assertSameVillage(member: VillageMember, villageId: number): void {
  if (member.villageId !== villageId) throw workpointsRefusal('NOT_YOUR_VILLAGE');
}
