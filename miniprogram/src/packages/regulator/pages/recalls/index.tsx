import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RecallsDocument } from './recalls.generated';
import type { RecallStatus } from '@gongfu/shared-types';
import { ariaRole } from '@/components/a11y';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { cx } from '@/components/class-names';
import { formatDate } from '@/domain/china-time';
import { RECALL_CLASS_LABEL, RECALL_ORIGIN_LABEL, recallProgressLine } from '@/domain/recall';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES, withParams } from '@/routes';
import '@/components/trace-list.css';

const STATUS_CHOICES = [
  { value: 'OPEN', label: '进行中' },
  { value: 'CLOSED', label: '已结束' },
] as const;

/** 召回管理: recalls in progress (or ended), each with how far the shops have got; tap for the detail. */
export default function RecallsPage() {
  const [status, setStatus] = useState<RecallStatus>('OPEN');
  const recalls = usePagedQuery(RecallsDocument, (d) => d.recalls, { status });
  // Shops acknowledge while the list is in the background; a recall may have been closed.
  useReloadOnShow(recalls.reload);
  return (
    <PageShell>
      <Text className="page-title">召回管理</Text>
      <ChoiceChips label="看哪些召回" choices={STATUS_CHOICES} value={status} onChange={setStatus} testId="recall-status" />
      <Card>
        <PagedView
          query={recalls}
          emptyTitle={status === 'OPEN' ? '没有进行中的召回' : '还没有已结束的召回'}
          emptyHint={status === 'OPEN' ? '登记抽检不合格时会发起召回，商家也可以主动召回。' : undefined}
          loadMoreTestId="recalls-more"
        >
          {(items) =>
            items.map((recall) => (
              <View
                key={recall.id}
                className="trace-row trace-row--tappable"
                onClick={() => void Taro.navigateTo({ url: withParams(ROUTES.regulatorRecall, { id: recall.id }) })}
                {...ariaRole('button')}
                data-testid="recall-item"
              >
                <View className="trace-row__head">
                  <Text className="trace-row__title">
                    {recall.batch.product.name} · 批号 {recall.batch.lot}
                  </Text>
                  <Text className={cx('trace-tag', recall.status === 'OPEN' ? 'trace-tag--danger' : 'trace-tag--muted')}>
                    {RECALL_CLASS_LABEL[recall.recallClass]}
                  </Text>
                </View>
                <Text className="trace-row__text">原因：{recall.reason}</Text>
                <Text className="trace-row__text" data-testid="recall-progress">
                  {recallProgressLine(recall.progress)}
                </Text>
                <Text className="trace-row__meta">
                  {RECALL_ORIGIN_LABEL[recall.origin]} · {formatDate(recall.openedAt)}发起
                  {recall.closedAt ? ` · ${formatDate(recall.closedAt)}结束` : ''}
                </Text>
              </View>
            ))
          }
        </PagedView>
      </Card>
    </PageShell>
  );
}
