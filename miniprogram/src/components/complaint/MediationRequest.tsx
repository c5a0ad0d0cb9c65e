import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '@/components/ActionButton';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { TextAreaField } from '@/components/TextAreaField';
import type { MutationOutcome } from '@/hooks/use-mutation';
import './complaint.css';

/** 请市场监管部门调解: either party, while they negotiate; says why, then asks to confirm. */
export function MediationRequest({ onRequest }: { onRequest: (note: string) => Promise<MutationOutcome<unknown> | null> }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [sheetNotice, setSheetNotice] = useState<NoticeMessage | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  async function confirm() {
    setBusy(true);
    const outcome = await onRequest(note.trim());
    setBusy(false);
    if (!outcome) return;
    if (outcome.ok) {
      setOpen(false);
      setNote('');
      setNotice({ tone: 'success', text: '已申请调解，市场监管部门会联系双方' });
    } else {
      setSheetNotice({ tone: 'error', text: outcome.error.message });
    }
  }

  return (
    <View className="complaint-gap">
      <Notice notice={notice} testId="mediation-notice" />
      <ActionButton
        className="wide-button"
        fill="outline"
        type="primary"
        size="large"
        block
        onClick={() => {
          setSheetNotice(null);
          setOpen(true);
        }}
        data-testid="request-mediation"
      >
        谈不拢，请市场监管部门调解
      </ActionButton>
      <ConfirmSheet
        open={open}
        title="请市场监管部门调解"
        confirmText="申请调解"
        busy={busy}
        confirmDisabled={note.trim().length < 2}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
        testId="mediation-sheet"
      >
        <Text className="complaint-sheet__text">市场监管部门的调解员会联系双方，一般在 45 个工作日内调解完。</Text>
        <TextAreaField label="为什么要调解（对方和调解员都会看到）" value={note} onChange={setNote} maxLength={300} testId="mediation-note" />
        <Notice notice={sheetNotice} testId="mediation-sheet-notice" />
      </ConfirmSheet>
    </View>
  );
}
