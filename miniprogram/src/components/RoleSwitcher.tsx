import { Text, View } from '@tarojs/components';
import type { Role } from '@gongfu/shared-types';
import { rememberedRole } from '@/device/active-role';
import { roleLabel, sortRoles } from '@/domain/roles';
import { ariaRole } from './a11y';
import { cx } from './class-names';
import './role-switcher.css';

interface RoleSwitcherProps {
  roles: readonly Role[];
  active: Role;
}

/** For accounts with several roles: pick the one to work in now; the device remembers it. */
export function RoleSwitcher({ roles, active }: RoleSwitcherProps) {
  if (roles.length < 2) return null;
  return (
    <View className="role-switcher" data-testid="role-switcher">
      <Text className="role-switcher__label">切换身份</Text>
      <View className="role-switcher__options" {...ariaRole('group')} aria-label="切换身份">
        {sortRoles(roles).map((role) => {
          const selected = role === active;
          return (
            <View
              key={role}
              className={cx('role-switcher__option', selected && 'role-switcher__option--active')}
              onClick={() => rememberedRole.set(role)}
              {...ariaRole('button')}
              aria-pressed={selected}
              data-testid={`role-option-${role}`}
            >
              {roleLabel(role)}
            </View>
          );
        })}
      </View>
    </View>
  );
}
