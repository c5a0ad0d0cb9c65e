import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { OpenVoluntaryRecallDocument, type BatchRecallFragment } from './trace-batch.generated';
import type { RecallClass } from '@gongfu/shared-types';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { TextField } from '@/components/TextField';
import { formatDateTime } from '@/domain/china-time';
import { RECALL_CLASS_HINT, RECALL_CLASS_LABEL, RECALL_ORIGIN_LABEL } from '@/domain/recall';
import { RECALL_DEADLINE } from '@/domain/trace';
import { useAction } from '@/hooks/use-action';
import { ROUTES } from '@/routes';

/** Recalls in force first, in red, with what to do; finished ones after, plainly. */
export function RecallBanners({ recalls }: { recalls: BatchRecallFragment[] }) {
  if (recalls.length === 0) return null;
  return (
    <>
      {recalls.map((recall) =>
        recall.status === 'OPEN' ? (
          <View key={recall.id} className="recall-banner" {...ariaRole('alert')} data-testid="recall-banner" data-status="OPEN">
            <Text className="recall-banner__title">这批货正在召回 · {RECALL_CLASS_LABEL[recall.recallClass]}</Text>
            <Text className="recall-banner__text">原因：{recall.reason}</Text>
            <Text className="recall-banner__text">
              {RECALL_ORIGIN_LABEL[recall.origin]} · {formatDateTime(recall.openedAt)} 开始
            </Text>
            <Text className="recall-banner__text">请马上停止销售，把货下架封存，再到“召回任务”里报告下架了多少件。</Text>
            <ActionButton
              className="wide-button"
              fill="outline"
              block
              onClick={() => void Taro.navigateTo({ url: ROUTES.merchantRecallTasks })}
              data-testid="open-recall-tasks"
            >
              去报告下架数量
            </ActionButton>
          </View>
        ) : (
          <View key={recall.id} className="recall-banner recall-banner--closed" data-testid="recall-banner" data-status="CLOSED">
            <Text className="recall-banner__title">召回已结束 · {RECALL_CLASS_LABEL[recall.recallClass]}</Text>
            <Text className="recall-banner__text">原因：{recall.reason}</Text>
            {recall.closedAt ? <Text className="recall-banner__text">{formatDateTime(recall.closedAt)} 结束</Text> : null}
            {recall.closingNote ? <Text className="recall-banner__text">说明：{recall.closingNote}</Text> : null}
          </View>
        ),
      )}
    </>
  );
}

const CLASS_CHOICES = (['CLASS_I', 'CLASS_II', 'CLASS_III'] as const).map((value) => ({
  value,
  label: RECALL_CLASS_LABEL[value],
  hint: `${RECALL_CLASS_HINT[value]}；${RECALL_DEADLINE[value]}`,
}));

/**
 * 主动召回: the producer recalls its own batch. It cannot be taken back and reaches every shop
 * holding the batch and everyone who scanned it, so the sheet says so before anything else.
 * A recall opened meanwhile (by the regulator) is refused: `onStale` reloads the batch behind the
 * sheet, which keeps saying why until it is closed.
 */
export function VoluntaryRecallSheet({
  batchId,
  lot,
  onCancel,
  onOpened,
  onStale,
}: {
  batchId: string;
  lot: string;
  onCancel: () => void;
  onOpened: () => void;
  onStale: () => void;
}) {
  const [recallClass, setRecallClass] = useState<RecallClass | null>(null);
  const [reason, setReason] = useState('');
  const [ingredients, setIngredients] = useState<'no' | 'yes'>('no');
  const open = useAction(OpenVoluntaryRecallDocument, (d) => d.openVoluntaryRecall, { onStale });

  async function confirm() {
    if (!recallClass) return open.refuse('请选召回级别', 'recallClass');
    const text = reason.trim();
    if (text.length < 4 || text.length > 300) return open.refuse('请写清召回原因（4–300 个字）', 'reason');
    const done = await open.run({ input: { batchId, recallClass, reason: text, includeIngredients: ingredients === 'yes' } });
    if (done) onOpened();
  }

  return (
    <ConfirmSheet
      open
      title={`召回批号 ${lot} 的货`}
      confirmText="确认召回"
      danger
      busy={open.busy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      testId="recall-sheet"
    >
      <View className="warning-box" {...ariaRole('alert')}>
        <Text className="warning-box__title">召回发出后不能撤回</Text>
        <Text className="warning-box__text">
          系统会马上通知：收到这批货的每一家商家（要求下架）、扫过这批货溯源码的顾客，以及市场监管部门。只有召回结束才会解除。
        </Text>
      </View>
      <ChoiceChips
        label="召回级别"
        choices={CLASS_CHOICES}
        value={recallClass}
        onChange={setRecallClass}
        stacked
        testId="recall-class"
        {...open.fieldProps('recallClass')}
      />
      <TextField
        label="召回原因"
        value={reason}
        onChange={setReason}
        placeholder="例如：自检发现兽药残留超标"
        maxLength={300}
        testId="recall-reason"
        {...open.fieldProps('reason')}
      />
      <ChoiceChips
        label="问题是不是出在原料上？"
        choices={[
          { value: 'no', label: '不是', hint: '只召回这一批' },
          { value: 'yes', label: '是', hint: '连同原料批次、用同样原料加工的批次一起召回' },
        ]}
        value={ingredients}
        onChange={setIngredients}
        stacked
        testId="recall-ingredients"
      />
      <Notice notice={open.notice} testId="recall-notice" />
    </ConfirmSheet>
  );
}
