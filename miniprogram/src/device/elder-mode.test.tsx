import Taro from '@tarojs/taro';
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each test imports a fresh module: the setting caches what it read from storage.
async function freshElderMode() {
  vi.resetModules();
  return import('./elder-mode');
}

describe('elder mode', () => {
  beforeEach(() => vi.resetModules());

  it('is off on a device that never turned it on', async () => {
    const { elderMode } = await freshElderMode();
    expect(elderMode.get()).toBe(false);
  });

  it('is remembered on the device', async () => {
    const first = await freshElderMode();
    first.elderMode.set(true);

    expect(Taro.getStorageSync('gongfu.elderMode')).toBe(true);
    const afterRestart = await freshElderMode();
    expect(afterRestart.elderMode.get()).toBe(true);
  });

  it('ignores a stored value that is not a yes or no', async () => {
    Taro.setStorageSync('gongfu.elderMode', 'yes please');
    const { elderMode } = await freshElderMode();
    expect(elderMode.get()).toBe(false);
  });

  it('updates every page that shows it at once', async () => {
    const { elderMode } = await freshElderMode();
    const { PageShell } = await import('@/components/PageShell');
    render(<PageShell>内容</PageShell>);
    const root = screen.getByText('内容');
    expect(root.className).not.toContain('elder');

    act(() => elderMode.set(true));

    expect(root.className).toContain('elder');
  });
});
