/**
 * Annual rates travel as decimal strings of a percentage ("4.35") and are kept as integers of
 * millionths of one (4.35 % → 43500), so no rate is ever a float.
 */

/** 24 %: above this no bank lends to a villager (the courts' old ceiling on private lending). */
export const MAX_RATE_MICROS = 240_000;

/** Up to four decimals of a percentage: a millionth of one, the unit rates are kept in. */
const RATE_PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

/** "4.35" → 43500; null for anything that is not a plain non-negative decimal of up to four places. */
export function parseRatePercent(text: string): number | null {
  const match = RATE_PERCENT.exec(text.trim());
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
}

/** 43500 → "4.35", 56000 → "5.60", 43550 → "4.355": at least two places, as rates are quoted. */
export function formatRatePercent(micros: number): string {
  let fraction = String(micros % 10_000).padStart(4, '0');
  while (fraction.length > 2 && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${Math.floor(micros / 10_000)}.${fraction}`;
}
