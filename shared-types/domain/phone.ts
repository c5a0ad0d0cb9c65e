/** A mainland China mobile number: 11 digits starting with 13–19. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export function isMainlandMobile(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}

/**
 * 13800138000 → 138****8000: what anyone but a number's owner sees of it (the mini-program
 * masks even the owner's on screen, since phones are shown in public places). A number already
 * masked is returned as it is; anything too short to mask shows as ****.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  if (phone.includes('*')) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 王秀英 → 王*英, 李明 → 李*: what a merchant sees of the consumer who complained. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
