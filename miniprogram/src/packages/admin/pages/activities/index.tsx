import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AdminActivitiesDocument, CancelActivityDocument, type AdminActivitiesQuery } from './activities.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { formatTimeRange } from '@/domain/china-time';
import { EVIDENCE_RULES } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES, withParams } from '@/routes';
import '@/components/workpoints.css';

type Activity = AdminActivitiesQuery['villageActivities']['items'][number];

/** Where an activity stands for the cadre: still running, over, or called off. */
function activityState(a: Activity): { label: string; live: boolean } {
  if (a.cancelledAt) return { label: '已取消', live: false };
  if (new Date(a.endsAt).getTime() <= Date.now()) return { label: '已结束', live: false };
  return { label: '进行中', live: true };
}

/** 活动管理: the village's current activities, each with its check-in code and 代办; 发布 on top. */
export default function AdminActivitiesPage() {
  const activities = usePagedQuery(AdminActivitiesDocument, (d) => d.villageActivities, {});
  useReloadOnShow(activities.reload);
  const [cancelling, setCancelling] = useState<Activity | null>(null);
  // Someone else changed it meanwhile: the list shows where it stands now.
  const cancel = useAction(CancelActivityDocument, (d) => d.cancelActivity, { onStale: activities.reload });

  async function runCancel() {
    if (!cancelling) return;
    const done = await cancel.run({ activityId: cancelling.id });
    setCancelling(null);
    if (!done) return;
    // The list keeps cancelled activities (marked 已取消), as it shows them after a reload.
    activities.update((items) => items.map((a) => (a.id === done.id ? { ...a, cancelledAt: done.cancelledAt } : a)));
    cancel.say({ tone: 'success', text: `已取消：${cancelling.title}` });
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
      <Notice notice={cancel.notice} />
      <Text className="section-title">本村的活动（最新在前）</Text>
      <PagedView query={activities} emptyTitle="还没有发布过活动" emptyHint="点上面的“发布新活动”。" loadMoreTestId="admin-activities-more">
        {(items) =>
          items.map((a) => {
            const state = activityState(a);
            return (
              <Card key={a.id}>
                <View data-testid="admin-activity" data-title={a.title}>
                  <View className="row">
                    <View className="row__main">
                      <Text className="row__title">{a.title}</Text>
                      <Text className={state.live ? 'badge' : 'badge badge--muted'}>{state.label}</Text>
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
                  {state.live ? (
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
                        onClick={() => void Taro.navigateTo({ url: withParams(ROUTES.adminFileOnBehalf, { id: a.id }) })}
                        data-testid="file-on-behalf-link"
                      >
                        代办
                      </ActionButton>
                      <ActionButton type="danger" fill="outline" onClick={() => setCancelling(a)}>
                        取消活动
                      </ActionButton>
                    </View>
                  ) : null}
                </View>
              </Card>
            );
          })
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
