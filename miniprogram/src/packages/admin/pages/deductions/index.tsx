import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { DecideAppealDocument, DeductPointsDocument, PendingAppealsDocument, type PendingAppealsQuery } from './deductions.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { VillagerPicker, type PickedVillager } from '../../components/VillagerPicker';
import { formatDate } from '@/domain/china-time';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/workpoints.css';

type Appeal = PendingAppealsQuery['pendingAppeals']['items'][number];

/** 扣分与申诉: take points with a reason the villager sees, and decide the villagers' appeals. */
export default function DeductionsPage() {
  return (
    <PageShell>
      <Text className="page-title">扣分与申诉</Text>
      <DeductForm />
      <Text className="section-title">待处理的申诉</Text>
      <Appeals />
    </PageShell>
  );
}

function DeductForm() {
  const [villager, setVillager] = useState<PickedVillager | null>(null);
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState<{ villager: PickedVillager; points: number; reason: string } | null>(null);
  const deduct = useAction(DeductPointsDocument, (d) => d.deductPoints);

  function review() {
    const amount = parseWholeNumber(points);
    const text = reason.trim();
    if (!villager) return deduct.refuse('请先选要扣分的村民', 'villagerId');
    if (amount === null || amount < 1 || amount > 1000) return deduct.refuse('扣分填 1 到 1000', 'points');
    if (text.length < 2) return deduct.refuse('请写明扣分原因，村民会看到', 'reason');
    deduct.say(null);
    setConfirming({ villager, points: amount, reason: text });
  }

  async function confirm() {
    if (!confirming) return;
    const scope = `${confirming.villager.id}:${confirming.points}:${confirming.reason}`;
    const done = await deduct.run({
      input: {
        villagerId: confirming.villager.id,
        points: confirming.points,
        reason: confirming.reason,
        idempotencyKey: deduct.keyFor(scope),
      },
    });
    setConfirming(null);
    if (!done) return;
    deduct.say({ tone: 'success', text: `已给 ${done.villager.displayName} 扣 ${done.points} 分` });
    setVillager(null);
    setPoints('');
    setReason('');
  }

  return (
    <Card title="扣分">
      <VillagerPicker label="扣谁的分" value={villager} onChange={setVillager} {...deduct.fieldProps('villagerId')} />
      <TextField
        label="扣多少分"
        kind="number"
        value={points}
        onChange={setPoints}
        maxLength={4}
        testId="deduct-points"
        {...deduct.fieldProps('points')}
      />
      <TextField
        label="扣分原因（村民会看到）"
        value={reason}
        onChange={setReason}
        placeholder="例如：垃圾未分类，劝导后仍未改正"
        maxLength={200}
        testId="deduct-reason"
        {...deduct.fieldProps('reason')}
      />
      <Notice notice={deduct.notice} testId="deduct-notice" />
      <ActionButton className="wide-button" type="danger" size="large" block onClick={review} data-testid="deduct-submit">
        扣分
      </ActionButton>
      <ConfirmSheet
        open={confirming !== null}
        title="确认扣分"
        confirmText="确定扣分"
        danger
        busy={deduct.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      >
        {confirming ? (
          <Text>
            给 {confirming.villager.displayName} 扣 {confirming.points} 分：{confirming.reason}
          </Text>
        ) : null}
        <Text className="muted">村民可以在 30 天内申诉。</Text>
      </ConfirmSheet>
    </Card>
  );
}

function Appeals() {
  const appeals = usePagedQuery(PendingAppealsDocument, (d) => d.pendingAppeals, {});
  useReloadOnShow(appeals.reload);
  const [deciding, setDeciding] = useState<{ appeal: Appeal; overturn: boolean } | null>(null);
  const [note, setNote] = useState('');
  // Another cadre decided it meanwhile: the sheet closes and the list shows what is left.
  const decide = useAction(DecideAppealDocument, (d) => d.decideAppeal, {
    onStale: () => {
      setDeciding(null);
      appeals.reload();
    },
  });

  function open(appeal: Appeal, overturn: boolean) {
    decide.say(null);
    setDeciding({ appeal, overturn });
  }

  async function confirm() {
    if (!deciding) return;
    const { appeal, overturn } = deciding;
    const done = await decide.run({ deductionId: appeal.id, overturn, note: note.trim() });
    if (!done) return;
    appeals.update((items) => items.filter((a) => a.id !== appeal.id));
    setDeciding(null);
    setNote('');
    decide.say({ tone: 'success', text: overturn ? `已撤销扣分，退回 ${appeal.villager.displayName} ${appeal.points} 分` : '已维持扣分' });
  }

  return (
    <Card>
      <Notice notice={deciding ? null : decide.notice} testId="appeals-notice" />
      <PagedView query={appeals} emptyTitle="没有待处理的申诉" loadMoreTestId="appeals-more">
        {(items) =>
          items.map((a) => (
            <View key={a.id} className="row" data-testid="pending-appeal">
              <View className="row__main">
                <Text className="row__title">
                  {a.villager.displayName} · 扣 {a.points} 分
                </Text>
                <Text className="row__meta">
                  {formatDate(a.createdAt)} 扣分：{a.reason}
                </Text>
                <Text className="row__title">申诉：{a.appealReason}</Text>
                <View className="actions">
                  <ActionButton fill="outline" type="primary" onClick={() => open(a, false)}>
                    维持扣分
                  </ActionButton>
                  <ActionButton type="primary" onClick={() => open(a, true)}>
                    撤销扣分
                  </ActionButton>
                </View>
              </View>
            </View>
          ))
        }
      </PagedView>
      <ConfirmSheet
        open={deciding !== null}
        title={deciding?.overturn ? '撤销扣分，退回工分' : '维持扣分'}
        confirmText="确定"
        busy={decide.busy}
        confirmDisabled={note.trim().length < 2}
        onConfirm={() => void confirm()}
        onCancel={() => setDeciding(null)}
      >
        {deciding ? (
          <Text>
            {deciding.appeal.villager.displayName}：{deciding.appeal.reason}
          </Text>
        ) : null}
        <TextField label="处理意见（村民会看到）" value={note} onChange={setNote} maxLength={200} testId="appeal-note" />
        <Notice notice={decide.notice} />
      </ConfirmSheet>
    </Card>
  );
}
