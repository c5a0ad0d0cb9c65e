import { describe, expect, it } from 'vitest';
import { textDrawnBy } from '@/test/recording-canvas';
import { percentText } from './bar';
import { barChart } from './bar.f2';
import { chartLook } from './chart-look';
import { lineChart } from './line.f2';
import { lineScale } from './line';
import { radarData } from './radar';
import { radarChart } from './radar.f2';

const DIMENSIONS = radarData([
  { label: '用户活跃程度', points: 90, maxPoints: 120 },
  { label: '履约能力', points: 100, maxPoints: 120 },
  { label: '身份特质', points: 30, maxPoints: 60 },
  { label: '行为偏好', points: 50, maxPoints: 80 },
  { label: '社会评价', points: 60, maxPoints: 100 },
]);
const HISTORY = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].map((month, i) => ({ month, value: 640 + i * 10 }));
const OVERDUE = [
  { label: 'AAA', value: 0.004 },
  { label: 'A', value: 0.023 },
  { label: 'C', value: 0.142 },
];

/**
 * The charts drawn through F2 on a bare context, as in WeChat: every word on the canvas is at the
 * page's small type (14 px), and at 18 px or more in elder mode, which the page's stylesheet cannot
 * reach.
 */
describe.each([
  { mode: 'normal', elder: false, fontPx: 14 },
  { mode: 'elder', elder: true, fontPx: 18 },
])('words on the canvas in $mode mode', ({ elder, fontPx }) => {
  const look = chartLook(elder);

  it('the radar names every dimension', async () => {
    const drawn = await textDrawnBy(radarChart(DIMENSIONS, look));
    expect(drawn.map((d) => d.text).join('')).toBe('用户活跃程度履约能力身份特质行为偏好社会评价');
    expect(drawn.every((d) => d.fontPx === fontPx)).toBe(true);
  });

  it('the line has its months under it and its range beside it', async () => {
    const drawn = await textDrawnBy(lineChart(HISTORY, lineScale(HISTORY, [350, 950]), look));
    const texts = drawn.map((d) => d.text);
    expect(texts).toEqual(expect.arrayContaining(['350', '950']));
    expect(texts.filter((t) => t.endsWith('月')).length).toBeGreaterThanOrEqual(2);
    expect(drawn.every((d) => d.fontPx === fontPx)).toBe(true);
  });

  it('each bar has its name under it and its figure on it', async () => {
    const drawn = await textDrawnBy(barChart(OVERDUE, percentText, look));
    expect(drawn.map((d) => d.text).sort()).toEqual(['0.4%', '14.2%', '2.3%', 'A', 'AAA', 'C']);
    expect(drawn.every((d) => d.fontPx === fontPx)).toBe(true);
  });
});
