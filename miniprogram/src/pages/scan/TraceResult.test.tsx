import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { TraceResult } from './TraceResult';

const scanOf = (samplings: Array<{ passed: boolean; findings: string }>) => ({
  data: {
    scan: {
      __typename: 'TraceScan',
      link: 'https://x/01/06901234567892/10/L1',
      serial: null,
      serialIssued: false,
      counterfeitWarning: null,
      product: { gtin: '06901234567892', name: '戴村土鸡蛋' },
      batch: { lot: 'L1', productionDate: '2026-11-20', expiryDate: null, quantity: 10 },
      events: [],
      documents: [],
      samplings: samplings.map((s, i) => ({ id: String(i), agency: '检验院', sampledOn: '2026-11-01', reportNo: 'R1', ...s })),
    },
  },
});

describe('the scan result', () => {
  it('puts a failed official sample first, in its own alert', async () => {
    stubGraphQL({ TraceScan: () => scanOf([{ passed: false, findings: '恩诺沙星超标' }, { passed: true, findings: '合格' }]) });
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
});
