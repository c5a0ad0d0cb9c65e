import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { TraceResult } from './TraceResult';

type RecallFixture = { id: string; recallClass: string; reason: string; status: string; openedAt: string; closedAt: string | null };

const certificate = {
  id: '1',
  kind: 'CERTIFICATE_OF_CONFORMITY',
  issuedBy: '萧山区戴村土鸡蛋专业合作社',
  issuedOn: '2026-11-20',
  passed: true,
  summary: '承诺达标',
  originCountry: null,
  entryPort: null,
  customsDeclarationNo: null,
};

const scanOf = (
  samplings: Array<{ passed: boolean; findings: string }>,
  recalls: RecallFixture[] = [],
  extra: Record<string, unknown> = {},
) => ({
  data: {
    scan: {
      __typename: 'TraceScan',
      link: 'https://x/01/06901234567892/10/L1',
      serial: null,
      serialIssued: false,
      counterfeitWarning: null,
      recalls,
      product: { gtin: '06901234567892', name: '戴村土鸡蛋' },
      batch: { lot: 'L1', productionDate: '2026-11-20', expiryDate: null, quantity: 10 },
      events: [],
      documents: [certificate],
      ...extra,
      samplings: samplings.map((s, i) => ({ id: String(i), agency: '检验院', sampledOn: '2026-11-01', reportNo: 'R1', ...s })),
    },
  },
});

describe('the scan result', () => {
  it('puts a failed official sample first, in its own alert', async () => {
    stubGraphQL({
      TraceScan: () =>
        scanOf([
          { passed: false, findings: '恩诺沙星超标' },
          { passed: true, findings: '合格' },
        ]),
    });
    render(<TraceResult code="(01)06901234567892(10)L1" />);
    const alert = await screen.findByTestId('scan-failed-sampling');
    expect(alert.textContent).toContain('官方抽检不合格');
    expect(alert.textContent).toContain('恩诺沙星超标');
  });

  it('shows no alert when every sample passed', async () => {
    stubGraphQL({ TraceScan: () => scanOf([{ passed: true, findings: '合格' }]) });
    render(<TraceResult code="(01)06901234567892(10)L1" />);
    await screen.findByTestId('scan-samplings');
    expect(screen.queryByTestId('scan-failed-sampling')).toBeNull();
  });

  it('puts a recall above everything, in red, with its class, reason and date; an ended one says 已结束', async () => {
    stubGraphQL({
      TraceScan: () =>
        scanOf(
          [{ passed: false, findings: '恩诺沙星超标' }],
          [
            {
              id: '2',
              recallClass: 'CLASS_I',
              reason: '恩诺沙星超标',
              status: 'OPEN',
              openedAt: '2026-11-22T02:00:00.000Z',
              closedAt: null,
            },
            {
              id: '1',
              recallClass: 'CLASS_III',
              reason: '标签错印',
              status: 'CLOSED',
              openedAt: '2026-10-01T02:00:00.000Z',
              closedAt: '2026-10-09T02:00:00.000Z',
            },
          ],
        ),
    });
    render(<TraceResult code="(01)06901234567892(10)L1" />);
    const banners = await screen.findAllByTestId('scan-recall');
    expect(banners).toHaveLength(2);
    expect(banners[0].textContent).toContain('一级召回：请勿食用');
    expect(banners[0].textContent).toContain('原因：恩诺沙星超标');
    expect(banners[0].textContent).toContain('11月22日发起');
    expect(banners[0].getAttribute('role')).toBe('alert');
    expect(banners[1].textContent).toContain('三级召回');
    expect(banners[1].textContent).toContain('已结束');
    expect(banners[1].textContent).toContain('10月9日结束');
    // The recall comes before the failed-sampling alert.
    const recalls = screen.getByTestId('scan-recalls');
    const failed = screen.getByTestId('scan-failed-sampling');
    expect(recalls.compareDocumentPosition(failed) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no recall banner for a batch never recalled', async () => {
    stubGraphQL({ TraceScan: () => scanOf([]) });
    render(<TraceResult code="(01)06901234567892(10)L1" />);
    await screen.findByTestId('scan-product');
    expect(screen.queryByTestId('scan-recalls')).toBeNull();
  });

  it('puts a counterfeit warning at the top, above the product and its chain', async () => {
    stubGraphQL({
      TraceScan: () => scanOf([], [], { serial: '99999998', counterfeitWarning: '该序号不是本批次签发的' }),
    });
    render(<TraceResult code="(01)06901234567892(10)L1(21)99999998" />);
    const warning = await screen.findByTestId('scan-counterfeit');
    expect(warning.textContent).toContain('可能是假冒商品');
    expect(warning.textContent).toContain('该序号不是本批次签发的');
    expect(warning.getAttribute('role')).toBe('alert');
    const product = screen.getByTestId('scan-product');
    expect(warning.compareDocumentPosition(product) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no green 合格 certificate beside a recall', async () => {
    const recall = {
      id: '2',
      recallClass: 'CLASS_I',
      reason: '恩诺沙星超标',
      status: 'OPEN',
      openedAt: '2026-11-22T02:00:00.000Z',
      closedAt: null,
    };
    stubGraphQL({ TraceScan: () => scanOf([{ passed: true, findings: '合格' }], [recall]) });
    render(<TraceResult code="(01)06901234567892(10)L1" />);
    const document = await screen.findByTestId('scan-document');
    expect(document.textContent).toContain('当时合格，现已召回');
    expect(screen.queryAllByText('合格').filter((el) => el.className === 'history__pass')).toEqual([]);
  });
});
