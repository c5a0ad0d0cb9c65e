import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '@/components/ActionButton';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { TextAreaField } from '@/components/TextAreaField';
import type { StepAction } from './types';
import './complaint.css';

interface MediationRequestProps {
  /** The page's action for its role's requestMediation: busy, notice, the field at fault. */
  action: StepAction;
  /** Asks for mediation; answers the complaint as it now is, or null when it did not go through. */
  onRequest: (note: string) => Promise<unknown>;
}

/** 请市场监管部门调解: either party, while they negotiate; says why, then asks to confirm. */
export function MediationRequest({ action, onRequest }: MediationRequestProps) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');

  async function confirm() {
    const requested = await onRequest(note.trim());
    if (!requested) return;
    setOpen(false);
    setNote('');
    action.say({ tone: 'success', text: '已申请调解，市场监管部门会联系双方' });
  }

  return (
    <View className="complaint-gap">
      <Notice notice={open ? null : action.notice} testId="mediation-notice" />
      <ActionButton
        className="wide-button"
        fill="outline"
        type="primary"
        size="large"
        block
        onClick={() => {
          action.say(null);
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
        busy={action.busy}
        confirmDisabled={note.trim().length < 2}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
        testId="mediation-sheet"
      >
        <Text className="complaint-sheet__text">市场监管部门的调解员会联系双方，一般在 45 个工作日内调解完。</Text>
        <TextAreaField
          label="为什么要调解（对方和调解员都会看到）"
          value={note}
          onChange={setNote}
          maxLength={300}
          testId="mediation-note"
          {...action.fieldProps('note')}
        />
        <Notice notice={action.notice} testId="mediation-sheet-notice" />
      </ConfirmSheet>
    </View>
  );
}
