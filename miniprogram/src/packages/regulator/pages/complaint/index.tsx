import { Text } from '@tarojs/components';
import { useState } from 'react';
import { RegulatorComplaintDocument, RegulatorPostComplaintMessageDocument } from './complaint.generated';
import type { ComplaintDetailFragment } from '@/components/complaint/complaint-detail.fragment.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StatusViews';
import { ComplaintDetail } from '@/components/complaint/ComplaintDetail';
import { MessageComposer } from '@/components/complaint/ComplaintThread';
import { useMutation } from '@/hooks/use-mutation';
import { usePageParams } from '@/hooks/use-page-params';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { AcceptanceActions } from '../../components/AcceptanceActions';
import { MediationForm } from './MediationForm';
import '@/components/complaint/complaint.css';

/** One complaint for a regulator: accept or decline it, or mediate and record how it ended. */
export default function RegulatorComplaintPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <Text className="page-title">投诉办理</Text>
      {id ? <ComplaintLoader id={id} /> : <EmptyState title="没有找到这条投诉" hint="请从“投诉受理与调解”里打开。" />}
    </PageShell>
  );
}

function ComplaintLoader({ id }: { id: string }) {
  const { state, reload } = useQuery(RegulatorComplaintDocument, { id });
  useReloadOnShow(reload);
  return (
    <AsyncView state={state} onRetry={reload}>
      {({ complaint }) => <RegulatorComplaint complaint={complaint} reload={reload} />}
    </AsyncView>
  );
}

function RegulatorComplaint({ complaint, reload }: { complaint: ComplaintDetailFragment; reload: () => void }) {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const post = useMutation(RegulatorPostComplaintMessageDocument);
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
          {mediating ? <MediationForm complaintId={complaint.id} onDone={done} /> : null}
        </>
      }
      composer={
        mediating ? (
          <MessageComposer
            label="调解员留言"
            placeholder="约时间、说明调解意见，双方都会看到"
            onSend={async (body, attachments) => {
              const outcome = await post.run({ input: { complaintId: complaint.id, body, attachments } });
              if (outcome?.ok) reload();
              return outcome;
            }}
          />
        ) : null
      }
    />
  );
}
