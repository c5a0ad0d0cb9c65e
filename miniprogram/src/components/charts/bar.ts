import type { ChartText } from './chart-text';

/** One bar: what it stands for (a grade, a month) and its figure. */
export interface BarDatum {
  label: string;
  value: number;
  /** The label in full where the text equivalent says it, when the bar's own is short ("2026年6月" for "6月"). */
  fullLabel?: string;
}

/** A figure in words on the bar and in the text equivalent, e.g. `String` for counts, `percentText` for rates. */
export type BarFormat = (value: number) => string;

/** A rate from 0 to 1 as a percentage with one decimal: 0.0321 → "3.2%". */
export function percentText(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** The top of the scale: the highest bar, or 1 when every bar is 0, so that an empty month still draws a baseline. */
export function barScaleMax(bars: readonly BarDatum[]): number {
  const highest = Math.max(0, ...bars.map((b) => b.value));
  return highest > 0 ? highest : 1;
}

export function barText(title: string, columns: readonly [string, string], bars: readonly BarDatum[], format: BarFormat): ChartText {
  return { title, columns, rows: bars.map((b) => [b.fullLabel ?? b.label, format(b.value)]) };
}
