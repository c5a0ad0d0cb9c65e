/**
 * The parts of @tarojs/taro the app uses, for unit tests: storage kept in memory (returning ''
 * for a missing key, as WeChat does), navigation and network as vi.fn()s to assert on or stub.
 */
import { useEffect, useRef } from 'react';
import { vi } from 'vitest';

function createTaro() {
  const storage = new Map<string, string>();
  return {
    storage,
    request: vi.fn(),
    login: vi.fn(),
    scanCode: vi.fn(),
    chooseImage: vi.fn(),
    uploadFile: vi.fn(),
    downloadFile: vi.fn(),
    requestSubscribeMessage: vi.fn(),
    switchTab: vi.fn(async () => ({ errMsg: 'switchTab:ok' })),
    reLaunch: vi.fn(async () => ({ errMsg: 'reLaunch:ok' })),
    navigateTo: vi.fn(async () => ({ errMsg: 'navigateTo:ok' })),
    redirectTo: vi.fn(async () => ({ errMsg: 'redirectTo:ok' })),
    getCurrentPages: vi.fn((): Array<{ route?: string }> => []),
    getCurrentInstance: (): { router: { path: string; params: Record<string, string> } | null } => ({ router: null }),
    getStorageSync: (key: string): unknown => {
      const stored = storage.get(key);
      return stored === undefined ? '' : JSON.parse(stored);
    },
    setStorageSync: (key: string, value: unknown): void => {
      storage.set(key, JSON.stringify(value));
    },
    removeStorageSync: (key: string): void => {
      storage.delete(key);
    },
  };
}

// Kept on globalThis so that, like a phone's storage, it outlives a "restart" (vi.resetModules).
const holder = globalThis as typeof globalThis & { __taroMock?: ReturnType<typeof createTaro> };
const taro = (holder.__taroMock ??= createTaro());

/** Empties storage and forgets every call; setup.ts runs it before each test. */
export function resetTaroMock(): void {
  taro.storage.clear();
  taro.request.mockReset();
  taro.login.mockReset();
  taro.scanCode.mockReset();
  taro.chooseImage.mockReset();
  taro.uploadFile.mockReset();
  taro.downloadFile.mockReset();
  taro.requestSubscribeMessage.mockReset();
  pageParams.current = {};
  pageRoute.current = '';
  taro.switchTab.mockClear();
  taro.reLaunch.mockClear();
  taro.navigateTo.mockClear();
  taro.redirectTo.mockClear();
  taro.getCurrentPages.mockReset().mockReturnValue([]);
}

/** The query string of the page under test: set `pageParams.current` before rendering it. */
export const pageParams: { current: Record<string, string> } = { current: {} };

/** The path of the page under test ('/packages/villager/pages/points/index'); none by default. */
export const pageRoute: { current: string } = { current: '' };

export function useRouter(): { path: string; params: Record<string, string> } {
  return { path: pageRoute.current, params: pageParams.current };
}

// Pointed at this module's page whenever it loads afresh (vi.resetModules), as useRouter is.
taro.getCurrentInstance = () => ({ router: { path: pageRoute.current, params: pageParams.current } });

/** onShow fires when a page first appears, as in Taro; tests call `showPage()` to bring it back. */
const showListeners = new Set<() => void>();
const hideListeners = new Set<() => void>();

/** Taro's page hooks call the latest callback a render gave them, registered once. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

export function useDidShow(callback: () => void): void {
  const latest = useLatest(callback);
  useEffect(() => {
    const listener = () => latest.current();
    listener();
    showListeners.add(listener);
    return () => {
      showListeners.delete(listener);
    };
  }, [latest]);
}

export function useDidHide(callback: () => void): void {
  const latest = useLatest(callback);
  useEffect(() => {
    const listener = () => latest.current();
    hideListeners.add(listener);
    return () => {
      hideListeners.delete(listener);
    };
  }, [latest]);
}

/** Another page was opened on top of the one under test. */
export function hidePage(): void {
  hideListeners.forEach((listener) => listener());
}

/** The page under test came back into view. */
export function showPage(): void {
  showListeners.forEach((listener) => listener());
}

/** Taro calls onLoad once when a page opens; mounting is the nearest thing in a test. */
export function useLoad(callback: (params: Record<string, string>) => void): void {
  const latest = useLatest(callback);
  useEffect(() => latest.current({}), [latest]);
}

export default taro;
