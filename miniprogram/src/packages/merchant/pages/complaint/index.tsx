import { Text } from '@tarojs/components';
import { useState } from 'react';
import { MerchantComplaintDocument, MerchantPostComplaintMessageDocument, MerchantRequestMediationDocument } from './complaint.generated';
import type { ComplaintDetailFragment } from '@/components/complaint/complaint-detail.fragment.generated';
import { DetailPage } from '@/components/DetailPage';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { ComplaintDetail } from '@/components/complaint/ComplaintDetail';
import { MessageComposer } from '@/components/complaint/ComplaintThread';
import { MediationRequest } from '@/components/complaint/MediationRequest';
import { isComplaintOpen } from '@/domain/complaints';
import { useAction } from '@/hooks/use-action';
import { SettlementForm } from './SettlementForm';
import '@/components/complaint/complaint.css';

/** A complaint against the merchant's business: answer in the thread, offer a settlement, ask for mediation. */
export default function MerchantComplaintPage() {
  return (
    <DetailPage
      title="投诉处理"
      document={MerchantComplaintDocument}
      missing={{ title: '没有找到这条投诉', hint: '请从“顾客投诉”里打开。' }}
    >
      {({ complaint }, reload) => <MerchantComplaint complaint={complaint} reload={reload} />}
    </DetailPage>
  );
}

function MerchantComplaint({ complaint, reload }: { complaint: ComplaintDetailFragment; reload: () => void }) {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  // A refusal saying the complaint moved on meanwhile (the consumer answered, it went to mediation) shows it anew.
  const post = useAction(MerchantPostComplaintMessageDocument, (d) => d.postComplaintMessage, { onStale: reload });
  const mediation = useAction(MerchantRequestMediationDocument, (d) => d.requestMediation, { onStale: reload });
  const negotiating = complaint.status === 'NEGOTIATING';
  const pendingOffer = complaint.settlements.some((s) => s.status === 'PROPOSED');
  const done = (text: string) => {
    setNotice({ tone: 'success', text });
    reload();
  };

  return (
    <ComplaintDetail
      complaint={complaint}
      viewer="MERCHANT"
      urgent={
        <>
          <Notice notice={notice} testId="complaint-notice" />
          {complaint.status === 'SUBMITTED' ? (
            <Text className="complaint-warning" data-testid="awaiting-acceptance">
              这条投诉正等市场监管部门受理，受理后才能提出和解方案。您现在就可以留言答复顾客。
            </Text>
          ) : null}
        </>
      }
      composer={
        isComplaintOpen(complaint.status) ? (
          <MessageComposer
            label="答复顾客"
            placeholder="说明情况、道歉或约时间处理"
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
        negotiating ? (
          <>
            {pendingOffer ? (
              <Text className="complaint-intro" data-testid="offer-pending">
                您的和解方案正在等顾客答复，期限暂停计算。
              </Text>
            ) : (
              <SettlementForm
                complaintId={complaint.id}
                asked={{ demand: complaint.demand, amountFen: complaint.amountFen }}
                onDone={done}
                onStale={reload}
              />
            )}
            <MediationRequest
              action={mediation}
              onRequest={async (note) => {
                const requested = await mediation.run({ input: { complaintId: complaint.id, note } });
                if (requested) done('已申请调解，市场监管部门会联系您和顾客。');
                return requested;
              }}
            />
          </>
        ) : null
      }
    />
  );
}
