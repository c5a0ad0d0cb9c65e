/** @jsxImportSource @antv/f2 */
// F2's own JSX (its components are not React's); the React side is LineChart.tsx.
import { Axis, Chart, Line, Point } from '@antv/f2';
import { LEFT_OUT, axisLabelStyle, type ChartLook } from './chart-look';
import type { LineScale, MonthValue } from './line';
import { monthTick } from './months';

/** A figure over months, oldest on the left; month labels that would touch are left out. */
export function lineChart(data: MonthValue[], scale: LineScale, look: ChartLook) {
  return (
    <Chart data={data} scale={{ month: { type: 'cat' }, value: scale }}>
      <Axis
        field="month"
        formatter={monthTick}
        labelAutoHide
        style={{ label: axisLabelStyle(look), line: { stroke: look.gridColor }, grid: LEFT_OUT }}
      />
      <Axis
        field="value"
        formatter={(value: number) => `${Math.round(value)}`}
        style={{ label: axisLabelStyle(look), grid: { stroke: look.gridColor } }}
      />
      <Line x="month" y="value" color={look.markColor} style={{ lineWidth: look.lineWidth }} />
      <Point x="month" y="value" color={look.markColor} style={{ r: look.pointRadius }} />
    </Chart>
  );
}
