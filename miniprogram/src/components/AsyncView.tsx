import type { ReactNode } from 'react';
import type { QueryState } from '@/hooks/use-query';
import { EmptyState, ErrorRetry, LoadingState } from './StatusViews';

interface AsyncViewProps<TData> {
  state: QueryState<TData>;
  onRetry: () => void;
  /** When the loaded data has nothing to show; `empty` is shown instead of `children`. */
  isEmpty?: (data: TData) => boolean;
  empty?: ReactNode;
  children: (data: TData) => ReactNode;
}

/** One place that decides between loading, error, empty and the loaded content. */
export function AsyncView<TData>({ state, onRetry, isEmpty, empty, children }: AsyncViewProps<TData>) {
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'error':
      return <ErrorRetry error={state.error} onRetry={onRetry} />;
    case 'success':
      if (isEmpty?.(state.data)) return <>{empty ?? <EmptyState title="暂无内容" />}</>;
      return <>{children(state.data)}</>;
  }
}
