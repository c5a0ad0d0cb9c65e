import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { CloseRecallDocument, RecallDetailDocument, type RecallDetailQuery } from './recall.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card, InfoRow } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { DetailPage } from '@/components/DetailPage';
import { Notice } from '@/components/Notice';
import { TextField } from '@/components/TextField';
import { cx } from '@/components/class-names';
import { formatDateTime } from '@/domain/china-time';
import { RECALL_CLASS_HINT, RECALL_CLASS_LABEL, RECALL_ORIGIN_LABEL, RECALL_RELATION_LABEL, recallProgressLine } from '@/domain/recall';
import { useAction } from '@/hooks/use-action';
import '@/components/trace-list.css';
import './index.css';

type Recall = RecallDetailQuery['recall'];
type Holder = Recall['holders'][number];

/**
 * 召回详情: one recall, opened from 召回管理 or from the sampling that started it (`?id=`).
 * Shops acknowledge while the regulator reads: coming back shows where they are.
 */
export default function RecallPage() {
  return (
    <DetailPage
      title="召回详情"
      document={RecallDetailDocument}
      missing={{ title: '没有指定要看的召回', hint: '请从“召回管理”里点开一条召回。' }}
    >
      {({ recall }, reload) => (
        <>
          <Summary recall={recall} />
          <AffectedBatches recall={recall} />
          <Scope recall={recall} />
          <Holders holders={recall.holders} />
          {recall.status === 'OPEN' ? <CloseRecall recall={recall} onChanged={reload} /> : null}
        </>
      )}
    </DetailPage>
  );
}

const batchName = (batch: Recall['batch']) => `${batch.product.name} · 批号 ${batch.lot}`;

function Summary({ recall }: { recall: Recall }) {
  const open = recall.status === 'OPEN';
  return (
    <Card>
      <View className="recall__head">
        <Text className="trace-tag trace-tag--danger" data-testid="recall-class">
          {RECALL_CLASS_LABEL[recall.recallClass]}
        </Text>
        <Text className={cx('trace-tag', open ? 'trace-tag--danger' : 'trace-tag--muted')} data-testid="recall-status">
          {open ? '进行中' : '已结束'}
        </Text>
      </View>
      <Text className="recall__class-hint">{RECALL_CLASS_HINT[recall.recallClass]}</Text>
      <Text className="recall__reason" data-testid="recall-reason">
        原因：{recall.reason}
      </Text>
      <InfoRow label="问题批次" value={batchName(recall.batch)} testId="recall-root" />
      <InfoRow label="商品条码" value={recall.batch.product.gtin} />
      <InfoRow label="来源" value={RECALL_ORIGIN_LABEL[recall.origin]} />
      <InfoRow label="发起时间" value={formatDateTime(recall.openedAt)} />
      {recall.closedAt ? <InfoRow label="结束时间" value={formatDateTime(recall.closedAt)} /> : null}
      {recall.closingNote ? (
        <Text className="recall__reason" data-testid="recall-closing-note">
          结束说明：{recall.closingNote}
        </Text>
      ) : null}
      <Text className="recall__progress" data-testid="recall-progress">
        {recallProgressLine(recall.progress)}
      </Text>
    </Card>
  );
}

function AffectedBatches({ recall }: { recall: Recall }) {
  return (
    <Card title="涉及的批次">
      {recall.affectedBatches.map(({ batch, relation }) => (
        <View key={batch.id} className="trace-row" data-testid="affected-batch">
          <View className="trace-row__head">
            <Text className="trace-row__title">{batchName(batch)}</Text>
            <Text className={cx('trace-tag', relation === 'ROOT' && 'trace-tag--danger')}>{RECALL_RELATION_LABEL[relation]}</Text>
          </View>
          <Text className="trace-row__meta">
            {batch.productionDate} 生产 · {batch.quantity} 件
          </Text>
        </View>
      ))}
    </Card>
  );
}

function Scope({ recall }: { recall: Recall }) {
  const { scope } = recall;
  return (
    <Card title="影响范围">
      <InfoRow label="生产" value={`${scope.made} 件`} testId="scope-made" />
      <View className="trace-row" data-testid="scope-shipped">
        <Text className="trace-row__title">发给了谁</Text>
        {scope.shipped.length === 0 ? <Text className="trace-row__meta">没有发货记录</Text> : null}
        {scope.shipped.map((s, index) => (
          <Text key={`${s.batch.id}-${s.to?.creditCode ?? 'none'}-${index}`} className="trace-row__text" data-testid="scope-shipment">
            {s.to?.name ?? '未登记的收货方'}：{batchName(s.batch)}，{s.quantity} 件
          </Text>
        ))}
      </View>
      <InfoRow label="商家收到" value={`${scope.received} 件`} testId="scope-received" />
      <InfoRow label="已卖出" value={`${scope.sold} 件`} testId="scope-sold" />
      <InfoRow label="消费者扫码" value={`${scope.scans} 次，${scope.scanners} 人已收到提醒`} testId="scope-scans" />
    </Card>
  );
}

function Holders({ holders }: { holders: Holder[] }) {
  // Who has not answered yet is what the regulator chases: they come first.
  const sorted = [...holders].sort((a, b) => Number(Boolean(a.acknowledgedAt)) - Number(Boolean(b.acknowledgedAt)));
  return (
    <Card title="商家确认情况">
      {sorted.length === 0 ? <Text className="trace-row__meta">这批货没有需要通知的商家。</Text> : null}
      {sorted.map((h) => {
        const pending = !h.acknowledgedAt;
        return (
          <View
            key={h.id}
            className={cx('trace-row', pending && 'recall-holder--pending')}
            data-testid="recall-holder"
            data-pending={pending}
          >
            <View className="trace-row__head">
              <Text className="trace-row__title">{h.merchant?.name ?? '未登记的商家'}</Text>
              <Text className={cx('trace-tag', pending ? 'trace-tag--danger' : undefined)}>{pending ? '还没确认' : '已确认'}</Text>
            </View>
            <Text className="trace-row__text">{batchName(h.batch)}</Text>
            <Text className="trace-row__meta">
              {pending
                ? `${formatDateTime(h.notifiedAt)} 已通知，还没有回复`
                : `${formatDateTime(h.acknowledgedAt!)} 确认，已下架 ${h.quantityRemoved ?? 0} 件`}
            </Text>
          </View>
        );
      })}
    </Card>
  );
}

function CloseRecall({ recall, onChanged }: { recall: Recall; onChanged: () => void }) {
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  // Closed meanwhile (by a colleague): the page shows it as it is now.
  const close = useAction(CloseRecallDocument, (d) => d.closeRecall, { onStale: onChanged });
  const pending = recall.progress.holders - recall.progress.acknowledged;

  function review() {
    const text = note.trim();
    if (text.length < 4) return close.refuse('请写结束说明（至少 4 个字）：下架、销毁、处置情况', 'note');
    if (text.length > 300) return close.refuse('结束说明最多 300 个字', 'note');
    close.say(null);
    setConfirming(true);
  }

  async function confirm() {
    const done = await close.run({ input: { recallId: recall.id, note: note.trim() } });
    setConfirming(false);
    if (!done) return;
    close.say({ tone: 'success', text: '召回已结束' });
    onChanged();
  }

  return (
    <Card title="结束召回">
      <Text className="trace-row__text" data-testid="close-hint">
        {pending > 0 ? `还有 ${pending} 家商家没有确认，要等他们都确认后才能结束。` : '所有商家都已确认，核实处置情况后可以结束召回。'}
      </Text>
      <TextField
        label="结束说明（下架、销毁、处置情况）"
        value={note}
        onChange={setNote}
        placeholder="例如：问题鸡蛋已全部下架并销毁"
        maxLength={300}
        testId="close-note"
        {...close.fieldProps('note')}
      />
      <Notice notice={close.notice} testId="close-notice" />
      <ActionButton className="wide-button" type="primary" size="large" block onClick={review} data-testid="close-submit">
        结束召回
      </ActionButton>
      <ConfirmSheet
        open={confirming}
        title="确认结束召回"
        confirmText="确定结束"
        busy={close.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <Text>
          {RECALL_CLASS_LABEL[recall.recallClass]}：{batchName(recall.batch)}
        </Text>
        <Text className="trace-row__text">说明：{note.trim()}</Text>
        <Text className="trace-row__meta">结束后商家会收到通知，不能再报告下架数量。</Text>
      </ConfirmSheet>
    </Card>
  );
}
