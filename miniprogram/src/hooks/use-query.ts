import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '@gongfu/shared-types';
import { request } from '@/api/client';
import { toApiError, type ApiError } from '@/api/api-error';

export type QueryState<TResult> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'success'; data: TResult };

/** Runs a query when the page opens and again on `reload()` (the retry button). */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...variables: TVariables extends Record<string, never> ? [] : [TVariables]
): { state: QueryState<TResult>; reload: () => void } {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Only the latest call may set state: an older, slower answer must not overwrite a newer one.
  const latestCall = useRef(0);
  const variablesKey = JSON.stringify(variables[0] ?? null);

  useEffect(() => {
    const call = ++latestCall.current;
    setState({ status: 'loading' });
    request(document, ...variables).then(
      (data) => call === latestCall.current && setState({ status: 'success', data }),
      (error: unknown) => call === latestCall.current && setState({ status: 'error', error: toApiError(error) }),
    );
    return () => {
      latestCall.current++;
    };
    // variablesKey stands for `variables`, whose array identity changes on every render.
  }, [document, variablesKey, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
