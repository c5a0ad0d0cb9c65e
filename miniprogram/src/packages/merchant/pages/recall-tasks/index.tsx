import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AcknowledgeRecallDocument, MyRecallTasksDocument, type RecallTaskFragment } from './recall-tasks.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { cx } from '@/components/class-names';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { formatDateTime } from '@/domain/china-time';
import { RECALL_CLASS_LABEL, RECALL_ORIGIN_LABEL } from '@/domain/recall';
import { RECALL_DEADLINE } from '@/domain/trace';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES, withParams } from '@/routes';
import '@/components/trace-list.css';
import '@/components/workpoints.css';
import '../../trace.css';

/** Why this quantity cannot be reported, or null. */
export function removedProblem(removed: number | null, quantityHeld: number): string | null {
  if (removed === null) return '请填下架、封存了多少件（没有就填 0）';
  if (removed > quantityHeld) return `这批货您经手的一共 ${quantityHeld} 件，下架数量不能更多`;
  return null;
}

/**
 * 召回任务: every recall that reached a batch this shop holds. Those still waiting for a report
 * come first; a report (how many packs were taken off the shelf) can be corrected while the
 * recall is open.
 */
export default function RecallTasksPage() {
  const pending = usePagedQuery(MyRecallTasksDocument, (d) => d.myRecallTasks, { pendingOnly: true });
  const all = usePagedQuery(MyRecallTasksDocument, (d) => d.myRecallTasks, { pendingOnly: false });
  useReloadOnShow(pending.reload, all.reload);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const reported = (task: RecallTaskFragment) => {
    setNotice({
      tone: 'success',
      text: `已报告：${task.batch.product.name}（批号 ${task.batch.lot}）下架 ${task.quantityRemoved ?? 0} 件`,
    });
    pending.update((items) => items.filter((t) => t.id !== task.id));
    all.reload();
  };
  // The recall closed meanwhile, or the task is no longer this shop's: both lists show it as it is now.
  const stale = () => {
    pending.reload();
    all.reload();
  };

  return (
    <PageShell className="trace-page">
      <Text className="page-title">召回任务</Text>
      <Text className="trace-intro">
        有召回时，请马上停止销售，把这批货下架、封存，然后在这里报告下架了多少件。监管部门会看到您的报告。
      </Text>
      <Notice notice={notice} testId="recall-tasks-notice" />

      <Text className="section-title">等您报告的</Text>
      <PagedView
        query={pending}
        emptyTitle="没有要处理的召回"
        emptyHint="有新的召回时，这里和“我的”页面里的“消息”都会提醒您。"
        loadMoreTestId="pending-more"
      >
        {(items) => items.map((task) => <TaskCard key={task.id} task={task} onReported={reported} onStale={stale} />)}
      </PagedView>

      <Text className="section-title">已报告的</Text>
      <PagedView query={all} emptyTitle="还没有报告过" loadMoreTestId="reported-more">
        {(items) => {
          const done = items.filter((t) => t.acknowledgedAt !== null);
          if (done.length === 0) return <Text className="trace-row__meta">还没有报告过。</Text>;
          return done.map((task) => (
            <TaskCard
              key={task.id}
              task={task}
              onReported={(updated) => {
                setNotice({ tone: 'success', text: `已重新报告：下架 ${updated.quantityRemoved ?? 0} 件` });
                all.update((list) => list.map((t) => (t.id === updated.id ? updated : t)));
              }}
              onStale={stale}
            />
          ));
        }}
      </PagedView>
    </PageShell>
  );
}

function TaskCard({
  task,
  onReported,
  onStale,
}: {
  task: RecallTaskFragment;
  onReported: (task: RecallTaskFragment) => void;
  onStale: () => void;
}) {
  const { recall, batch } = task;
  const open = recall.status === 'OPEN';
  const acknowledged = task.acknowledgedAt !== null;
  const [removed, setRemoved] = useState('');
  const [confirming, setConfirming] = useState<number | null>(null);
  const acknowledge = useAction(AcknowledgeRecallDocument, (d) => d.acknowledgeRecall, { onStale });

  function ask() {
    const count = parseWholeNumber(removed);
    const problem = removedProblem(count, task.quantityHeld);
    if (problem) return acknowledge.refuse(problem, 'quantityRemoved');
    acknowledge.say(null);
    setConfirming(count);
  }

  async function confirm(count: number) {
    const done = await acknowledge.run({ input: { recallHolderId: task.id, quantityRemoved: count } });
    setConfirming(null);
    if (!done) return;
    setRemoved('');
    onReported(done);
  }

  return (
    <Card className={cx('recall-task', open && !acknowledged && 'recall-task--pending')}>
      <View
        className="recall-task__body"
        data-testid="recall-task"
        data-status={acknowledged ? 'reported' : 'pending'}
        data-recall={recall.status}
      >
        <View className="trace-row__head">
          <Text className="trace-row__title">{batch.product.name}</Text>
          <Text className={cx('trace-tag', open ? 'trace-tag--danger' : 'trace-tag--muted')} data-testid="recall-class">
            {RECALL_CLASS_LABEL[recall.recallClass]}
          </Text>
        </View>
        <Text className="trace-row__text">您的批号：{batch.lot}</Text>
        {recall.batch.id !== batch.id ? (
          <Text className="trace-row__text">
            起因：{recall.batch.product.name}（批号 {recall.batch.lot}），您这批用到了它或由它加工
          </Text>
        ) : null}
        <Text className="trace-row__text">原因：{recall.reason}</Text>
        {open ? <Text className="trace-row__meta">要求：{RECALL_DEADLINE[recall.recallClass]}</Text> : null}
        <Text className="trace-row__meta">
          {RECALL_ORIGIN_LABEL[recall.origin]} · 通知时间 {formatDateTime(task.notifiedAt)}
        </Text>
        {acknowledged ? (
          <Text className="recall-task__report" data-testid="recall-reported">
            已报告：下架 {task.quantityRemoved ?? 0} 件（{formatDateTime(task.reportedAt ?? task.acknowledgedAt!)}）
          </Text>
        ) : (
          <Text className="recall-task__report recall-task__report--due">还没有报告</Text>
        )}
        {open ? null : (
          <>
            <Text className="trace-row__meta">召回已于 {recall.closedAt ? formatDateTime(recall.closedAt) : ''} 结束，不用再报告。</Text>
            {/* Why the report just sent was refused, once the reloaded task shows the recall closed. */}
            <Notice notice={acknowledge.notice} testId="task-notice" />
          </>
        )}

        {open ? (
          <View className="trace-form">
            <TextField
              label={acknowledged ? '数量有变，重新报告（件）' : '已下架、封存了多少件'}
              kind="number"
              value={removed}
              onChange={setRemoved}
              placeholder="没有就填 0"
              maxLength={8}
              testId="removed-input"
              {...acknowledge.fieldProps('quantityRemoved')}
            />
            <Notice notice={acknowledge.notice} testId="task-notice" />
            <ActionButton className="wide-button" type="primary" size="large" block onClick={ask} data-testid="report-removed">
              {acknowledged ? '重新报告' : '报告下架数量'}
            </ActionButton>
          </View>
        ) : null}
        <ActionButton
          className="wide-button"
          fill="outline"
          type="primary"
          block
          onClick={() => void Taro.navigateTo({ url: withParams(ROUTES.merchantTraceBatch, { id: batch.id }) })}
          data-testid="open-task-batch"
        >
          看这批货
        </ActionButton>
      </View>

      <ConfirmSheet
        open={confirming !== null}
        title={`报告已下架 ${confirming ?? 0} 件？`}
        confirmText="报告"
        busy={acknowledge.busy}
        onConfirm={() => confirming !== null && void confirm(confirming)}
        onCancel={() => setConfirming(null)}
        testId="report-confirm"
      >
        <Text>
          {batch.product.name}，批号 {batch.lot}。监管部门会看到这个数字；召回结束前，数量有变还可以重新报告。
        </Text>
      </ConfirmSheet>
    </Card>
  );
}
