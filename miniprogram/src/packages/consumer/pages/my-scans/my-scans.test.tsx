import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { takePendingScan } from '@/pages/scan/open-scan';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import HomePage from '@/pages/home';
import MyScansPage from './index';

const scan = (id: string, recalled: boolean, place: string | null, scans = 1) => ({
  id,
  scans,
  lastScannedAt: '2026-11-22T01:05:00.000Z',
  lastPlace: place,
  serial: '00000007',
  link: `http://x/01/06901234567892/10/L2026112${id}/21/00000007`,
  recalled,
  batch: { id: '7', lot: `L2026112${id}`, product: { id: '3', name: '戴村土鸡蛋' } },
});

describe('我的扫码', () => {
  beforeEach(() => signInAs('李明', ['CONSUMER'], '6'));

  it('lists each code once with product, lot, how often and when last, marks a recalled batch in red, and pages on', async () => {
    stubGraphQL({
      MyScans: (v) =>
        v.after
          ? { data: { myScans: { items: [scan('2', false, null)], nextCursor: null } } }
          : { data: { myScans: { items: [scan('1', true, '杭州市萧山区', 3)], nextCursor: 'c1' } } },
    });
    render(<MyScansPage />);
    const first = await screen.findByTestId('my-scan');
    expect(first.textContent).toContain('戴村土鸡蛋');
    expect(first.textContent).toContain('批号 L20261121 · 序号 00000007');
    expect(first.textContent).toContain('扫过 3 次，最近 11月22日 09:05 · 杭州市萧山区');
    expect(screen.getByTestId('my-scan-recalled').textContent).toBe('已召回');
    // Read out as it shows: the name of the row is its text, recall and all.
    expect(screen.getAllByRole('button', { name: /^戴村土鸡蛋\s*已召回/ })).toHaveLength(1);

    fireEvent.click(screen.getByTestId('scans-more'));
    await waitFor(() => expect(screen.getAllByTestId('my-scan')).toHaveLength(2));
    expect(variablesOf('MyScans', vi.mocked(Taro.request).mock.calls).at(-1)).toMatchObject({ after: 'c1' });
    expect(screen.getAllByTestId('my-scan')[1].textContent).toContain('11月22日 09:05 · 未记录位置');
    expect(screen.getAllByTestId('my-scan')[1].textContent).not.toContain('扫过');
    expect(screen.getAllByTestId('my-scan-recalled')).toHaveLength(1);
  });

  it('re-opens the scan page on the code of a tapped line', async () => {
    stubGraphQL({ MyScans: () => ({ data: { myScans: { items: [scan('1', true, null)], nextCursor: null } } }) });
    render(<MyScansPage />);
    fireEvent.click(await screen.findByTestId('my-scan'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/scan/index' });
    expect(takePendingScan()).toEqual({ code: 'http://x/01/06901234567892/10/L20261121/21/00000007' });
  });

  it('says what to do when nothing was scanned yet', async () => {
    stubGraphQL({ MyScans: () => ({ data: { myScans: { items: [], nextCursor: null } } }) });
    render(<MyScansPage />);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('还没有扫过商品');
  });

  it('shows why the list could not load, and loads on retry', async () => {
    let online = false;
    stubGraphQL({
      MyScans: () =>
        online
          ? { data: { myScans: { items: [scan('1', false, null)], nextCursor: null } } }
          : { errors: [{ message: '服务器出错了，请稍后再试（编号 r1）', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
    render(<MyScansPage />);
    expect((await screen.findByTestId('error-retry')).textContent).toContain('服务器出错了');
    online = true;
    fireEvent.click(screen.getByTestId('retry-button'));
    expect(await screen.findByTestId('my-scan')).toBeTruthy();
  });

  it('is reached, like the messages, from the consumer home', async () => {
    stubGraphQL({
      HomeAccount: () => ({ data: { me: { id: '6', displayName: '李明', roles: ['CONSUMER'], village: null, household: null } } }),
    });
    render(<HomePage />);
    fireEvent.click(await screen.findByTestId('service-my-scans'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/consumer/pages/my-scans/index' });
    fireEvent.click(screen.getByTestId('service-notices'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/consumer/pages/notices/index' });
  });
});
