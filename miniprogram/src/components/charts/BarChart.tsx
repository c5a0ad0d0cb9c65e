import { useMemo } from 'react';
import { useElderMode } from '@/device/elder-mode';
import { barText, type BarDatum, type BarFormat } from './bar';
import { barChart } from './bar.f2';
import { chartLook } from './chart-look';
import { ChartFrame } from './ChartFrame';

interface BarChartProps {
  /** What the bars show, e.g. "本村信用等级分布". */
  title: string;
  /** The text equivalent's column heads: what a bar is, and its figure, e.g. ["等级", "人数"]. */
  columns: readonly [string, string];
  /** In the order they are drawn, left to right (grades from AAA down, months from the oldest). */
  bars: readonly BarDatum[];
  /** A figure in words, on its bar and in the text; counts by default, `percentText` for rates. */
  format?: BarFormat;
  testId?: string;
}

/** Figures side by side with each written on its bar, e.g. a grade distribution or the overdue rate by grade. */
export function BarChart({ title, columns, bars, format = String, testId = 'bar-chart' }: BarChartProps) {
  const elder = useElderMode();
  const chart = useMemo(() => barChart([...bars], format, chartLook(elder)), [bars, format, elder]);
  const text = useMemo(() => barText(title, columns, bars, format), [title, columns, bars, format]);
  return <ChartFrame chart={bars.length ? chart : null} height={elder ? 260 : 220} text={text} testId={testId} />;
}
