/**
 * GTINs as a merchant types them from under a barcode: 8, 12, 13 or 14 digits, the last one a
 * GS1 mod-10 check digit. The BFF refuses a wrong one (INVALID_GTIN, BAD_CHECK_DIGIT); the form
 * checks the same first, which spares an old shopkeeper a round trip and says which digit to look at.
 */

export const GTIN_LENGTHS: readonly number[] = [8, 12, 13, 14];

/** The GS1 mod-10 check digit of a GTIN's other digits. */
export function gtinCheckDigit(digitsWithoutCheck: string): number {
  let sum = 0;
  for (let i = 0; i < digitsWithoutCheck.length; i++) {
    const digit = Number(digitsWithoutCheck[digitsWithoutCheck.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export type GtinProblem = 'INVALID_GTIN' | 'BAD_CHECK_DIGIT';

export type GtinCheck = { ok: true; gtin: string } | { ok: false; code: GtinProblem; message: string };

/** A typed GTIN (spaces allowed, as printed under barcodes), or why it cannot be one. */
export function checkGtin(typed: string): GtinCheck {
  const gtin = typed.replace(/\s+/g, '');
  if (!/^\d+$/.test(gtin) || !GTIN_LENGTHS.includes(gtin.length)) {
    return { ok: false, code: 'INVALID_GTIN', message: '商品条码应为 8、12、13 或 14 位数字，请照着条码下方的数字填' };
  }
  // All zeros passes the check digit, but GS1 never allocates it: a made-up code.
  if (/^0+$/.test(gtin)) return { ok: false, code: 'INVALID_GTIN', message: '商品条码不能全是 0，请照着条码下方的数字填' };
  const expected = gtinCheckDigit(gtin.slice(0, -1));
  if (expected !== Number(gtin.slice(-1))) {
    return {
      ok: false,
      code: 'BAD_CHECK_DIGIT',
      message: `商品条码的最后一位（校验位）不对：按前面的数字算应是 ${expected}，请再核对一遍`,
    };
  }
  return { ok: true, gtin };
}
