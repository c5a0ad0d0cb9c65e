import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Role } from '@gongfu/shared-types';
import { useEffect, type ReactNode } from 'react';
import { loadSession } from '@/device/session';
import { loginUrlFor } from '@/domain/page-access';
import { roleLabel, roleListLabel } from '@/domain/roles';
import { usePageAccess } from '@/hooks/use-page-access';
import { ROUTES } from '@/routes';
import { ActionButton } from './ActionButton';
import './status-views.css';

/**
 * The page itself for whoever may use it. Nobody signed in: the login page, which comes back here
 * afterwards. Signed in without the page's role: one clear word, and the way home.
 */
export function PageGate({ children }: { children: ReactNode }) {
  const access = usePageAccess();
  useEffect(() => {
    if (access.kind === 'sign-in') void Taro.reLaunch({ url: loginUrlFor(access.returnTo) });
  }, [access]);
  switch (access.kind) {
    case 'open':
      return <>{children}</>;
    case 'other-role':
      return <OtherRoleNotice role={access.role} />;
    case 'sign-in':
      return null;
  }
}

function OtherRoleNotice({ role }: { role: Role }) {
  const held = loadSession()?.account.roles ?? [];
  return (
    <View className="status" data-testid="other-role" data-role={role}>
      <Text className="status__title">此页面供{roleLabel(role)}使用</Text>
      <Text className="status__text">
        {held.length > 0
          ? `您登录的是${roleListLabel(held)}账号。回到首页，看看您能办的事。`
          : '您的账号还没有开通身份，请联系村干部或县里的管理员开通。'}
      </Text>
      <ActionButton
        className="status__action"
        type="primary"
        size="large"
        onClick={() => void Taro.switchTab({ url: ROUTES.home })}
        data-testid="other-role-home"
      >
        回到首页
      </ActionButton>
    </View>
  );
}
