import { Text, View } from '@tarojs/components';
import type { ApiError } from '@/api/api-error';
import { ariaRole } from './a11y';
import { ActionButton } from './ActionButton';
import './workpoints.css';

interface LoadMoreProps {
  hasMore: boolean;
  /** Say "没有更多了" at the end (only worth it after 加载更多 was used). */
  showEnd?: boolean;
  loading: boolean;
  error: ApiError | null;
  onLoadMore: () => void;
  testId?: string;
}

/** The foot of a paged list: a 加载更多 button while there is more, then a quiet "没有更多了". */
export function LoadMore({ hasMore, showEnd = true, loading, error, onLoadMore, testId = 'load-more' }: LoadMoreProps) {
  if (!hasMore) return showEnd ? <Text className="load-more__end">没有更多了</Text> : null;
  return (
    <View className="load-more">
      {error ? (
        <Text className="notice notice--error" {...ariaRole('alert')}>
          {error.message}
        </Text>
      ) : null}
      <ActionButton className="wide-button" fill="outline" type="primary" block loading={loading} onClick={onLoadMore} data-testid={testId}>
        {error ? '再试一次' : '加载更多'}
      </ActionButton>
    </View>
  );
}
