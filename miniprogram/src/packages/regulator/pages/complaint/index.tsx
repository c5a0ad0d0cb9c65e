import { useState } from 'react';
import { RegulatorComplaintDocument, RegulatorPostComplaintMessageDocument } from './complaint.generated';
import type { ComplaintDetailFragment } from '@/components/complaint/complaint-detail.fragment.generated';
import { Card } from '@/components/Card';
import { DetailPage } from '@/components/DetailPage';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { ComplaintDetail } from '@/components/complaint/ComplaintDetail';
import { MessageComposer } from '@/components/complaint/ComplaintThread';
import { useAction } from '@/hooks/use-action';
import { AcceptanceActions } from '../../components/AcceptanceActions';
import { MediationForm } from './MediationForm';
import '@/components/complaint/complaint.css';

/** One complaint for a regulator: accept or decline it, or mediate and record how it ended. */
export default function RegulatorComplaintPage() {
  return (
    <DetailPage
      title="投诉办理"
      document={RegulatorComplaintDocument}
      missing={{ title: '没有找到这条投诉', hint: '请从“投诉受理与调解”里打开。' }}
    >
      {({ complaint }, reload) => <RegulatorComplaint complaint={complaint} reload={reload} />}
    </DetailPage>
  );
}

function RegulatorComplaint({ complaint, reload }: { complaint: ComplaintDetailFragment; reload: () => void }) {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  // A refusal saying the complaint moved on meanwhile (another regulator acted) shows it anew.
  const post = useAction(RegulatorPostComplaintMessageDocument, (d) => d.postComplaintMessage, { onStale: reload });
  const done = (text: string, tone: NoticeMessage['tone'] = 'success') => {
    setNotice({ tone, text });
    reload();
  };
  const mediating = complaint.status === 'MEDIATING';

  return (
    <ComplaintDetail
      complaint={complaint}
      viewer="REGULATOR"
      urgent={
        <>
          <Notice notice={notice} testId="complaint-notice" />
          {complaint.status === 'SUBMITTED' ? (
            <Card title="受理">
              <AcceptanceActions
                complaintId={complaint.id}
                who={`${complaint.consumer.displayName} 投诉 ${complaint.merchant.name}`}
                onDecided={(decision, message) => done(message, decision === 'gone' ? 'error' : 'success')}
              />
            </Card>
          ) : null}
          {mediating ? <MediationForm complaintId={complaint.id} onDone={done} onStale={reload} /> : null}
        </>
      }
      composer={
        mediating ? (
          <MessageComposer
            label="调解员留言"
            placeholder="约时间、说明调解意见，双方都会看到"
            action={post}
            onSend={async (body, attachments) => {
              const sent = await post.run({ input: { complaintId: complaint.id, body, attachments } });
              if (sent) reload();
              return sent;
            }}
          />
        ) : null
      }
    />
  );
}
