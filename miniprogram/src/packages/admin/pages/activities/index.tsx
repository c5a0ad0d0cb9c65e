import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AdminActivitiesDocument, CancelActivityDocument, type AdminActivitiesQuery } from '@gql/admin';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { formatTimeRange } from '@/domain/china-time';
import { EVIDENCE_RULES } from '@/domain/workpoints';
import { useMutation } from '@/hooks/use-mutation';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES, withParams } from '@/routes';
import '@/components/workpoints.css';

type Activity = AdminActivitiesQuery['openActivities']['items'][number];

/** 活动管理: the village's current activities, each with its check-in code and 代办; 发布 on top. */
export default function AdminActivitiesPage() {
  const activities = usePagedQuery(AdminActivitiesDocument, (d) => d.openActivities, {});
  useReloadOnShow(activities.reload);
  const [cancelling, setCancelling] = useState<Activity | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const cancel = useMutation(CancelActivityDocument);

  async function runCancel() {
    if (!cancelling) return;
    const outcome = await cancel.run({ activityId: cancelling.id });
    if (!outcome) return;
    if (outcome.ok) {
      activities.update((items) => items.filter((a) => a.id !== cancelling.id));
      setNotice({ tone: 'success', text: `已取消：${cancelling.title}` });
    } else {
      setNotice({ tone: 'error', text: outcome.error.message });
    }
    setCancelling(null);
  }

  return (
    <PageShell>
      <Text className="page-title">活动管理</Text>
      <ActionButton
        className="wide-button"
        type="primary"
        size="large"
        block
        onClick={() => void Taro.navigateTo({ url: ROUTES.adminPublishActivity })}
        data-testid="publish-activity-link"
      >
        发布新活动
      </ActionButton>
      <Notice notice={notice} />
      <Text className="section-title">正在进行和即将开始</Text>
      <PagedView query={activities} emptyTitle="没有进行中的活动" emptyHint="点上面的“发布新活动”。" loadMoreTestId="admin-activities-more">
        {(items) =>
          items.map((a) => (
            <Card key={a.id}>
              <View data-testid="admin-activity" data-title={a.title}>
                <View className="row">
                  <View className="row__main">
                    <Text className="row__title">{a.title}</Text>
                    <Text className="row__meta">
                      {a.scene.name} · {EVIDENCE_RULES[a.evidence].label} · {a.points} 工分
                    </Text>
                    <Text className="row__meta">{formatTimeRange(a.startsAt, a.endsAt)}</Text>
                    <Text className="row__meta">
                      {a.place} · 已报 {a.signupCount}
                      {a.capacity === null ? ' 人（不限）' : ` / ${a.capacity} 人`}
                    </Text>
                  </View>
                </View>
                <View className="actions">
                  {a.evidence !== 'PHOTO' ? (
                    <ActionButton
                      type="primary"
                      onClick={() => void Taro.navigateTo({ url: withParams(ROUTES.adminCheckinCode, { id: a.id }) })}
                      data-testid="checkin-code-link"
                    >
                      签到码
                    </ActionButton>
                  ) : null}
                  <ActionButton
                    type="primary"
                    fill="outline"
                    onClick={() => void Taro.navigateTo({ url: withParams(ROUTES.adminFileOnBehalf, { activityId: a.id }) })}
                    data-testid="file-on-behalf-link"
                  >
                    代办
                  </ActionButton>
                  <ActionButton type="danger" fill="outline" onClick={() => setCancelling(a)}>
                    取消活动
                  </ActionButton>
                </View>
              </View>
            </Card>
          ))
        }
      </PagedView>
      <ConfirmSheet
        open={cancelling !== null}
        title="取消这个活动？"
        confirmText="确定取消活动"
        cancelText="不取消"
        danger
        busy={cancel.busy}
        onConfirm={() => void runCancel()}
        onCancel={() => setCancelling(null)}
      >
        <Text>{cancelling?.title}</Text>
        <Text className="muted">取消后村民不能再报名和提交；已经审核通过的工分不受影响。</Text>
      </ConfirmSheet>
    </PageShell>
  );
}
