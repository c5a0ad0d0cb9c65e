import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TraceDocuments, TraceSamplings, TraceTimeline } from './TraceHistory';

const event = {
  id: '1',
  bizStep: 'PROCESSING' as const,
  eventTime: '2026-11-21T02:00:00.000Z',
  timeZoneOffset: '+08:00',
  place: '加工坊',
  quantity: 40,
  temperatureCelsius: null,
  note: '蒸 20 分钟',
  recorder: { displayName: '陈建国' },
  counterparty: null,
  inputs: [{ lot: 'L1', product: { name: '土鸡蛋' } }],
};

describe('a batch history', () => {
  it('says each step in words, at its local time, with its ingredients', () => {
    render(<TraceTimeline events={[event]} />);
    const line = screen.getByTestId('trace-event');
    expect(line.getAttribute('data-step')).toBe('PROCESSING');
    expect(line.textContent).toContain('加工 · 2026-11-21 10:00');
    expect(line.textContent).toContain('原料：土鸡蛋（L1）');
    expect(line.textContent).toContain('备注：蒸 20 分钟');
  });

  it('says when there is nothing yet, or stays away', () => {
    const { container } = render(<TraceTimeline events={[]} />);
    expect(container.textContent).toBe('');
    render(<TraceDocuments documents={[]} emptyText="还没有上传证明文件。" />);
    expect(screen.getByText('还没有上传证明文件。')).toBeTruthy();
  });

  it('keeps a page’s own test ids and colours a failed result', () => {
    render(
      <TraceSamplings
        testIdPrefix="scan"
        samplings={[{ id: '1', passed: false, agency: '县检验所', sampledOn: '2026-11-22', reportNo: 'R9', findings: '恩诺沙星超标' }]}
      />,
    );
    expect(screen.getByTestId('scan-samplings')).toBeTruthy();
    expect(screen.getByText('不合格').className).toBe('history__fail');
  });
});
