import { Text } from '@tarojs/components';
import { ConsumerComplaintDocument, ConsumerPostComplaintMessageDocument, ConsumerRequestMediationDocument } from './complaint.generated';
import type { ComplaintDetailFragment } from '@/components/complaint/complaint-detail.fragment.generated';
import { useState } from 'react';
import { AsyncView } from '@/components/AsyncView';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StatusViews';
import { ComplaintDetail } from '@/components/complaint/ComplaintDetail';
import { MessageComposer } from '@/components/complaint/ComplaintThread';
import { MediationRequest } from '@/components/complaint/MediationRequest';
import { canRateComplaint, isComplaintOpen } from '@/domain/complaints';
import { useMutation } from '@/hooks/use-mutation';
import { usePageParams } from '@/hooks/use-page-params';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { RateOutcome, SettlementResponse, WithdrawComplaint } from './ConsumerSteps';
import '@/components/complaint/complaint.css';

/** One of the consumer's complaints: where it stands, the shop's offers, the thread, what to do next. */
export default function ConsumerComplaintPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <Text className="page-title">投诉详情</Text>
      {id ? <ComplaintLoader id={id} /> : <EmptyState title="没有找到这条投诉" hint="请从“我的投诉”里打开。" />}
    </PageShell>
  );
}

function ComplaintLoader({ id }: { id: string }) {
  const { state, reload } = useQuery(ConsumerComplaintDocument, { id });
  useReloadOnShow(reload);
  return (
    <AsyncView state={state} onRetry={reload}>
      {({ complaint }) => <ConsumerComplaint complaint={complaint} reload={reload} />}
    </AsyncView>
  );
}

function ConsumerComplaint({ complaint, reload }: { complaint: ComplaintDetailFragment; reload: () => void }) {
  const post = useMutation(ConsumerPostComplaintMessageDocument);
  const mediation = useMutation(ConsumerRequestMediationDocument);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const open = isComplaintOpen(complaint.status);
  const done = (text: string) => {
    setNotice({ tone: 'success', text });
    reload();
  };

  return (
    <ComplaintDetail
      complaint={complaint}
      viewer="CONSUMER"
      urgent={
        <>
          <Notice notice={notice} testId="complaint-notice" />
          {canRateComplaint(complaint.status, complaint.rating) ? <RateOutcome complaintId={complaint.id} onDone={done} /> : null}
        </>
      }
      settlementActions={(settlement) =>
        settlement.status === 'PROPOSED' && complaint.status === 'NEGOTIATING' ? (
          <SettlementResponse settlement={settlement} onDone={done} />
        ) : null
      }
      composer={
        open ? (
          <MessageComposer
            placeholder="写下您要对商家说的话"
            onSend={async (body, attachments) => {
              const outcome = await post.run({ input: { complaintId: complaint.id, body, attachments } });
              if (outcome?.ok) reload();
              return outcome;
            }}
          />
        ) : null
      }
      actions={
        open ? (
          <>
            {complaint.status === 'NEGOTIATING' ? (
              <MediationRequest
                onRequest={async (note) => {
                  const outcome = await mediation.run({ input: { complaintId: complaint.id, note } });
                  if (outcome?.ok) done('已申请调解，市场监管部门会联系您和商家。');
                  return outcome;
                }}
              />
            ) : null}
            <WithdrawComplaint complaintId={complaint.id} onDone={done} />
          </>
        ) : null
      }
    />
  );
}
