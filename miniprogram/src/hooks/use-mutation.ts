import { useCallback, useRef, useState } from 'react';
import { request, type TypedDocument } from '@/api/client';
import { toApiError, type ApiError } from '@/api/api-error';

export type MutationOutcome<TResult> = { ok: true; data: TResult } | { ok: false; error: ApiError };

/**
 * One mutation a button runs: `busy` while it is on its way (a second tap meanwhile is ignored),
 * and an outcome instead of a throw, so every caller handles the failure.
 */
export function useMutation<TResult, TVariables>(document: TypedDocument<TResult, TVariables>) {
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  const run = useCallback(
    async (...variables: TVariables extends Record<string, never> ? [] : [TVariables]): Promise<MutationOutcome<TResult> | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      try {
        return { ok: true, data: await request(document, ...variables) };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [document],
  );

  return { run, busy };
}
