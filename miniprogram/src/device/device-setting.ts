import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';

/**
 * A preference kept on this device (Taro storage) that every open page follows at once. Pages in
 * a mini-program live side by side, so a change on the 我的 tab must reach the home tab too.
 */
export interface DeviceSetting<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createDeviceSetting<T>(key: string, fallback: T, isValid: (stored: unknown) => stored is T): DeviceSetting<T> {
  let cached: { value: T } | null = null;
  const listeners = new Set<() => void>();

  function read(): T {
    try {
      const stored: unknown = Taro.getStorageSync(key);
      return isValid(stored) ? stored : fallback;
    } catch {
      // Storage can be unavailable (private browsing, quota); the setting then lasts this session only.
      return fallback;
    }
  }

  return {
    get() {
      cached ??= { value: read() };
      return cached.value;
    },
    set(value) {
      cached = { value };
      try {
        Taro.setStorageSync(key, value);
      } catch {
        // See read(): keep the in-memory value.
      }
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useDeviceSetting<T>(setting: DeviceSetting<T>): T {
  return useSyncExternalStore(setting.subscribe, setting.get, setting.get);
}
