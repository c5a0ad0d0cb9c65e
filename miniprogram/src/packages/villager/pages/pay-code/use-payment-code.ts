import { useDidHide, useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MyPaymentByCodeDocument, MyPaymentCodeDocument } from './pay-code.generated';
import { request } from '@/api/client';
import { toApiError, type ApiError } from '@/api/api-error';
import { codeTiming, secondsLeft, secondsToRefresh, type CodeTiming } from '@/domain/payment-code-timing';
import { usePageAccess } from '@/hooks/use-page-access';

/** After a failed fetch, try again this much later (the 刷新 button can do it sooner). */
export const RETRY_AFTER_FAILURE_MS = 10_000;

/** How often the screen asks whether the shop has taken the points yet. */
export const PAID_POLL_MS = 2_000;

/** A payment made with the code on screen: what the villager is told at once. */
export interface PaidWithCode {
  points: number;
  shopName: string;
  /** The villager's points once it was paid. */
  balance: number;
}

interface LoadedCode {
  code: string;
  balance: number;
  timing: CodeTiming;
}

/**
 * The villager's payment code, kept fresh while the page is in view: fetched on open, replaced
 * before it expires, with a second-by-second countdown. Hidden (another page on top, the app in
 * the background), it stops asking the BFF; shown again, it fetches at once if the code is stale.
 * While a code is shown it asks every two seconds whether a shop has paid with it; once one has,
 * the payment is shown and no new code is fetched until the villager asks for one.
 */
export function usePaymentCode() {
  // Only for someone who may use the page (PageShell shows the others why not): no code is fetched otherwise.
  const allowed = usePageAccess().kind === 'open';
  const [active, setActive] = useState(allowed);
  const [loaded, setLoaded] = useState<LoadedCode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [paid, setPaid] = useState<PaidWithCode | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const inFlight = useRef(false);

  useDidShow(() => setActive(allowed));
  useDidHide(() => setActive(false));

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setRefreshing(true);
    try {
      const data = await request(MyPaymentCodeDocument);
      const receivedAt = Date.now();
      setLoaded({
        code: data.myPaymentCode.code,
        balance: data.myPointsBalance,
        timing: codeTiming(data.myPaymentCode.expiresAt, receivedAt),
      });
      setError(null);
      setNow(receivedAt);
    } catch (failure) {
      setError(toApiError(failure));
      setNow(Date.now());
    } finally {
      inFlight.current = false;
      setRefreshing(false);
    }
  }, []);

  // The next fetch: now for the first code, at the refresh time for the next, soon after a failure.
  useEffect(() => {
    if (!active || paid) return;
    const delay = error ? RETRY_AFTER_FAILURE_MS : loaded ? Math.max(0, loaded.timing.refreshAt - Date.now()) : 0;
    const timer = setTimeout(() => void refresh(), delay);
    return () => clearTimeout(timer);
  }, [active, loaded, error, refresh, paid]);

  // Has a shop taken the points with the code on screen?
  useEffect(() => {
    if (!active || !loaded || paid) return;
    const code = loaded.code;
    const poll = setInterval(() => {
      request(MyPaymentByCodeDocument, { code })
        .then(({ myPaymentByCode: payment, myPointsBalance: balance }) => {
          if (payment) setPaid({ points: payment.points, shopName: payment.merchant?.displayName ?? '商家', balance });
        })
        // A missed answer is asked again in two seconds.
        .catch(() => undefined);
    }, PAID_POLL_MS);
    return () => clearInterval(poll);
  }, [active, loaded, paid]);

  // The countdown.
  useEffect(() => {
    if (!active || !loaded) return;
    const ticker = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(ticker);
  }, [active, loaded]);

  const remaining = loaded ? secondsLeft(loaded.timing, now) : 0;
  return {
    code: loaded?.code ?? null,
    balance: loaded?.balance ?? null,
    /** Until the code stops working. */
    secondsLeft: remaining,
    /** Until it is replaced by a new one (the countdown shown). */
    secondsToRefresh: loaded ? secondsToRefresh(loaded.timing, now) : 0,
    expired: loaded !== null && remaining === 0,
    error,
    refreshing,
    /** The payment made with the code just shown, once a shop has scanned it. */
    paid,
    refresh: () => void refresh(),
    /** After a payment: drop the used code, so the next one is fetched at once. */
    payAgain: () => {
      setLoaded(null);
      setPaid(null);
    },
  };
}
