/** Mainland mobile numbers: 11 digits starting 13–19. */
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;

/** 13800138000 → 138****8000 */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
