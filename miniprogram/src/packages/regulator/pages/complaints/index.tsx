import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { useState } from 'react';
import {
  ComplaintAcceptanceQueueDocument,
  ComplaintMediationQueueDocument,
  OverdueComplaintsDocument,
  type RegulatorComplaintListItemFragment,
} from './complaints.generated';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { ComplaintRow } from '@/components/complaint/ComplaintRow';
import { usePagedQuery, type PagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES, withParams } from '@/routes';
import { AcceptanceActions } from '../../components/AcceptanceActions';
import { ComplaintFigures } from './ComplaintFigures';
import '@/components/complaint/complaint.css';

type Tab = 'acceptance' | 'mediation' | 'overdue';
type Item = RegulatorComplaintListItemFragment;

const TABS = [
  { value: 'acceptance', label: '待受理' },
  { value: 'mediation', label: '调解中' },
  { value: 'overdue', label: '已超期' },
] as const;

const open = (id: string) => void Taro.navigateTo({ url: withParams(ROUTES.regulatorComplaint, { id }) });

/** "王秀英：买的鸡蛋有一半是坏的，商家不肯退…" */
function gist(c: Item): string {
  const text = c.narrative.length > 40 ? `${c.narrative.slice(0, 40)}…` : c.narrative;
  return `投诉人 ${c.consumer.displayName}：${text}`;
}

/**
 * 投诉受理与调解: the month's figures on top, then three queues — complaints to accept or decline,
 * those in mediation, and those past their deadline — each soonest deadline first.
 */
export default function RegulatorComplaintsPage() {
  const [tab, setTab] = useState<Tab>('acceptance');
  return (
    <PageShell>
      <Text className="page-title">投诉受理与调解</Text>
      <ComplaintFigures />
      <ChoiceChips label="看哪些投诉" choices={TABS} value={tab} onChange={setTab} testId="complaint-tab" />
      {tab === 'acceptance' ? <AcceptanceQueue /> : tab === 'mediation' ? <MediationQueue /> : <OverdueList />}
    </PageShell>
  );
}

function AcceptanceQueue() {
  const queue = usePagedQuery(ComplaintAcceptanceQueueDocument, (d) => d.complaintAcceptanceQueue, {});
  useReloadOnShow(queue.reload);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  return (
    <Card>
      <Text className="complaint-intro">7 个工作日内决定受理或不予受理。受理后转给商家协商。</Text>
      <Notice notice={notice} testId="acceptance-notice" />
      <PagedView query={queue} emptyTitle="没有待受理的投诉" loadMoreTestId="acceptance-more">
        {(items) =>
          items.map((c) => (
            <ComplaintRow key={c.id} complaint={c} viewer="REGULATOR" title={c.merchant.name} subtitle={gist(c)} onOpen={() => open(c.id)}>
              <AcceptanceActions
                complaintId={c.id}
                who={`${c.consumer.displayName} 投诉 ${c.merchant.name}`}
                onDecided={(decision, message) => {
                  queue.update((list) => list.filter((item) => item.id !== c.id));
                  setNotice({ tone: decision === 'gone' ? 'error' : 'success', text: message });
                }}
              />
            </ComplaintRow>
          ))
        }
      </PagedView>
    </Card>
  );
}

function QueueList({ query, emptyTitle, intro, testId }: { query: PagedQuery<Item>; emptyTitle: string; intro: string; testId: string }) {
  return (
    <Card>
      <Text className="complaint-intro">{intro}</Text>
      <PagedView query={query} emptyTitle={emptyTitle} loadMoreTestId={`${testId}-more`}>
        {(items) =>
          items.map((c) => (
            <ComplaintRow
              key={c.id}
              complaint={c}
              viewer="REGULATOR"
              title={c.merchant.name}
              subtitle={gist(c)}
              onOpen={() => open(c.id)}
            />
          ))
        }
      </PagedView>
    </Card>
  );
}

function MediationQueue() {
  const queue = usePagedQuery(ComplaintMediationQueueDocument, (d) => d.complaintMediationQueue, {});
  useReloadOnShow(queue.reload);
  return <QueueList query={queue} emptyTitle="没有调解中的投诉" intro="45 个工作日内调解完，点开记录调解结果。" testId="mediation" />;
}

function OverdueList() {
  const overdue = usePagedQuery(OverdueComplaintsDocument, (d) => d.overdueComplaints, {});
  useReloadOnShow(overdue.reload);
  return <QueueList query={overdue} emptyTitle="没有超期的投诉" intro="已经过了期限还没办完的投诉，请尽快处理。" testId="overdue" />;
}
