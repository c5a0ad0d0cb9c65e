import { createDeviceSetting, useDeviceSetting } from './device-setting';

/** 长辈模式: large type and high contrast, for the many older villagers. Off until someone turns it on. */
export const elderMode = createDeviceSetting('gongfu.elderMode', false, (stored): stored is boolean => typeof stored === 'boolean');

export function useElderMode(): boolean {
  return useDeviceSetting(elderMode);
}
