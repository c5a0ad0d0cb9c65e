import type { ChartText } from './chart-text';

/** One side of a radar: what it measures, the points reached and the most it can give. */
export interface RadarDimension {
  label: string;
  points: number;
  maxPoints: number;
}

/** What the radar draws for a dimension: its share of that dimension's maximum, 0 to 1. */
export interface RadarDatum {
  label: string;
  share: number;
}

/**
 * Each dimension against its own maximum, so dimensions of different weights (120 points for one,
 * 60 for another) are drawn on the same scale: a full dimension reaches the rim.
 */
export function radarData(dimensions: readonly RadarDimension[]): RadarDatum[] {
  return dimensions.map(({ label, points, maxPoints }) => ({
    label,
    share: maxPoints > 0 ? Math.min(1, Math.max(0, points / maxPoints)) : 0,
  }));
}

export function radarText(title: string, dimensions: readonly RadarDimension[]): ChartText {
  return {
    title,
    columns: ['方面', '得分', '满分'],
    rows: dimensions.map(({ label, points, maxPoints }) => [label, `${points}`, `${maxPoints}`]),
  };
}

/**
 * A side's label as drawn, broken into lines: F2 keeps the widest label's room on both sides of
 * the radar, so a long label shrinks the whole radar. Four characters a line (用户活跃 / 程度), and
 * in elder mode, at 18 px, two (用户 / 活跃 / 程度): these labels are words of two characters.
 */
export function radarLabel(label: string, elder: boolean): string {
  const perLine = elder ? 2 : 4;
  const lines: string[] = [];
  for (let start = 0; start < label.length; start += perLine) lines.push(label.slice(start, start + perLine));
  return lines.join('\n');
}
