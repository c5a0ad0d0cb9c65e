import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { TypedDocument } from '@/api/client';
import { usePageParams } from '@/hooks/use-page-params';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { AsyncView } from './AsyncView';
import { PageShell } from './PageShell';
import { EmptyState } from './StatusViews';

interface DetailPageProps<TResult> {
  title: string;
  /** The query that loads the one thing, by the page's `?id=`. */
  document: TypedDocument<TResult, { id: string }>;
  /** What to say when the page was opened without an id (an old link, a bad share). */
  missing: { title: string; hint: string };
  children: (data: TResult, reload: () => void) => ReactNode;
}

/**
 * A page that shows one thing opened by id (a complaint, a recall, a batch): its title, then
 * loading, the error with a way to retry, or the thing itself, loaded afresh each time the
 * person comes back to it (others act on it meanwhile).
 */
export function DetailPage<TResult>({ title, document, missing, children }: DetailPageProps<TResult>) {
  const { id } = usePageParams();
  return (
    <PageShell>
      <Text className="page-title">{title}</Text>
      {id ? <DetailLoader id={id} document={document} render={children} /> : <EmptyState title={missing.title} hint={missing.hint} />}
    </PageShell>
  );
}

function DetailLoader<TResult>({
  id,
  document,
  render,
}: {
  id: string;
  document: TypedDocument<TResult, { id: string }>;
  render: (data: TResult, reload: () => void) => ReactNode;
}) {
  const { state, reload } = useQuery(document, { id });
  useReloadOnShow(reload);
  return (
    <AsyncView state={state} onRetry={reload}>
      {(data) => render(data, reload)}
    </AsyncView>
  );
}
