import { createDeviceSetting, useDeviceSetting } from './device-setting';

/** Zhejiang's eleven prefecture-level cities, north to south as people list them. */
export const ZHEJIANG_CITIES = [
  '杭州市',
  '宁波市',
  '温州市',
  '嘉兴市',
  '湖州市',
  '绍兴市',
  '金华市',
  '衢州市',
  '舟山市',
  '台州市',
  '丽水市',
] as const;

export type ZhejiangCity = (typeof ZHEJIANG_CITIES)[number];

/** Where the person said they are, as coarse as a county: never a GPS position. */
export interface ScanPlace {
  city: ZhejiangCity;
  /** 区、县 or 县级市, as typed; may be empty. */
  district: string;
}

const MAX_DISTRICT_LENGTH = 12;

function isScanPlace(stored: unknown): stored is ScanPlace | null {
  if (stored === null) return true;
  if (typeof stored !== 'object') return false;
  const place = stored as Partial<ScanPlace>;
  return (
    (ZHEJIANG_CITIES as readonly string[]).includes(place.city ?? '') &&
    typeof place.district === 'string' &&
    place.district.length <= MAX_DISTRICT_LENGTH
  );
}

/**
 * The place sent with each scan, which the person chose once on this device. Off (null) until
 * they turn it on; the scan log uses it to notice one code scanned in cities far apart.
 */
export const scanPlace = createDeviceSetting<ScanPlace | null>('gongfu.scanPlace', null, isScanPlace);

export function useScanPlace(): ScanPlace | null {
  return useDeviceSetting(scanPlace);
}

/** "杭州市萧山区", as the BFF's `place` argument takes it. */
export function placeText(place: ScanPlace | null): string | null {
  return place ? `${place.city}${place.district}` : null;
}

/** The district as typed, tidied: no spaces, at most 12 characters; null if it cannot be one. */
export function tidyDistrict(text: string): string | null {
  const tidy = text.replace(/\s+/g, '');
  if (tidy.length > MAX_DISTRICT_LENGTH) return null;
  if (tidy && !/^[\u4e00-\u9fa5]+$/.test(tidy)) return null;
  return tidy;
}
