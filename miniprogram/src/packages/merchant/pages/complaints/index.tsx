import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { MerchantComplaintInboxDocument } from './complaints.generated';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { ComplaintRow } from '@/components/complaint/ComplaintRow';
import { maskPhone } from '@/domain/phone';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES, withParams } from '@/routes';
import '@/components/complaint/complaint.css';

const FILTERS = [
  { value: 'open', label: '待处理' },
  { value: 'all', label: '全部' },
] as const;

/**
 * 顾客投诉: the complaints against the merchant's businesses, the soonest deadline first (the BFF
 * sorts them), overdue ones marked in red. Consumers appear as the BFF masks them.
 */
export default function MerchantComplaintsPage() {
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const inbox = usePagedQuery(MerchantComplaintInboxDocument, (d) => d.merchantComplaintInbox, { openOnly: filter === 'open' });
  useReloadOnShow(inbox.reload);
  return (
    <PageShell>
      <Text className="page-title">顾客投诉</Text>
      <Text className="complaint-intro">越早到期的排在越前面。请在期限内答复顾客、提出和解方案；超期会转给市场监管部门调解。</Text>
      <ChoiceChips label="看哪些投诉" choices={FILTERS} value={filter} onChange={setFilter} testId="inbox-filter" />
      <Card>
        <PagedView
          query={inbox}
          emptyTitle={filter === 'open' ? '没有要处理的投诉' : '还没有顾客投诉过'}
          emptyHint={filter === 'open' ? '有新投诉时会通知您。' : undefined}
          loadMoreTestId="inbox-more"
        >
          {(items) =>
            items.map((c) => (
              <ComplaintRow
                key={c.id}
                complaint={c}
                viewer="MERCHANT"
                title={[c.consumer.displayName, maskPhone(c.consumer.phone)].filter(Boolean).join(' ')}
                subtitle={`投诉 ${c.merchant.name}`}
                onOpen={() => void Taro.navigateTo({ url: withParams(ROUTES.merchantComplaint, { id: c.id }) })}
              />
            ))
          }
        </PagedView>
      </Card>
    </PageShell>
  );
}
