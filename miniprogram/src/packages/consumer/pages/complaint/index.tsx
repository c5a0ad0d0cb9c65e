import { useState } from 'react';
import { ConsumerComplaintDocument, ConsumerPostComplaintMessageDocument, ConsumerRequestMediationDocument } from './complaint.generated';
import type { ComplaintDetailFragment } from '@/components/complaint/complaint-detail.fragment.generated';
import { DetailPage } from '@/components/DetailPage';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { ComplaintDetail } from '@/components/complaint/ComplaintDetail';
import { MessageComposer } from '@/components/complaint/ComplaintThread';
import { MediationRequest } from '@/components/complaint/MediationRequest';
import { canRateComplaint, isComplaintOpen } from '@/domain/complaints';
import { useAction } from '@/hooks/use-action';
import { RateOutcome, SettlementResponse, WithdrawComplaint } from './ConsumerSteps';
import '@/components/complaint/complaint.css';

/** One of the consumer's complaints: where it stands, the shop's offers, the thread, what to do next. */
export default function ConsumerComplaintPage() {
  return (
    <DetailPage
      title="投诉详情"
      document={ConsumerComplaintDocument}
      missing={{ title: '没有找到这条投诉', hint: '请从“我的投诉”里打开。' }}
    >
      {({ complaint }, reload) => <ConsumerComplaint complaint={complaint} reload={reload} />}
    </DetailPage>
  );
}

function ConsumerComplaint({ complaint, reload }: { complaint: ComplaintDetailFragment; reload: () => void }) {
  // A refusal saying the complaint moved on meanwhile (the shop answered, it was settled) shows it anew.
  const post = useAction(ConsumerPostComplaintMessageDocument, (d) => d.postComplaintMessage, { onStale: reload });
  const mediation = useAction(ConsumerRequestMediationDocument, (d) => d.requestMediation, { onStale: reload });
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
          {canRateComplaint(complaint.status, complaint.rating) ? (
            <RateOutcome complaintId={complaint.id} onDone={done} onStale={reload} />
          ) : null}
        </>
      }
      settlementActions={(settlement) =>
        settlement.status === 'PROPOSED' && complaint.status === 'NEGOTIATING' ? (
          <SettlementResponse settlement={settlement} onDone={done} onStale={reload} />
        ) : null
      }
      composer={
        open ? (
          <MessageComposer
            placeholder="写下您要对商家说的话"
            action={post}
            onSend={async (body, attachments) => {
              const sent = await post.run({ input: { complaintId: complaint.id, body, attachments } });
              if (sent) reload();
              return sent;
            }}
          />
        ) : null
      }
      actions={
        open ? (
          <>
            {complaint.status === 'NEGOTIATING' ? (
              <MediationRequest
                action={mediation}
                onRequest={async (note) => {
                  const requested = await mediation.run({ input: { complaintId: complaint.id, note } });
                  if (requested) done('已申请调解，市场监管部门会联系您和商家。');
                  return requested;
                }}
              />
            ) : null}
            <WithdrawComplaint complaintId={complaint.id} onDone={done} onStale={reload} />
          </>
        ) : null
      }
    />
  );
}
