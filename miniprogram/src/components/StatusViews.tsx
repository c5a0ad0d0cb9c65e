import { Text, View } from '@tarojs/components';
import type { ApiError } from '@/api/api-error';
import { ariaRole } from './a11y';
import './status-views.css';
import { ActionButton } from './ActionButton';

export function LoadingState() {
  return (
    <View className="status status--loading" {...ariaRole('status')} aria-live="polite">
      <View className="status__spinner" aria-hidden />
      <Text className="status__text">正在加载…</Text>
    </View>
  );
}

interface EmptyStateProps {
  title: string;
  hint?: string;
}

export function EmptyState({ title, hint }: EmptyStateProps) {
  return (
    <View className="status status--empty" data-testid="empty-state">
      <Text className="status__title">{title}</Text>
      {hint ? <Text className="status__text">{hint}</Text> : null}
    </View>
  );
}

interface ErrorRetryProps {
  error: ApiError;
  onRetry: () => void;
}

/** A failure a person can do something about: what went wrong, in words, and one big retry button. */
export function ErrorRetry({ error, onRetry }: ErrorRetryProps) {
  return (
    <View className="status status--error" {...ariaRole('alert')} data-testid="error-retry">
      <Text className="status__title">{error.code === 'NETWORK_ERROR' ? '连不上网络' : '没能加载出来'}</Text>
      <Text className="status__text">{error.message}</Text>
      <ActionButton className="status__action" type="primary" size="large" onClick={onRetry} data-testid="retry-button">
        重试
      </ActionButton>
    </View>
  );
}
