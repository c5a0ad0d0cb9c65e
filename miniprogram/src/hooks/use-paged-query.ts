import { useCallback, useEffect, useRef, useState } from 'react';
import { request, type TypedDocument } from '@/api/client';
import { toApiError, type ApiError } from '@/api/api-error';
import { usePageAccess } from './use-page-access';
import type { QueryState } from './use-query';

/** What every *Page type of the schema has. */
export interface PageOf<TItem> {
  items: TItem[];
  nextCursor?: string | null;
}

export interface PagedList<TItem> {
  items: TItem[];
  nextCursor: string | null;
}

export interface PagedQuery<TItem> {
  /** The first page's loading, error or the items loaded so far. */
  state: QueryState<PagedList<TItem>>;
  /** Starts again from the first page (retry, or after a change). */
  reload: () => void;
  /** Fetches the page after the last one loaded; does nothing while one is on its way. */
  loadMore: () => void;
  loadingMore: boolean;
  /** Whether a page after the first was loaded (then the list's end is worth saying). */
  loadedMore: boolean;
  /** Why the last "加载更多" failed; the items already shown stay. */
  loadMoreError: ApiError | null;
  /** Replaces one loaded item in place (after a mutation returned its new state). */
  update: (change: (items: TItem[]) => TItem[]) => void;
}

/** `request` for a paged query, whose variables (at least `first`) are always given. */
const runPaged = request as <TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables) => Promise<TResult>;

/**
 * A list the BFF pages with `first` / `after` (its `nextCursor`): the first page when the page
 * opens, then one more each time `loadMore()` is called (the 加载更多 button).
 */
export function usePagedQuery<TResult, TVariables extends { first: number; after?: string | null }, TItem>(
  document: TypedDocument<TResult, TVariables>,
  pick: (data: TResult) => PageOf<TItem>,
  variables: Omit<TVariables, 'first' | 'after'>,
  pageSize = 10,
): PagedQuery<TItem> {
  const [state, setState] = useState<QueryState<PagedList<TItem>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadedMore, setLoadedMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<ApiError | null>(null);
  const generation = useRef(0);
  const moreInFlight = useRef(false);
  const pickRef = useRef(pick);
  pickRef.current = pick;
  const variablesKey = JSON.stringify(variables);
  // A page this person may not use shows that instead, and asks the BFF nothing.
  const allowed = usePageAccess().kind === 'open';

  const fetchPage = useCallback(
    (after: string | null) =>
      runPaged(document, { ...variables, first: pageSize, after } as unknown as TVariables).then((data) => {
        const page = pickRef.current(data);
        return { items: page.items, nextCursor: page.nextCursor ?? null };
      }),
    // variablesKey stands for `variables`, whose object identity changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [document, variablesKey, pageSize],
  );

  useEffect(() => {
    if (!allowed) return undefined;
    const current = ++generation.current;
    setState((previous) => (previous.status === 'success' ? previous : { status: 'loading' }));
    setLoadMoreError(null);
    setLoadedMore(false);
    fetchPage(null).then(
      (page) => current === generation.current && setState({ status: 'success', data: page }),
      (error: unknown) => current === generation.current && setState({ status: 'error', error: toApiError(error) }),
    );
    return () => {
      // A counter, not a DOM node: bumping it on cleanup is what makes a late answer stale.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++;
    };
  }, [fetchPage, attempt, allowed]);

  const loadMore = useCallback(() => {
    if (state.status !== 'success' || !state.data.nextCursor || moreInFlight.current) return;
    const current = generation.current;
    moreInFlight.current = true;
    setLoadingMore(true);
    setLoadMoreError(null);
    fetchPage(state.data.nextCursor)
      .then(
        (page) => {
          if (current !== generation.current) return;
          setLoadedMore(true);
          setState((previous) =>
            previous.status === 'success'
              ? { status: 'success', data: { items: [...previous.data.items, ...page.items], nextCursor: page.nextCursor } }
              : previous,
          );
        },
        (error: unknown) => current === generation.current && setLoadMoreError(toApiError(error)),
      )
      .finally(() => {
        moreInFlight.current = false;
        setLoadingMore(false);
      });
  }, [state, fetchPage]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const update = useCallback((change: (items: TItem[]) => TItem[]) => {
    setState((previous) =>
      previous.status === 'success' ? { status: 'success', data: { ...previous.data, items: change(previous.data.items) } } : previous,
    );
  }, []);

  return { state, reload, loadMore, loadingMore, loadedMore, loadMoreError, update };
}
