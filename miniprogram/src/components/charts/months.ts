/** "2026-06" → "6月", as a label under a chart. */
export function monthTick(month: string): string {
  return `${Number(month.slice(5, 7))}月`;
}

/** "2026-06" → "2026年6月", as the text equivalent says it. */
export function monthInWords(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
