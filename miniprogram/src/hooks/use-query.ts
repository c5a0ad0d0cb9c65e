import { useCallback, useEffect, useRef, useState } from 'react';
import { request, type TypedDocument } from '@/api/client';
import { toApiError, type ApiError } from '@/api/api-error';
import { usePageAccess } from './use-page-access';

export type QueryState<TResult> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'success'; data: TResult };

/**
 * Runs a query when the page opens and again on `reload()` (the retry button, or after a change).
 * A reload of the same query keeps showing what was loaded until the new answer is in, so the
 * page does not flash a spinner after every tap; new variables start from "loading".
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...variables: TVariables extends Record<string, never> ? [] : [TVariables]
): { state: QueryState<TResult>; reload: () => void } {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Only the latest call may set state: an older, slower answer must not overwrite a newer one.
  const latestCall = useRef(0);
  const variablesKey = JSON.stringify(variables[0] ?? null);
  const shownKey = useRef<string | null>(null);
  // A page this person may not use shows that instead, and asks the BFF nothing.
  const allowed = usePageAccess().kind === 'open';

  useEffect(() => {
    if (!allowed) return undefined;
    const call = ++latestCall.current;
    const sameQuery = shownKey.current === variablesKey;
    setState((previous) => (sameQuery && previous.status === 'success' ? previous : { status: 'loading' }));
    request(document, ...variables).then(
      (data) => {
        if (call !== latestCall.current) return;
        shownKey.current = variablesKey;
        setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (call !== latestCall.current) return;
        shownKey.current = null;
        setState({ status: 'error', error: toApiError(error) });
      },
    );
    return () => {
      // A counter, not a DOM node: bumping it on cleanup is what makes a late answer stale.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      latestCall.current++;
    };
    // variablesKey stands for `variables`, whose array identity changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, variablesKey, attempt, allowed]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
