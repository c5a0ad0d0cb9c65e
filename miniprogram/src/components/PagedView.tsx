import type { ReactNode } from 'react';
import type { PagedQuery } from '@/hooks/use-paged-query';
import { AsyncView } from './AsyncView';
import { LoadMore } from './LoadMore';
import { EmptyState } from './StatusViews';

interface PagedViewProps<TItem> {
  query: PagedQuery<TItem>;
  emptyTitle: string;
  emptyHint?: string;
  children: (items: TItem[]) => ReactNode;
  loadMoreTestId?: string;
}

/** A paged list with its loading, error (retry) and empty states, and 加载更多 at its foot. */
export function PagedView<TItem>({ query, emptyTitle, emptyHint, children, loadMoreTestId }: PagedViewProps<TItem>) {
  return (
    <AsyncView
      state={query.state}
      onRetry={query.reload}
      isEmpty={(data) => data.items.length === 0}
      empty={<EmptyState title={emptyTitle} hint={emptyHint} />}
    >
      {(data) => (
        <>
          {children(data.items)}
          <LoadMore
            hasMore={data.nextCursor !== null}
            showEnd={query.loadedMore}
            loading={query.loadingMore}
            error={query.loadMoreError}
            onLoadMore={query.loadMore}
            testId={loadMoreTestId}
          />
        </>
      )}
    </AsyncView>
  );
}
