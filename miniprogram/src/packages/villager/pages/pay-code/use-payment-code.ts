import { useDidHide, useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MyPaymentCodeDocument } from '@gql/villager';
import { request } from '@/api/client';
import { toApiError, type ApiError } from '@/api/api-error';
import { codeTiming, secondsLeft, secondsToRefresh, type CodeTiming } from '@/domain/payment-code-timing';

/** After a failed fetch, try again this much later (the 刷新 button can do it sooner). */
export const RETRY_AFTER_FAILURE_MS = 10_000;

interface LoadedCode {
  code: string;
  balance: number;
  timing: CodeTiming;
}

/**
 * The villager's payment code, kept fresh while the page is in view: fetched on open, replaced
 * before it expires, with a second-by-second countdown. Hidden (another page on top, the app in
 * the background), it stops asking the BFF; shown again, it fetches at once if the code is stale.
 */
export function usePaymentCode() {
  const [active, setActive] = useState(true);
  const [loaded, setLoaded] = useState<LoadedCode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const inFlight = useRef(false);

  useDidShow(() => setActive(true));
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
    if (!active) return;
    const delay = error
      ? RETRY_AFTER_FAILURE_MS
      : loaded
        ? Math.max(0, loaded.timing.refreshAt - Date.now())
        : 0;
    const timer = setTimeout(() => void refresh(), delay);
    return () => clearTimeout(timer);
  }, [active, loaded, error, refresh]);

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
    refresh: () => void refresh(),
  };
}
