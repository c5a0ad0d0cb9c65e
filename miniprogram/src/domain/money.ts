/** Money is kept in fen (分, whole numbers) everywhere; people read and type 元. */

/** "12.50 元" from fen. */
export function yuan(fen: number): string {
  return `${(fen / 100).toFixed(2)} 元`;
}

/** The most a complaint or a settlement may be about: one million 元, well inside a 32-bit Int of fen. */
export const MAX_FEN = 100_000_000;

/**
 * An amount typed in 元 ("12", "12.5", "12.50", "１２．５" from a Chinese keyboard), as fen; null
 * when it is not an amount: more than two decimals, negative, or over MAX_FEN.
 */
export function parseYuanToFen(text: string): number | null {
  const typed = text.normalize('NFKC').replace(/。/g, '.').trim();
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(typed) ?? /^()\.(\d{1,2})$/.exec(typed);
  if (!match) return null;
  const whole = Number(match[1] || '0');
  const cents = Number((match[2] ?? '').padEnd(2, '0') || '0');
  const fen = whole * 100 + cents;
  return fen <= MAX_FEN ? fen : null;
}

/** Fen as it is typed back into a 元 field: 1250 → "12.5", 1200 → "12". */
export function fenToYuanInput(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2).replace(/0$/, '');
}
