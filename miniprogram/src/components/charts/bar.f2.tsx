/** @jsxImportSource @antv/f2 */
// F2's own JSX (its components are not React's); the React side is BarChart.tsx.
import { Axis, Chart, Interval, TextGuide } from '@antv/f2';
import { barScaleMax, type BarDatum, type BarFormat } from './bar';
import { LEFT_OUT, axisLabelStyle, type ChartLook } from './chart-look';

/**
 * Bars with their figure written on top, and no value axis: a reader takes the number from the bar
 * rather than from a scale beside it.
 */
export function barChart(data: BarDatum[], format: BarFormat, look: ChartLook) {
  return (
    <Chart
      data={data}
      scale={{ value: { min: 0, max: barScaleMax(data), nice: false } }}
      // Room above the tallest bar for its figure.
      style={{ padding: [look.fontSize + 16, 12, 12, 12] }}
    >
      <Axis field="label" style={{ label: axisLabelStyle(look), line: { stroke: look.gridColor }, grid: LEFT_OUT }} />
      <Axis field="value" visible={false} />
      <Interval x="label" y="value" color={look.markColor} />
      {data.map((bar) => (
        <TextGuide
          key={bar.label}
          records={[bar]}
          content={format(bar.value)}
          offsetY={-4}
          style={{ ...axisLabelStyle(look), fill: look.textColor, textAlign: 'center', textBaseline: 'bottom' }}
        />
      ))}
    </Chart>
  );
}
