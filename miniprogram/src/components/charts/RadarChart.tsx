import { useMemo } from 'react';
import { useElderMode } from '@/device/elder-mode';
import { chartLook } from './chart-look';
import { ChartFrame } from './ChartFrame';
import { radarData, radarText, type RadarDimension } from './radar';
import { radarChart } from './radar.f2';

interface RadarChartProps {
  /** What the radar shows, said before its figures to a screen reader, e.g. "信用分的五个方面". */
  title: string;
  /** Each side: a label, the points reached and the most it can give (myCredit's `dimensions`). */
  dimensions: readonly RadarDimension[];
  testId?: string;
}

/** Points against each dimension's maximum, e.g. the five dimensions of a villager's credit score. */
export function RadarChart({ title, dimensions, testId = 'radar-chart' }: RadarChartProps) {
  const elder = useElderMode();
  const chart = useMemo(() => radarChart(radarData(dimensions), chartLook(elder)), [dimensions, elder]);
  const text = useMemo(() => radarText(title, dimensions), [title, dimensions]);
  return <ChartFrame chart={dimensions.length ? chart : null} height={elder ? 340 : 260} text={text} testId={testId} />;
}
