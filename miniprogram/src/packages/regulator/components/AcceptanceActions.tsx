import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AcceptComplaintDocument, DeclineComplaintDocument } from '@/packages/regulator/pages/complaints/complaints.generated';
import type { DeclineReason } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { TextAreaField } from '@/components/TextAreaField';
import { DECLINE_REASONS, DECLINE_REASON_HINT, DECLINE_REASON_LABEL } from '@/domain/complaints';
import { useAction, type ActionProblem } from '@/hooks/use-action';
import '@/components/complaint/complaint.css';
import '@/components/workpoints.css';

const REASON_CHOICES = DECLINE_REASONS.map((value) => ({ value, label: DECLINE_REASON_LABEL[value], hint: DECLINE_REASON_HINT[value] }));

export type AcceptanceDecision = 'accepted' | 'declined' | 'gone';

/**
 * 受理 / 不予受理 for one complaint waiting in the queue. Declining needs one of the 12315 reasons
 * and a note the consumer reads.
 */
export function AcceptanceActions({
  complaintId,
  who,
  onDecided,
}: {
  complaintId: string;
  /** "王秀英 投诉 陈记水果店", said in the sheets. */
  who: string;
  onDecided: (decision: AcceptanceDecision, message: string) => void;
}) {
  const [sheet, setSheet] = useState<'accept' | 'decline' | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<DeclineReason | null>(null);
  // Someone else decided it meanwhile (a refusal whose recovery is to reload): the complaint leaves
  // this queue and the sheet with it, so whoever shows the complaint says why, in the BFF's words.
  const gone = (problem: ActionProblem) => {
    setSheet(null);
    onDecided('gone', problem.message);
  };
  const accept = useAction(AcceptComplaintDocument, (d) => d.acceptComplaint, { onStale: gone });
  const decline = useAction(DeclineComplaintDocument, (d) => d.declineComplaint, { onStale: gone });
  const declining = sheet === 'decline';
  const action = declining ? decline : accept;

  function open(which: 'accept' | 'decline') {
    (which === 'decline' ? decline : accept).say(null);
    setNote('');
    setReason(null);
    setSheet(which);
  }

  async function confirm() {
    // Declining needs a reason: the sheet's button stays disabled until one is picked.
    const made = !declining
      ? await accept.run({ input: { complaintId, note: note.trim() } })
      : reason
        ? await decline.run({ input: { complaintId, reason, note: note.trim() } })
        : null;
    if (!made) return;
    setSheet(null);
    onDecided(declining ? 'declined' : 'accepted', declining ? `已不予受理：${who}` : `已受理：${who}，已转给商家协商`);
  }

  return (
    <View className="actions">
      <ActionButton fill="outline" type="primary" onClick={() => open('decline')} data-testid="decline-complaint">
        不予受理
      </ActionButton>
      <ActionButton type="primary" onClick={() => open('accept')} data-testid="accept-complaint">
        受理
      </ActionButton>
      <ConfirmSheet
        open={sheet !== null}
        title={declining ? '不予受理' : '受理这条投诉'}
        confirmText={declining ? '确定不予受理' : '确定受理'}
        danger={declining}
        busy={accept.busy || decline.busy}
        confirmDisabled={declining && (reason === null || note.trim().length < 4)}
        onConfirm={() => void confirm()}
        onCancel={() => setSheet(null)}
        testId="acceptance-sheet"
      >
        <Text className="complaint-sheet__text">{who}</Text>
        {declining ? (
          <>
            <ChoiceChips
              label="不予受理的原因"
              choices={REASON_CHOICES}
              value={reason}
              onChange={setReason}
              stacked
              testId="decline-reason"
            />
            <TextAreaField
              label="告诉消费者的说明（至少 4 个字）"
              value={note}
              onChange={setNote}
              maxLength={300}
              testId="decline-note"
              {...decline.fieldProps('note')}
            />
          </>
        ) : (
          <>
            <Text className="complaint-sheet__text">受理后投诉转给商家，双方有 10 个工作日协商。</Text>
            <TextAreaField
              label="说明（可不填）"
              value={note}
              onChange={setNote}
              maxLength={300}
              testId="accept-note"
              {...accept.fieldProps('note')}
            />
          </>
        )}
        <Notice notice={action.notice} testId="acceptance-sheet-notice" />
      </ConfirmSheet>
    </View>
  );
}
