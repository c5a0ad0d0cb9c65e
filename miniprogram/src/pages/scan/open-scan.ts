import Taro from '@tarojs/taro';
import { ROUTES } from '@/routes';

/**
 * A code another page wants the 扫一扫 tab to show again (from my scans, a recall notice): looked
 * at, not scanned, so it is neither logged nor placed, and cannot make one code look scanned in
 * two cities.
 */
export interface ScanRequest {
  code: string;
}

let pending: ScanRequest | null = null;

/**
 * Opens the 扫一扫 tab on a code. A tab page cannot be opened with a query string in WeChat, so the
 * code waits here until the scan page shows.
 */
export function openScanOf(code: string): void {
  pending = { code };
  void Taro.switchTab({ url: ROUTES.scan });
}

/** The code waiting for the scan page, once. */
export function takePendingScan(): ScanRequest | null {
  const request = pending;
  pending = null;
  return request;
}
