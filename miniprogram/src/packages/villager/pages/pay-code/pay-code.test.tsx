import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '@/device/session';
import { stubGraphQL } from '@/test/graphql-stub';
import { hidePage, showPage } from '@/test/taro-mock';
import PayCodePage from './index';

let issued = 0;
let online = true;
/** The code a shop has paid with, if any. */
let paidWith: string | null = null;

/** The BFF's myPaymentCode: a new code on every call, good for a minute from "now". */
function stubCodes() {
  stubGraphQL({
    MyPaymentCode: () => {
      if (!online) throw { errMsg: 'request:fail' };
      issued += 1;
      return {
        data: {
          myPointsBalance: 120,
          myPaymentCode: { code: `GFP1.code-${issued}.sig`, expiresAt: new Date(Date.now() + 60_000).toISOString() },
        },
      };
    },
    MyPaymentByCode: ({ code }) => ({
      data: {
        myPaymentByCode:
          code === paidWith ? { points: 12, createdAt: new Date().toISOString(), merchant: { displayName: '陈建国' } } : null,
        myPointsBalance: code === paidWith ? 108 : 120,
      },
    }),
  });
}

const shownCode = () => screen.getByTestId('payment-qr').getAttribute('data-code');
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('the payment code page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    issued = 0;
    online = true;
    paidWith = null;
    saveSession({
      token: 'tok',
      expiresAt: '2099-01-01T00:00:00.000Z',
      account: { id: '1', displayName: '王秀英', phone: null, roles: ['VILLAGER'] },
    });
    stubCodes();
  });
  afterEach(() => vi.useRealTimers());

  it('shows the code as a QR with a countdown, and replaces it 15 s before it expires', async () => {
    render(<PayCodePage />);
    await advance(0);
    expect(shownCode()).toBe('GFP1.code-1.sig');
    expect(screen.getByTestId('pay-code-countdown').textContent).toBe('45 秒后自动换新码');
    expect(screen.getByTestId('pay-code-balance').textContent).toBe('120');

    await advance(10_000);
    expect(screen.getByTestId('pay-code-countdown').textContent).toBe('35 秒后自动换新码');
    expect(issued).toBe(1);

    await advance(35_000);
    expect(issued).toBe(2);
    expect(shownCode()).toBe('GFP1.code-2.sig');

    await advance(45_000);
    expect(shownCode()).toBe('GFP1.code-3.sig');
  });

  it('says at once when a shop has taken the points, and shows a new code only when asked', async () => {
    render(<PayCodePage />);
    await advance(0);
    await advance(4_000);
    expect(screen.queryByTestId('pay-code-paid')).toBeNull();
    paidWith = 'GFP1.code-1.sig';
    await advance(2_000);
    expect(screen.getByTestId('pay-code-paid').textContent).toContain('陈建国 收了您 12 工分');
    expect(screen.getByTestId('pay-code-balance-after').textContent).toBe('108');
    await advance(60_000);
    expect(issued).toBe(1);
    fireEvent.click(screen.getByTestId('pay-code-again'));
    await advance(0);
    expect(shownCode()).toBe('GFP1.code-2.sig');
  });

  it('刷新 fetches a new code at once and restarts the countdown', async () => {
    render(<PayCodePage />);
    await advance(20_000);
    fireEvent.click(screen.getByTestId('pay-code-refresh'));
    await advance(0);
    expect(shownCode()).toBe('GFP1.code-2.sig');
    expect(screen.getByTestId('pay-code-countdown').textContent).toBe('45 秒后自动换新码');
  });

  it('stops asking while another page covers it, and fetches a fresh code when shown again', async () => {
    render(<PayCodePage />);
    await advance(0);
    act(() => hidePage());
    await advance(5 * 60_000);
    expect(issued).toBe(1);
    act(() => showPage());
    await advance(0);
    expect(issued).toBe(2);
    expect(shownCode()).toBe('GFP1.code-2.sig');
  });

  it('keeps the old code while a refresh fails, says so, retries, and greys it out once expired', async () => {
    render(<PayCodePage />);
    await advance(0);
    online = false;
    await advance(45_000);
    expect(shownCode()).toBe('GFP1.code-1.sig');
    expect(screen.getByText(/新码没取到/)).toBeTruthy();
    expect(screen.getByTestId('pay-code-countdown').textContent).toBe('这个码还能用 15 秒');

    await advance(20_000);
    expect(screen.getByTestId('payment-qr').className).toContain('qr--dimmed');
    expect(screen.getByTestId('pay-code-countdown').textContent).toBe('付款码已过期');

    online = true;
    await advance(10_000);
    expect(shownCode()).toBe('GFP1.code-2.sig');
    expect(screen.getByTestId('payment-qr').className).not.toContain('qr--dimmed');
  });

  it('offers a retry when the first code cannot be fetched', async () => {
    online = false;
    render(<PayCodePage />);
    await advance(0);
    expect(screen.getByText('网络不通，请检查网络后重试')).toBeTruthy();
    online = true;
    fireEvent.click(screen.getByTestId('retry-button'));
    await advance(0);
    expect(shownCode()).toBe('GFP1.code-1.sig');
    expect(Taro.request).toHaveBeenCalled();
  });

  it('shows the code text for typing only when asked', async () => {
    render(<PayCodePage />);
    await advance(0);
    expect(screen.queryByTestId('pay-code-text')).toBeNull();
    fireEvent.click(screen.getByTestId('pay-code-text-toggle'));
    expect(screen.getByTestId('pay-code-text').textContent).toBe('GFP1.code-1.sig');
  });
});
