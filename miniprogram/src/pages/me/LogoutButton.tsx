import Taro from '@tarojs/taro';
import { useState } from 'react';
import { LogoutDocument } from './me.generated';
import { request } from '@/api/client';
import { clearSession } from '@/device/session';
import { ROUTES } from '@/routes';
import { ActionButton } from '@/components/ActionButton';

export function LogoutButton() {
  const [busy, setBusy] = useState(false);

  async function logout() {
    setBusy(true);
    try {
      await request(LogoutDocument);
    } catch {
      // The person asked to leave: forget the token here even if the BFF could not be told.
      // A token the BFF still accepts expires on its own.
    }
    clearSession();
    void Taro.reLaunch({ url: ROUTES.login });
  }

  return (
    <ActionButton
      className="wide-button logout-button"
      type="danger"
      fill="outline"
      size="large"
      block
      loading={busy}
      onClick={() => void logout()}
      data-testid="logout-button"
    >
      退出登录
    </ActionButton>
  );
}
