import { useMemo } from 'react';
import { useElderMode } from '@/device/elder-mode';
import { chartLook } from './chart-look';
import { ChartFrame } from './ChartFrame';
import { lineData, lineScale, lineText, type MonthValue } from './line';
import { lineChart } from './line.f2';

interface LineChartProps {
  /** What the line shows, e.g. "近一年的信用分". */
  title: string;
  /** The figure's name in the text equivalent's column head, e.g. "信用分". */
  valueName: string;
  /** One figure a month (myCredit's `history` as `{ month, value: score }`), in any order. */
  points: readonly MonthValue[];
  /** The published range of the figure, e.g. a score's 350–950; else from 0 to the highest. */
  range?: readonly [number, number];
  testId?: string;
}

/** A figure over months, e.g. a villager's score history. */
export function LineChart({ title, valueName, points, range, testId = 'line-chart' }: LineChartProps) {
  const elder = useElderMode();
  const chart = useMemo(() => lineChart(lineData(points), lineScale(points, range), chartLook(elder)), [points, range, elder]);
  const text = useMemo(() => lineText(title, valueName, points), [title, valueName, points]);
  return <ChartFrame chart={points.length ? chart : null} height={elder ? 280 : 240} text={text} testId={testId} />;
}
