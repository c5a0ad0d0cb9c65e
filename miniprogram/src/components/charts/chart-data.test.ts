import { describe, expect, it } from 'vitest';
import { barScaleMax, barText, percentText } from './bar';
import { rowSentence } from './chart-text';
import { lineData, lineScale, lineText } from './line';
import { monthInWords, monthTick } from './months';
import { radarData, radarLabel, radarText } from './radar';

const CREDIT_DIMENSIONS = [
  { label: '用户活跃程度', points: 90, maxPoints: 120 },
  { label: '履约能力', points: 120, maxPoints: 120 },
  { label: '身份特质', points: 30, maxPoints: 60 },
  { label: '行为偏好', points: 0, maxPoints: 80 },
  { label: '社会评价', points: 20, maxPoints: 100 },
];

describe('radar', () => {
  it('draws each dimension against its own maximum, so dimensions of different weights share one scale', () => {
    expect(radarData(CREDIT_DIMENSIONS)).toEqual([
      { label: '用户活跃程度', share: 0.75 },
      { label: '履约能力', share: 1 },
      { label: '身份特质', share: 0.5 },
      { label: '行为偏好', share: 0 },
      { label: '社会评价', share: 0.2 },
    ]);
  });

  it('keeps every point between the centre and the rim, and a dimension without a maximum at the centre', () => {
    const shares = radarData([
      { label: '多出', points: 130, maxPoints: 120 },
      { label: '倒扣', points: -5, maxPoints: 60 },
      { label: '无满分', points: 10, maxPoints: 0 },
    ]).map((d) => d.share);
    expect(shares).toEqual([1, 0, 0]);
  });

  it('says every dimension with its points and its maximum', () => {
    expect(radarText('信用分的五个方面', CREDIT_DIMENSIONS)).toEqual({
      title: '信用分的五个方面',
      columns: ['方面', '得分', '满分'],
      rows: [
        ['用户活跃程度', '90', '120'],
        ['履约能力', '120', '120'],
        ['身份特质', '30', '60'],
        ['行为偏好', '0', '80'],
        ['社会评价', '20', '100'],
      ],
    });
  });

  it('breaks a long label into lines of four characters, and of two in elder mode', () => {
    expect(radarLabel('用户活跃程度', false)).toBe('用户活跃\n程度');
    expect(radarLabel('履约能力', false)).toBe('履约能力');
    expect(radarLabel('用户活跃程度', true)).toBe('用户\n活跃\n程度');
    expect(radarLabel('社会评价', true)).toBe('社会\n评价');
  });
});

describe('line over months', () => {
  const history = [
    { month: '2026-11', value: 720 },
    { month: '2025-12', value: 650 },
    { month: '2026-01', value: 668 },
  ];

  it('runs from the oldest month to the latest', () => {
    expect(lineData(history).map((p) => p.month)).toEqual(['2025-12', '2026-01', '2026-11']);
  });

  it('names a month by its number under the line and in full in the text', () => {
    expect(monthTick('2026-06')).toBe('6月');
    expect(monthTick('2026-12')).toBe('12月');
    expect(monthInWords('2026-06')).toBe('2026年6月');
  });

  it('shows a published range end to end in four equal steps', () => {
    expect(lineScale(history, [350, 950])).toEqual({ min: 350, max: 950, nice: false, ticks: [350, 500, 650, 800, 950] });
  });

  it('without a range runs from 0 to the highest figure, and to 1 when every figure is 0', () => {
    expect(lineScale(history)).toMatchObject({ min: 0, max: 720, nice: true });
    expect(lineScale([{ month: '2026-01', value: 0 }])).toMatchObject({ min: 0, max: 1 });
  });

  it('says each month in order with its figure', () => {
    expect(lineText('近一年的信用分', '信用分', history)).toEqual({
      title: '近一年的信用分',
      columns: ['月份', '信用分'],
      rows: [
        ['2025年12月', '650'],
        ['2026年1月', '668'],
        ['2026年11月', '720'],
      ],
    });
  });
});

describe('bars', () => {
  it('says a bar by its full label where it has one', () => {
    const months = [
      { label: '5月', fullLabel: '2026年5月', value: 12 },
      { label: '6月', fullLabel: '2026年6月', value: 3 },
    ];
    expect(barText('每月完成的活动', ['月份', '人次'], months, String).rows).toEqual([
      ['2026年5月', '12'],
      ['2026年6月', '3'],
    ]);
  });

  const overdueByGrade = [
    { label: 'AAA', value: 0 },
    { label: 'AA', value: 0.0049 },
    { label: 'A', value: 0.0321 },
    { label: 'B', value: 0.125 },
  ];

  it('writes a rate as a percentage with one decimal', () => {
    expect(overdueByGrade.map((b) => percentText(b.value))).toEqual(['0.0%', '0.5%', '3.2%', '12.5%']);
  });

  it('tops the scale at the highest bar, and at 1 when every bar is 0', () => {
    expect(
      barScaleMax([
        { label: 'A', value: 3 },
        { label: 'B', value: 9 },
      ]),
    ).toBe(9);
    expect(barScaleMax([{ label: 'A', value: 0 }])).toBe(1);
  });

  it('says each bar in the order drawn, its figure as written on it', () => {
    expect(barText('各等级逾期率', ['等级', '逾期率'], overdueByGrade, percentText).rows).toEqual([
      ['AAA', '0.0%'],
      ['AA', '0.5%'],
      ['A', '3.2%'],
      ['B', '12.5%'],
    ]);
  });
});

it('puts a row in one sentence for WeChat, each figure after its column head', () => {
  expect(rowSentence(['方面', '得分', '满分'], ['履约能力', '86', '120'])).toBe('履约能力：得分 86，满分 120');
});
