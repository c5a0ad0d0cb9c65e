import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { TraceResult } from './TraceResult';

describe('complaining from a scan', () => {
  it('opens the complaint form with the scanned code', async () => {
    stubGraphQL({
      TraceScan: () => ({
        data: {
          scan: {
            __typename: 'TraceScan',
            link: 'https://x/01/06901234567892/10/L1',
            serial: null,
            serialIssued: false,
            counterfeitWarning: null,
            recalls: [],
            product: { gtin: '06901234567892', name: '戴村土鸡蛋' },
            batch: { lot: 'L1', productionDate: '2026-11-20', expiryDate: null, quantity: 10 },
            events: [],
            documents: [],
            samplings: [],
          },
        },
      }),
    });
    render(<TraceResult code="(01)06901234567892(10)L1" />);
    fireEvent.click(await screen.findByTestId('scan-complain'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/consumer/pages/file-complaint/index?traceCode=${encodeURIComponent('(01)06901234567892(10)L1')}`,
    });
  });

  it('offers no complaint for a code that names nothing', async () => {
    stubGraphQL({
      TraceScan: () => ({ data: { scan: { __typename: 'InvalidTraceCode', errorCode: 'UNKNOWN_GTIN', message: '查不到这个商品' } } }),
    });
    render(<TraceResult code="123" />);
    await screen.findByTestId('scan-problem');
    expect(screen.queryByTestId('scan-complain')).toBeNull();
  });
});
