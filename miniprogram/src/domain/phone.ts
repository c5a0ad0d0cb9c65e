/** A mainland China mobile number: 11 digits starting with 13–19. */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export function isMainlandMobile(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}

/**
 * 13800138000 → 138****8000. The BFF already masks other people's numbers; the owner gets the
 * full number and we still mask it on screen, since phones are shown in public places.
 * Anything that is not a full mobile number (already masked, empty) is returned as it is.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  if (!isMainlandMobile(phone)) return phone;
  return `${phone.slice(0, 3)}****${phone.slice(7)}`;
}
