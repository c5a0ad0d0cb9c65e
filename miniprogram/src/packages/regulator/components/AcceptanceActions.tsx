import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AcceptComplaintDocument, DeclineComplaintDocument } from '@/packages/regulator/pages/complaints/complaints.generated';
import type { DeclineReason } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { TextAreaField } from '@/components/TextAreaField';
import { DECLINE_REASONS, DECLINE_REASON_HINT, DECLINE_REASON_LABEL } from '@/domain/complaints';
import { useMutation } from '@/hooks/use-mutation';
import '@/components/complaint/complaint.css';
import '@/components/workpoints.css';

const REASON_CHOICES = DECLINE_REASONS.map((value) => ({ value, label: DECLINE_REASON_LABEL[value], hint: DECLINE_REASON_HINT[value] }));

/** Errors after which this complaint is no longer in the queue: someone else decided it. */
const ALREADY_DECIDED = new Set(['ILLEGAL_TRANSITION', 'COMPLAINT_CHANGED']);

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
  const [sheetNotice, setSheetNotice] = useState<NoticeMessage | null>(null);
  const accept = useMutation(AcceptComplaintDocument);
  const decline = useMutation(DeclineComplaintDocument);

  function open(which: 'accept' | 'decline') {
    setSheetNotice(null);
    setNote('');
    setReason(null);
    setSheet(which);
  }

  async function confirm() {
    const outcome =
      sheet === 'accept'
        ? await accept.run({ input: { complaintId, note: note.trim() } })
        : reason
          ? await decline.run({ input: { complaintId, reason, note: note.trim() } })
          : null;
    if (!outcome) return;
    if (outcome.ok) {
      setSheet(null);
      onDecided(sheet === 'accept' ? 'accepted' : 'declined', sheet === 'accept' ? `已受理：${who}，已转给商家协商` : `已不予受理：${who}`);
    } else if (ALREADY_DECIDED.has(outcome.error.code)) {
      setSheet(null);
      onDecided('gone', outcome.error.message);
    } else {
      setSheetNotice({ tone: 'error', text: outcome.error.message });
    }
  }

  const declining = sheet === 'decline';
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
            <ChoiceChips label="不予受理的原因" choices={REASON_CHOICES} value={reason} onChange={setReason} stacked testId="decline-reason" />
            <TextAreaField label="告诉消费者的说明（至少 4 个字）" value={note} onChange={setNote} maxLength={300} testId="decline-note" />
          </>
        ) : (
          <>
            <Text className="complaint-sheet__text">受理后投诉转给商家，双方有 10 个工作日协商。</Text>
            <TextAreaField label="说明（可不填）" value={note} onChange={setNote} maxLength={300} testId="accept-note" />
          </>
        )}
        <Notice notice={sheetNotice} testId="acceptance-sheet-notice" />
      </ConfirmSheet>
    </View>
  );
}
