import type { Role } from '@gongfu/shared-types';
import { ROLE_LABELS, pickActiveRole } from '@/domain/roles';
import { createDeviceSetting, useDeviceSetting } from './device-setting';

const isRole = (stored: unknown): stored is Role => typeof stored === 'string' && Object.prototype.hasOwnProperty.call(ROLE_LABELS, stored);

/** The role this device last worked in, for accounts that hold several. */
export const rememberedRole = createDeviceSetting<Role | null>(
  'gongfu.activeRole',
  null,
  (stored): stored is Role | null => stored === null || isRole(stored),
);

/** The role whose home and tools to show for an account holding `roles`. */
export function useActiveRole(roles: readonly Role[]): Role | null {
  return pickActiveRole(roles, useDeviceSetting(rememberedRole));
}
