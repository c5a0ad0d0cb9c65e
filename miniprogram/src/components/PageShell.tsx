import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useElderMode } from '@/device/elder-mode';
import { cx } from './class-names';
import { PageGate } from './PageGate';

interface PageShellProps {
  className?: string;
  children: ReactNode;
}

/**
 * The root of every page. It carries the `elder` class when 长辈模式 is on, which the app-wide
 * styles (app.css) turn into large type and high contrast for everything inside; what it shows is
 * the page, or, for someone who may not use it, the login page or a word why (PageGate).
 */
export function PageShell({ className, children }: PageShellProps) {
  const elder = useElderMode();
  return (
    <View className={cx('page', elder && 'elder', className)}>
      <PageGate>{children}</PageGate>
    </View>
  );
}
