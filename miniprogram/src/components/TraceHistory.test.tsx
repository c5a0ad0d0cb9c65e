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
  recorder: { name: '萧山区戴村土鸡蛋专业合作社' },
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
    expect(line.textContent).toContain('记录：萧山区戴村土鸡蛋专业合作社');
  });

  it("says on one item's scan which commissioning issued it, and of another only that it was the batch's", () => {
    const issue = (id: string, first: string, last: string, quantity: number) => ({
      ...event,
      id,
      bizStep: 'COMMISSIONING' as const,
      quantity,
      note: '',
      inputs: [],
      serials: { first, last },
    });
    const issues = [issue('1', '00000001', '00000100', 100), issue('2', '00000101', '00000120', 20)];
    render(<TraceTimeline events={issues} serial="00000007" testIdPrefix="scan" />);
    const [own, other] = screen.getAllByTestId('scan-event');
    expect(own.textContent).toContain('本品（序号 00000007）在这次赋码的 00000001–00000100 之中');
    expect(other.textContent).toContain('为本批次的另外 20\u00a0件赋码，不含本品');
    expect(other.textContent).not.toContain('00000101');
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

  it('shows no green pass beside a recall: a pass is history once the batch is recalled', () => {
    const certificate = {
      id: '1',
      kind: 'CERTIFICATE_OF_CONFORMITY' as const,
      issuedBy: '萧山区戴村土鸡蛋专业合作社',
      issuedOn: '2026-11-20',
      passed: true,
      summary: '承诺达标',
      originCountry: null,
      entryPort: null,
      customsDeclarationNo: null,
    };
    const { unmount } = render(<TraceDocuments documents={[certificate]} />);
    expect(screen.getByText('合格').className).toBe('history__pass');
    unmount();
    render(<TraceDocuments documents={[certificate]} recalled testIdPrefix="scan" />);
    expect(screen.queryByText('合格')).toBeNull();
    expect(screen.getByTestId('scan-overruled').textContent).toBe('当时合格，现已召回');
    expect(screen.getByTestId('scan-overruled').className).not.toContain('history__pass');
  });
});
