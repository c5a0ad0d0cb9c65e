import { regionByCode } from '@gongfu/shared-types/domain/zhejiang-regions';
import { createDeviceSetting, useDeviceSetting } from './device-setting';

function isRegionCode(stored: unknown): stored is string | null {
  return stored === null || (typeof stored === 'string' && regionByCode(stored) !== null);
}

/**
 * The region sent with each scan, which the person chose once on this device: a Zhejiang city or
 * district code from the list (never a position, never typed text). Off (null) until they turn it
 * on; the BFF uses it to notice one code scanned by different people in cities far apart.
 */
export const scanPlace = createDeviceSetting<string | null>('gongfu.scanRegion', null, isRegionCode);

export function useScanPlace(): string | null {
  return useDeviceSetting(scanPlace);
}

/** "杭州市萧山区", as the person chose it. */
export function placeName(regionCode: string | null): string | null {
  return regionCode === null ? null : (regionByCode(regionCode)?.name ?? null);
}
