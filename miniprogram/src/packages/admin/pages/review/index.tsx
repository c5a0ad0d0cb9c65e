import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ApproveParticipationDocument, RejectParticipationDocument, ReviewQueueDocument, type ReviewQueueQuery } from './review.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { PrivateImage } from '@/components/PrivateImage';
import { TextField } from '@/components/TextField';
import { formatDateTime } from '@/domain/china-time';
import { EVIDENCE_RULES } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/workpoints.css';
import './index.css';

type Submission = ReviewQueueQuery['reviewQueue']['items'][number];

/** 审核工分: evidence waiting, oldest first; 通过 awards the points, 不通过 needs a reason. */
export default function ReviewPage() {
  const queue = usePagedQuery(ReviewQueueDocument, (d) => d.reviewQueue, {});
  useReloadOnShow(queue.reload);
  const [rejecting, setRejecting] = useState<Submission | null>(null);
  const [reason, setReason] = useState('');
  const [approvingId, setApprovingId] = useState<string | null>(null);
  // Someone else already decided it: the sheet closes and the queue shows what is left.
  const onStale = () => {
    setRejecting(null);
    queue.reload();
  };
  const approve = useAction(ApproveParticipationDocument, (d) => d.approveParticipation, { onStale });
  const reject = useAction(RejectParticipationDocument, (d) => d.rejectParticipation, { onStale });

  const drop = (id: string) => queue.update((items) => items.filter((item) => item.id !== id));

  async function runApprove(item: Submission) {
    reject.say(null);
    setApprovingId(item.id);
    const done = await approve.run({ participationId: item.id });
    setApprovingId(null);
    if (!done) return;
    drop(item.id);
    approve.say({ tone: 'success', text: `已通过：${item.villager.displayName} 得 ${item.activity.points} 工分` });
  }

  function openReject(item: Submission) {
    approve.say(null);
    reject.say(null);
    setReason('');
    setRejecting(item);
  }

  async function runReject() {
    if (!rejecting) return;
    const text = reason.trim();
    if (text.length < 2) return reject.refuse('请写明不通过的原因，村民会看到', 'reason');
    const done = await reject.run({ participationId: rejecting.id, reason: text });
    if (!done) return;
    drop(rejecting.id);
    reject.say({ tone: 'success', text: `已退回 ${rejecting.villager.displayName} 的提交，村民可以重新提交` });
    setRejecting(null);
    setReason('');
  }

  return (
    <PageShell className="review">
      <Text className="page-title">审核工分</Text>
      <Notice notice={approve.notice ?? (rejecting ? null : reject.notice)} testId="review-notice" />
      <PagedView query={queue} emptyTitle="没有待审核的提交" emptyHint="村民交了照片或签到后会出现在这里。" loadMoreTestId="review-more">
        {(items) =>
          items.map((item) => (
            <Card key={item.id} className="review-item">
              <View
                className="review-item__body"
                data-testid="review-item"
                data-activity={item.activity.title}
                data-villager={item.villager.displayName}
              >
                <View className="review-item__head">
                  <Text className="review-item__name">{item.villager.displayName}</Text>
                  <Text className="amount amount--plus">+{item.activity.points}</Text>
                </View>
                <Text className="review-item__activity">{item.activity.title}</Text>
                <Text className="row__meta">
                  {EVIDENCE_RULES[item.activity.evidence].label}
                  {item.submittedAt ? ` · ${formatDateTime(item.submittedAt)} 提交` : ''}
                </Text>
                {item.checkedInAt ? <Text className="row__meta">已在 {formatDateTime(item.checkedInAt)} 现场签到</Text> : null}
                {item.filedOnBehalf ? <Text className="badge badge--warm">村干部代办</Text> : null}
                {item.note ? <Text className="review-item__note">说明：{item.note}</Text> : null}
                {item.photoUrls.length > 0 ? (
                  <View className="review-item__photos">
                    {item.photoUrls.map((url, index) => (
                      <PrivateImage
                        key={url}
                        path={url}
                        alt={`${item.villager.displayName} 的第 ${index + 1} 张照片`}
                        className="review-item__photo"
                      />
                    ))}
                  </View>
                ) : null}
                <View className="actions">
                  <ActionButton type="danger" fill="outline" onClick={() => openReject(item)} data-testid="reject-button">
                    不通过
                  </ActionButton>
                  <ActionButton
                    type="primary"
                    loading={approvingId === item.id}
                    onClick={() => void runApprove(item)}
                    data-testid="approve-button"
                  >
                    通过
                  </ActionButton>
                </View>
              </View>
            </Card>
          ))
        }
      </PagedView>

      <ConfirmSheet
        open={rejecting !== null}
        title="不通过"
        confirmText="确定不通过"
        danger
        busy={reject.busy}
        confirmDisabled={reason.trim().length < 2}
        onConfirm={() => void runReject()}
        onCancel={() => setRejecting(null)}
        testId="reject-sheet"
      >
        {rejecting ? (
          <Text>
            {rejecting.villager.displayName} · {rejecting.activity.title}
          </Text>
        ) : null}
        <TextField
          label="不通过的原因（必填，村民会看到）"
          value={reason}
          onChange={setReason}
          placeholder="比如：照片看不清，请重拍"
          maxLength={200}
          testId="reject-reason"
          {...reject.fieldProps('reason')}
        />
        <Notice notice={reject.notice} />
      </ConfirmSheet>
    </PageShell>
  );
}
