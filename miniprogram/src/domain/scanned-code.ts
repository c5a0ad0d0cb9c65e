import type { Role } from '@gongfu/shared-types';
import { ROUTES, withParams } from '@/routes';

/** What the 扫一扫 tab does with a code it read. */
export type ScanDestination = { kind: 'open'; url: string } | { kind: 'explain'; message: string } | { kind: 'trace'; code: string };

const PAYMENT_CODE = /^GFP1\./;
const CHECKIN_CODE = /^GFA1\.(\d+)\./;

/**
 * Our own codes go where they are used: a villager's payment code to the shop's 收工分 page, an
 * activity's check-in code to that activity (checking in at once); anything else is a product's
 * trace code.
 */
export function destinationOf(code: string, roles: readonly Role[]): ScanDestination {
  const text = code.trim();
  if (PAYMENT_CODE.test(text)) {
    return roles.includes('MERCHANT')
      ? { kind: 'open', url: withParams(ROUTES.merchantTakePoints, { code: text }) }
      : { kind: 'explain', message: '这是村民的付款码，请村里的商家在“收工分”里扫。' };
  }
  const checkin = CHECKIN_CODE.exec(text);
  if (checkin) {
    return roles.includes('VILLAGER')
      ? { kind: 'open', url: withParams(ROUTES.villagerActivity, { id: checkin[1], checkin: text }) }
      : { kind: 'explain', message: '这是村里活动的签到码，请村民扫码签到。' };
  }
  return { kind: 'trace', code: text };
}
