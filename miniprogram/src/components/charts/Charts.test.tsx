import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { elderMode } from '@/device/elder-mode';
import { percentText } from './bar';
import { BarChart } from './BarChart';
import { LineChart } from './LineChart';
import { RadarChart } from './RadarChart';

const DIMENSIONS = [
  { label: '用户活跃程度', points: 86, maxPoints: 120 },
  { label: '履约能力', points: 110, maxPoints: 120 },
  { label: '身份特质', points: 40, maxPoints: 80 },
  { label: '行为偏好', points: 55, maxPoints: 80 },
  { label: '社会评价', points: 70, maxPoints: 100 },
];

beforeEach(() => {
  // happy-dom has no 2D context: the canvas stays blank and says so, the text is what is tested here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  elderMode.set(false);
});

/** The table a screen reader reads in the chart's place, as rows of cells. */
function tableOf(testId: string): string[][] {
  const table = screen.getByTestId(`${testId}-text`);
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent ?? ''));
}

describe('a chart for those who cannot see it', () => {
  it('the radar puts every dimension, its points and its maximum in a captioned table, and hides the canvas', () => {
    render(<RadarChart title="信用分的五个方面" dimensions={DIMENSIONS} />);
    expect(screen.getByRole('table', { name: '信用分的五个方面' })).toBeTruthy();
    expect(tableOf('radar-chart')).toEqual([
      ['方面', '得分', '满分'],
      ['用户活跃程度', '86', '120'],
      ['履约能力', '110', '120'],
      ['身份特质', '40', '80'],
      ['行为偏好', '55', '80'],
      ['社会评价', '70', '100'],
    ]);
    expect(screen.getByTestId('radar-chart-canvas').getAttribute('aria-hidden')).toBe('true');
  });

  it('the line says each month in full, oldest first', () => {
    render(
      <LineChart
        title="近三个月的信用分"
        valueName="信用分"
        range={[350, 950]}
        points={[
          { month: '2026-11', value: 702 },
          { month: '2026-09', value: 688 },
          { month: '2026-10', value: 695 },
        ]}
      />,
    );
    expect(tableOf('line-chart')).toEqual([
      ['月份', '信用分'],
      ['2026年9月', '688'],
      ['2026年10月', '695'],
      ['2026年11月', '702'],
    ]);
  });

  it('the bars say each figure as it is written on its bar', () => {
    render(
      <BarChart
        title="各等级逾期率"
        columns={['等级', '逾期率']}
        bars={[
          { label: 'AAA', value: 0.004 },
          { label: 'B', value: 0.061 },
        ]}
        format={percentText}
      />,
    );
    expect(tableOf('bar-chart')).toEqual([
      ['等级', '逾期率'],
      ['AAA', '0.4%'],
      ['B', '6.1%'],
    ]);
  });

  it('with nothing to draw, says so in words instead of an empty canvas', () => {
    render(<BarChart title="本村信用等级分布" columns={['等级', '人数']} bars={[]} />);
    expect(screen.getByTestId('bar-chart').textContent).toBe('还没有可以画的数字。');
    expect(screen.queryByTestId('bar-chart-canvas')).toBeNull();
  });

  it('is drawn taller in elder mode, for its larger words', () => {
    const { unmount } = render(<RadarChart title="信用分的五个方面" dimensions={DIMENSIONS} />);
    const normal = parseFloat(screen.getByTestId('radar-chart-canvas').style.height);
    unmount();
    elderMode.set(true);
    render(<RadarChart title="信用分的五个方面" dimensions={DIMENSIONS} />);
    expect(parseFloat(screen.getByTestId('radar-chart-canvas').style.height)).toBeGreaterThan(normal);
  });
});
