import type { ChartText } from './chart-text';
import { monthInWords } from './months';

/** One month's figure: `month` as "2026-06". */
export interface MonthValue {
  month: string;
  value: number;
}

/** Oldest month first, whatever order the figures came in: a line is read left to right. */
export function lineData(points: readonly MonthValue[]): MonthValue[] {
  return [...points].sort((a, b) => a.month.localeCompare(b.month));
}

/** The vertical scale as F2 takes it. */
export interface LineScale {
  min: number;
  max: number;
  nice: boolean;
  ticks?: number[];
  tickCount?: number;
}

/**
 * The vertical scale: a published range (a score's 350–950) in four equal steps from end to end,
 * so the reader sees where the line stands in the whole range; else from 0 to a round figure
 * above the highest.
 */
export function lineScale(points: readonly MonthValue[], range?: readonly [number, number]): LineScale {
  if (range) {
    const [min, max] = range;
    return { min, max, nice: false, ticks: [0, 1, 2, 3, 4].map((step) => Math.round(min + ((max - min) * step) / 4)) };
  }
  const highest = Math.max(0, ...points.map((p) => p.value));
  return { min: 0, max: highest > 0 ? highest : 1, nice: true, tickCount: 4 };
}

export function lineText(title: string, valueName: string, points: readonly MonthValue[]): ChartText {
  return {
    title,
    columns: ['月份', valueName],
    rows: lineData(points).map((p) => [monthInWords(p.month), `${p.value}`]),
  };
}
