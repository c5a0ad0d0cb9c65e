import { Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RecordMediationDocument } from './complaint.generated';
import type { MediationOutcome } from '@gongfu/shared-types';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { TextAreaField } from '@/components/TextAreaField';
import { MEDIATION_OUTCOMES, MEDIATION_OUTCOME_HINT, MEDIATION_OUTCOME_LABEL } from '@/domain/complaints';
import { useAction } from '@/hooks/use-action';
import '@/components/complaint/complaint.css';

const OUTCOME_CHOICES = MEDIATION_OUTCOMES.map((value) => ({
  value,
  label: MEDIATION_OUTCOME_LABEL[value],
  hint: MEDIATION_OUTCOME_HINT[value],
}));

/** 记录调解结果: the outcome, what was agreed or why not, and whether it went the consumer's way. */
export function MediationForm({
  complaintId,
  onDone,
  onStale,
}: {
  complaintId: string;
  onDone: (message: string) => void;
  /** The complaint moved on meanwhile (another regulator recorded it): the page loads it anew. */
  onStale: () => void;
}) {
  const [outcome, setOutcome] = useState<MediationOutcome | null>(null);
  const [summary, setSummary] = useState('');
  const [inConsumersFavour, setInConsumersFavour] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const record = useAction(RecordMediationDocument, (d) => d.recordMediation, { onStale });

  function review() {
    if (!outcome) return record.refuse('请选调解结果', 'outcome');
    if (summary.trim().length < 4) return record.refuse('请写调解情况（至少 4 个字），双方都会看到', 'summary');
    record.say(null);
    setConfirming(true);
  }

  async function confirm() {
    if (!outcome) return;
    const recorded = await record.run({ input: { complaintId, outcome, summary: summary.trim(), inConsumersFavour } });
    if (!recorded) return;
    setConfirming(false);
    onDone(`已记录调解结果：${MEDIATION_OUTCOME_LABEL[outcome]}`);
  }

  return (
    <Card title="记录调解结果">
      <ChoiceChips
        label="调解结果"
        choices={OUTCOME_CHOICES}
        value={outcome}
        onChange={setOutcome}
        stacked
        testId="mediation-outcome"
        {...record.fieldProps('outcome')}
      />
      <TextAreaField
        label="调解情况（双方都会看到）"
        value={summary}
        onChange={setSummary}
        placeholder="例如：商家同意退款 25 元，3 日内支付"
        maxLength={500}
        testId="mediation-summary"
        {...record.fieldProps('summary')}
      />
      <View className="complaint-switch">
        <View className="complaint-switch__text">
          <Text className="complaint-switch__label">结果支持消费者的诉求</Text>
          <Text className="complaint-switch__hint">
            {inConsumersFavour ? '是：消费者的要求基本得到满足' : '否：消费者的要求没有得到满足'}
          </Text>
        </View>
        <Switch
          checked={inConsumersFavour}
          onChange={setInConsumersFavour}
          ariaLabel="结果支持消费者的诉求"
          {...ariaRole('switch')}
          aria-checked={inConsumersFavour}
          data-testid="mediation-favour"
        />
      </View>
      <Notice notice={confirming ? null : record.notice} testId="mediation-form-notice" />
      <ActionButton className="wide-button" type="primary" size="large" block onClick={review} data-testid="mediation-review">
        记录结果，结束调解
      </ActionButton>
      <ConfirmSheet
        open={confirming}
        title="结束调解"
        confirmText="确定记录"
        busy={record.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
        testId="mediation-confirm"
      >
        <Text className="complaint-sheet__text" data-testid="mediation-confirm-text">
          {outcome ? MEDIATION_OUTCOME_LABEL[outcome] : ''}，{inConsumersFavour ? '支持消费者' : '不支持消费者'}：{summary.trim()}
        </Text>
        <Text className="complaint-sheet__text">记录后调解就结束了，不能再改。</Text>
        <Notice notice={record.notice} testId="mediation-sheet-notice" />
      </ConfirmSheet>
    </Card>
  );
}
