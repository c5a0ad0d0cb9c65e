import { View } from '@tarojs/components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useElderMode } from '@/device/elder-mode';
import { ariaRole } from './a11y';
import { cx } from './class-names';
import { PageGate } from './PageGate';
import { fitTaroChrome } from './taro-h5-chrome';

interface PageShellProps {
  className?: string;
  children: ReactNode;
}

/**
 * The root of every page, and its main landmark. It carries the `elder` class when 长辈模式 is on,
 * which the app-wide styles (app.css) turn into large type and high contrast for everything
 * inside; in the browser it also fits Taro's page container and tab bar (taro-h5-chrome.ts). What
 * it shows is the page, or, for someone who may not use it, the login page or a word why (PageGate).
 */
export function PageShell({ className, children }: PageShellProps) {
  const elder = useElderMode();
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5' && root.current) fitTaroChrome(root.current, elder);
  }, [elder]);
  return (
    <View ref={root} className={cx('page', elder && 'elder', className)} {...ariaRole('main')}>
      <PageGate>{children}</PageGate>
    </View>
  );
}
