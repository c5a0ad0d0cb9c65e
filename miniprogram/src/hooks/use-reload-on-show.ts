import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/**
 * Reloads when the page comes back into view (from a page opened on top of it, or the app
 * returning from the background), not when it first opens: balances and statuses change elsewhere.
 */
export function useReloadOnShow(...reloads: Array<() => void>): void {
  const shownBefore = useRef(false);
  useDidShow(() => {
    if (shownBefore.current) reloads.forEach((reload) => reload());
    shownBefore.current = true;
  });
}
