import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { loadSession } from '@/device/session';
import { pageAccess, type PageAccess } from '@/domain/page-access';
import { usePageParams } from './use-page-params';

/**
 * Whether the person on this device may use the page being shown, decided when it opens: the
 * page shell shows the login page or the other-role notice instead of the page, and the page's
 * queries never leave for the BFF.
 */
export function usePageAccess(): PageAccess {
  const { path } = useRouter();
  const params = usePageParams();
  const [access] = useState(() => pageAccess({ path: path ?? '', params }, loadSession()?.account.roles ?? null));
  return access;
}
