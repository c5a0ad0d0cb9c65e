import type { Role } from '@gongfu/shared-types';
import { ROLE_LABELS } from '@gongfu/shared-types/domain/roles';

/** What each role is called in front of a person: the same words the BFF gives the schema's Role enum. */
export { ROLE_LABELS };

/**
 * The order roles are offered in, and the one an account starts in when the device remembers
 * none: most accounts that hold several roles are villagers who also run a shop.
 */
const ROLE_ORDER: readonly Role[] = ['VILLAGER', 'MERCHANT', 'CONSUMER', 'VILLAGE_ADMIN', 'REGULATOR', 'BANK'];

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role;
}

/** "村民、商家" — roles in the order above, joined the Chinese way. */
export function roleListLabel(roles: readonly Role[]): string {
  return sortRoles(roles).map(roleLabel).join('、');
}

export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
}

/** The role to show: the remembered one while the account still holds it, else the first by order. */
export function pickActiveRole(roles: readonly Role[], remembered: Role | null): Role | null {
  if (remembered && roles.includes(remembered)) return remembered;
  return sortRoles(roles)[0] ?? null;
}
