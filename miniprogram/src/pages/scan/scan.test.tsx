import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scanPlace } from '@/device/scan-place';
import { ROUTES, withParams } from '@/routes';
import { cameraSees } from '@/test/fake-camera';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { openScanOf } from './open-scan';
import ScanPage from './index';
import type * as CodeReaderModule from '@/components/camera-scanner/code-reader';

vi.mock('@/components/camera-scanner/code-reader', async (importOriginal) => ({
  ...(await importOriginal<typeof CodeReaderModule>()),
  loadCodeReader: vi.fn(),
}));

const eggs = {
  data: {
    scan: {
      __typename: 'TraceScan',
      link: 'https://x/01/06901234567892/10/L20261120/21/00000007',
      serial: '00000007',
      serialIssued: true,
      counterfeitWarning: null,
      recalls: [],
      product: { gtin: '06901234567892', name: '戴村土鸡蛋' },
      batch: { lot: 'L20261120', productionDate: '2026-11-20', expiryDate: null, quantity: 10 },
      events: [],
      documents: [],
      samplings: [],
    },
  },
};

const scans = () => variablesOf('TraceScan', vi.mocked(Taro.request).mock.calls);

function typeCode(code: string) {
  fireEvent.change(screen.getByTestId('scan-code-input'), { target: { value: code } });
  fireEvent.click(screen.getByTestId('scan-submit'));
}

describe('扫一扫: the place sent with a scan', () => {
  beforeEach(() => {
    scanPlace.set(null);
    signInAs('李明', ['CONSUMER'], '6');
    stubGraphQL({ TraceScan: () => eggs });
  });

  it('is off by default: the scan goes without a place, and the page says so', async () => {
    render(<ScanPage />);
    expect(screen.getByTestId('place-state').textContent).toContain('未开启');
    typeCode('/01/06901234567892/10/L20261120/21/00000007');
    expect((await screen.findByTestId('scan-product')).textContent).toContain('L20261120');
    expect(scans()).toEqual([{ code: '/01/06901234567892/10/L20261120/21/00000007', regionCode: null, log: true }]);
  });

  it('is turned on once by picking a city (and county) from the list, explains itself, and goes with later scans as a code', async () => {
    render(<ScanPage />);
    fireEvent.click(screen.getByTestId('place-edit'));
    expect(screen.getByTestId('place-consent').textContent).toContain('不用定位');
    expect(screen.getByTestId('place-consent').textContent).toContain('假冒');
    // Nothing to type: only the list's cities and districts can be chosen.
    expect(within(screen.getByTestId('place-consent')).queryByRole('textbox')).toBeNull();

    fireEvent.click(screen.getByTestId('place-save'));
    expect(screen.getByTestId('place-notice').textContent).toBe('请先点选您所在的市');

    fireEvent.click(screen.getByTestId('place-city-330100'));
    expect(screen.getByTestId('place-district').textContent).toContain('萧山区');
    fireEvent.click(screen.getByTestId('place-district-330109'));
    fireEvent.click(screen.getByTestId('place-save'));
    expect(screen.getByTestId('place-state').textContent).toContain('杭州市萧山区');
    expect(Taro.getStorageSync('gongfu.scanRegion')).toBe('330109');

    typeCode('(01)06901234567892(10)L20261120');
    await screen.findByTestId('scan-product');
    expect(scans().at(-1)).toEqual({ code: '(01)06901234567892(10)L20261120', regionCode: '330109', log: true });
  });

  it('may name only the city', async () => {
    render(<ScanPage />);
    fireEvent.click(screen.getByTestId('place-edit'));
    fireEvent.click(screen.getByTestId('place-city-331100'));
    fireEvent.click(screen.getByTestId('place-save'));
    expect(screen.getByTestId('place-state').textContent).toContain('“丽水市”');
    expect(Taro.getStorageSync('gongfu.scanRegion')).toBe('331100');
  });

  it('can be turned off again', async () => {
    scanPlace.set('331100');
    render(<ScanPage />);
    expect(screen.getByTestId('place-state').textContent).toContain('丽水市');
    fireEvent.click(screen.getByTestId('place-off'));
    expect(screen.getByTestId('place-state').textContent).toContain('未开启');
    expect(Taro.getStorageSync('gongfu.scanRegion')).toBeNull();
    typeCode('(01)06901234567892');
    await waitFor(() => expect(scans()).toHaveLength(1));
    expect(scans()[0].regionCode).toBeNull();
  });

  it('re-opens an old scan from another page as a look, not a scan: no place, not logged', async () => {
    scanPlace.set('330100');
    openScanOf('https://x/01/06901234567892/10/L20261120/21/00000007');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/scan/index' });
    render(<ScanPage />);
    await screen.findByTestId('scan-product');
    expect(scans()).toEqual([{ code: 'https://x/01/06901234567892/10/L20261120/21/00000007', regionCode: null, log: false }]);
  });
});

describe('扫一扫 with the browser’s camera', () => {
  beforeEach(() => {
    scanPlace.set('330109');
    stubGraphQL({ TraceScan: () => eggs });
  });

  function scanWithCamera() {
    fireEvent.click(screen.getByTestId('camera-scanner-open'));
  }

  it('opens the product from a GS1 DataMatrix, its data sent as read, group separator and all, as a logged scan', async () => {
    signInAs('李明', ['CONSUMER'], '6');
    const raw = '010690123456789210L20261120\u001d2100000007';
    cameraSees(raw);
    render(<ScanPage />);
    scanWithCamera();
    await screen.findByTestId('scan-product');
    expect(scans()).toEqual([{ code: raw, regionCode: '330109', log: true }]);
    expect(screen.getByTestId('camera-scanner').getAttribute('data-step')).toBe('read');
  });

  it('takes a shop to 收工分 with the villager’s pay code it read', async () => {
    signInAs('陈建国', ['MERCHANT', 'VILLAGER'], '3');
    cameraSees('GFP1.1.1.1767225600.nonce.sig');
    render(<ScanPage />);
    scanWithCamera();
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: withParams(ROUTES.merchantTakePoints, { code: 'GFP1.1.1.1767225600.nonce.sig' }),
      }),
    );
    expect(scans()).toEqual([]);
  });

  it('tells a consumer who scans a pay code that it is for the village shops', async () => {
    signInAs('李明', ['CONSUMER'], '6');
    cameraSees('GFP1.1.1.1767225600.nonce.sig');
    render(<ScanPage />);
    scanWithCamera();
    expect((await screen.findByTestId('scan-explanation')).textContent).toContain('商家');
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });
});
