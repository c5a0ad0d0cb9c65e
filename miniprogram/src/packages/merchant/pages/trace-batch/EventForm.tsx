import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ProcessingInputsDocument, RecordTraceEventDocument } from './trace-batch.generated';
import type { RecordTraceEventInput, TraceBizStep } from '@gongfu/shared-types';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { cx } from '@/components/class-names';
import { DateTimeField } from '@/components/DateTimeField';
import { Notice } from '@/components/Notice';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { chinaLocalToIso, isoToChinaLocal } from '@/domain/china-time';
import { BIZ_STEP_LABEL } from '@/domain/trace';
import { useAction } from '@/hooks/use-action';
import { ReceiverPicker } from './ReceiverPicker';
import { useQuery } from '@/hooks/use-query';
import '@/components/choice-chips.css';

/** Every step a shop records by hand; 赋码 (commissioning) is what 生成溯源码 does. */
const STEP_CHOICES: Array<{ value: TraceBizStep; label: string; hint: string }> = [
  { value: 'PRODUCING', label: BIZ_STEP_LABEL.PRODUCING, hint: '养殖、种植、采收' },
  { value: 'PROCESSING', label: BIZ_STEP_LABEL.PROCESSING, hint: '用别的批次做原料加工' },
  { value: 'PACKING', label: BIZ_STEP_LABEL.PACKING, hint: '装盒、装箱' },
  { value: 'SHIPPING', label: BIZ_STEP_LABEL.SHIPPING, hint: '发给别的商家' },
  { value: 'RECEIVING', label: BIZ_STEP_LABEL.RECEIVING, hint: '收到别的商家发来的货' },
  { value: 'STORING', label: BIZ_STEP_LABEL.STORING, hint: '放进仓库、冷库' },
  { value: 'RETAIL_SELLING', label: BIZ_STEP_LABEL.RETAIL_SELLING, hint: '在店里卖给顾客' },
];

/** A shipment cannot be recorded ahead of time; a phone's clock may run a little fast. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface EventDraft {
  bizStep: TraceBizStep | null;
  time: string;
  place: string;
  quantity: string;
  receiverId: string;
  temperature: string;
  inputBatchIds: string[];
  note: string;
}

export function newEventDraft(now: Date = new Date()): EventDraft {
  return {
    bizStep: null,
    time: isoToChinaLocal(now.toISOString()),
    place: '',
    quantity: '',
    receiverId: '',
    temperature: '',
    inputBatchIds: [],
    note: '',
  };
}

/** A refusal names the input at fault as RecordTraceEventInput does, so the BFF's land on the same fields. */
type Checked = { ok: true; input: RecordTraceEventInput } | { ok: false; message: string; field: keyof RecordTraceEventInput };

/** The checks the BFF makes too, in the words of the form. */
export function checkEvent(batchId: string, draft: EventDraft, now: Date = new Date()): Checked {
  const step = draft.bizStep;
  if (!step) return { ok: false, message: '请选是哪个环节', field: 'bizStep' };
  const eventTime = chinaLocalToIso(draft.time);
  if (!eventTime) return { ok: false, message: '请选日期和时间', field: 'eventTime' };
  if (Date.parse(eventTime) > now.getTime() + CLOCK_SKEW_MS) return { ok: false, message: '时间不能晚于现在', field: 'eventTime' };
  const place = draft.place.trim();
  if (place.length < 2 || place.length > 100) return { ok: false, message: '请填地点（2–100 个字），例如：戴村镇冷库', field: 'place' };

  let quantity: number | null = null;
  if (draft.quantity.trim()) {
    quantity = parseWholeNumber(draft.quantity);
    if (quantity === null || quantity < 1) return { ok: false, message: '数量要填正整数（件）', field: 'quantity' };
  }
  let counterpartyAccountId: string | null = null;
  if (step === 'SHIPPING') {
    const receiver = parseWholeNumber(draft.receiverId);
    if (receiver === null || receiver < 1)
      return { ok: false, message: '发货要选收货商家，或填它的账号编号（数字）', field: 'counterpartyAccountId' };
    if (quantity === null) return { ok: false, message: '发货要填发了多少件', field: 'quantity' };
    counterpartyAccountId = String(receiver);
  }
  let temperatureCelsius: number | null = null;
  if (step === 'STORING' && draft.temperature.trim()) {
    const text = draft.temperature.trim();
    temperatureCelsius = /^-?\d{1,2}(\.\d)?$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(temperatureCelsius) || temperatureCelsius < -60 || temperatureCelsius > 60) {
      return { ok: false, message: '温度填 -60 到 60 之间的数，例如 4 或 -18', field: 'temperatureCelsius' };
    }
  }
  if (step === 'PROCESSING' && draft.inputBatchIds.length === 0)
    return { ok: false, message: '加工要选用到的原料批次', field: 'inputBatchIds' };
  const note = draft.note.trim();
  if (note.length > 200) return { ok: false, message: '备注最多 200 个字', field: 'note' };

  return {
    ok: true,
    input: {
      batchId,
      bizStep: step,
      eventTime,
      timeZoneOffset: '+08:00',
      place,
      quantity,
      counterpartyAccountId,
      temperatureCelsius,
      inputBatchIds: step === 'PROCESSING' ? draft.inputBatchIds : [],
      note,
    },
  };
}

/**
 * 记录一个环节: what happened to the batch, when, where, and the facts that step needs.
 * `onStale` reloads the batch the BFF says changed meanwhile (recalled since the page was opened).
 */
export function EventForm({
  batchId,
  onCancel,
  onRecorded,
  onStale,
}: {
  batchId: string;
  onCancel: () => void;
  onRecorded: (step: TraceBizStep) => void;
  onStale: () => void;
}) {
  const [draft, setDraft] = useState<EventDraft>(() => newEventDraft());
  /** The business picked by name, shown instead of its account number. */
  const [receiver, setReceiver] = useState<string | null>(null);
  const record = useAction(RecordTraceEventDocument, (d) => d.recordTraceEvent, { onStale });
  const set =
    <K extends keyof EventDraft>(key: K) =>
    (value: EventDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const step = draft.bizStep;

  async function submit() {
    const checked = checkEvent(batchId, draft);
    if (!checked.ok) return record.refuse(checked.message, checked.field);
    const done = await record.run({ input: checked.input });
    if (done) onRecorded(done.bizStep);
  }

  return (
    <Card title="记录一个环节">
      <ChoiceChips label="是哪个环节" choices={STEP_CHOICES} value={step} onChange={set('bizStep')} testId="event-step" />
      {step ? <Text className="trace-row__meta">{STEP_CHOICES.find((c) => c.value === step)?.hint}</Text> : null}
      <DateTimeField label="什么时候（北京时间）" value={draft.time} onChange={set('time')} testId="event-time" />
      <TextField
        label="在哪里"
        value={draft.place}
        onChange={set('place')}
        placeholder="例如：大石盖村土鸡养殖场"
        maxLength={100}
        testId="event-place"
        {...record.fieldProps('place')}
      />
      <TextField
        label={step === 'SHIPPING' ? '发了多少件' : '数量（件，可不填）'}
        kind="number"
        value={draft.quantity}
        onChange={set('quantity')}
        maxLength={8}
        testId="event-quantity"
        {...record.fieldProps('quantity')}
      />
      {step === 'SHIPPING' ? (
        receiver ? (
          <View className="field">
            <Text className="field__label">收货商家</Text>
            <View className="field__row">
              <Text className="trace-row__title" data-testid="event-receiver-chosen">
                {receiver}（账号 {draft.receiverId}）
              </Text>
              <ActionButton
                className="small-button"
                fill="outline"
                type="primary"
                onClick={() => {
                  setReceiver(null);
                  set('receiverId')('');
                }}
                data-testid="event-receiver-change"
              >
                换一家
              </ActionButton>
            </View>
          </View>
        ) : (
          <ReceiverPicker
            onPick={(picked) => {
              setReceiver(picked.name);
              set('receiverId')(picked.accountId);
            }}
          />
        )
      ) : null}
      {step === 'SHIPPING' && !receiver ? (
        <TextField
          label="或者直接填收货商家的账号编号"
          kind="number"
          value={draft.receiverId}
          onChange={set('receiverId')}
          placeholder="例如 12"
          maxLength={9}
          hint="请收货的商家打开“我的店铺”，把上面的“账号编号”告诉您。填错了对方收不到这批货。"
          testId="event-receiver"
          {...record.fieldProps('counterpartyAccountId')}
        />
      ) : null}
      {step === 'STORING' ? (
        <TextField
          label="温度（℃，冷库才填）"
          value={draft.temperature}
          onChange={set('temperature')}
          placeholder="例如 4 或 -18"
          maxLength={5}
          testId="event-temperature"
          {...record.fieldProps('temperatureCelsius')}
        />
      ) : null}
      {step === 'PROCESSING' ? <InputBatchPicker batchId={batchId} value={draft.inputBatchIds} onChange={set('inputBatchIds')} /> : null}
      <TextField
        label="备注（可不填）"
        value={draft.note}
        onChange={set('note')}
        maxLength={200}
        testId="event-note"
        {...record.fieldProps('note')}
      />
      <Notice notice={record.notice} testId="event-notice" />
      <View className="actions">
        <ActionButton fill="outline" type="primary" disabled={record.busy} onClick={onCancel} data-testid="event-cancel">
          取消
        </ActionButton>
        <ActionButton type="primary" loading={record.busy} onClick={() => void submit()} data-testid="event-submit">
          保存这个环节
        </ActionButton>
      </View>
    </Card>
  );
}

/** The ingredients of a processing step: any other batch this shop made or received. */
function InputBatchPicker({ batchId, value, onChange }: { batchId: string; value: string[]; onChange: (ids: string[]) => void }) {
  const { state, reload } = useQuery(ProcessingInputsDocument);
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <View className="field">
      <Text className="field__label">用到的原料批次（可多选）</Text>
      <AsyncView state={state} onRetry={reload}>
        {(data) => {
          const options = [
            ...data.myTraceProducts.flatMap((p) => p.batches.map((b) => ({ id: b.id, label: `${p.name} · 批号 ${b.lot}` }))),
            ...data.myHeldBatches.items.map((b) => ({ id: b.id, label: `${b.product.name} · 批号 ${b.lot}（进货）` })),
          ].filter((o) => o.id !== batchId);
          if (options.length === 0)
            return <Text className="trace-row__meta">您还没有别的批次可以作原料。先登记原料批次，或等供货商家发货给您。</Text>;
          return (
            <View className="chips chips--stacked" {...ariaRole('group')} aria-label="用到的原料批次" data-testid="event-inputs">
              {options.map((o) => {
                const checked = value.includes(o.id);
                return (
                  <View
                    key={o.id}
                    className={cx('chip', checked && 'chip--selected')}
                    onClick={() => toggle(o.id)}
                    {...ariaRole('checkbox')}
                    aria-checked={checked}
                    data-testid={`event-input-${o.id}`}
                  >
                    <Text className="chip__label">
                      {checked ? '✓ ' : ''}
                      {o.label}
                    </Text>
                  </View>
                );
              })}
            </View>
          );
        }}
      </AsyncView>
    </View>
  );
}
