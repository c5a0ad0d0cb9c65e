/** @jsxImportSource @antv/f2 */
// F2's own JSX (its components are not React's); the React side is RadarChart.tsx.
import { Area, Axis, Chart, Line, Point } from '@antv/f2';
import { LEFT_OUT, axisLabelStyle, type ChartLook } from './chart-look';
import { radarLabel, type RadarDatum } from './radar';

/** The radar as F2 draws it: every side from the centre (0) to the rim (its dimension's maximum). */
export function radarChart(data: RadarDatum[], look: ChartLook) {
  return (
    <Chart
      data={data}
      coord="polar"
      scale={{ share: { min: 0, max: 1, nice: false, tickCount: 5 } }}
      // F2 keeps the labels' room on every side; its own padding on top of that would only shrink the radar.
      style={{ padding: [4, 4, 4, 4] }}
    >
      <Axis
        field="label"
        grid="line"
        formatter={(label: string) => radarLabel(label, look.elder)}
        style={{ label: axisLabelStyle(look), labelOffset: 8, grid: { stroke: look.gridColor, lineDash: [1, 0] } }}
      />
      <Axis field="share" grid="line" style={{ label: LEFT_OUT, grid: { stroke: look.gridColor, lineDash: [1, 0] } }} />
      <Area x="label" y="share" color={look.markColor} style={{ fillOpacity: look.areaOpacity }} />
      <Line x="label" y="share" color={look.markColor} style={{ lineWidth: look.lineWidth }} />
      <Point x="label" y="share" color={look.markColor} style={{ r: look.pointRadius }} />
    </Chart>
  );
}
