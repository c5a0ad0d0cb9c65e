import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActivitySummaryFragment } from './points.generated';
import { ariaRole } from '@/components/a11y';
import { formatDateTime } from '@/domain/china-time';
import { EVIDENCE_RULES, PARTICIPATION_STATUS } from '@/domain/workpoints';
import { ROUTES, withParams } from '@/routes';

/** One activity in 怎样挣工分: what, how many points, when and where; the whole card opens it. */
export function ActivityCard({ activity }: { activity: ActivitySummaryFragment }) {
  const status = activity.myParticipation?.status;
  return (
    <View
      className="activity-card"
      onClick={() => void Taro.navigateTo({ url: withParams(ROUTES.villagerActivity, { id: activity.id }) })}
      {...ariaRole('button')}
      data-testid="activity-item"
      data-title={activity.title}
    >
      <View className="activity-card__head">
        <Text className="activity-card__title">{activity.title}</Text>
        <Text className="activity-card__points">+{activity.points}</Text>
      </View>
      <Text className="activity-card__meta">
        {activity.scene.name} · {EVIDENCE_RULES[activity.evidence].label}
      </Text>
      <Text className="activity-card__meta">
        {formatDateTime(activity.startsAt)} · {activity.place}
      </Text>
      <View className="activity-card__foot">
        {status ? (
          <Text className={`badge ${status === 'REJECTED' ? 'badge--danger' : status === 'APPROVED' ? '' : 'badge--warm'}`}>
            {PARTICIPATION_STATUS[status]}
          </Text>
        ) : activity.placesLeft === 0 ? (
          <Text className="badge badge--muted">名额已满</Text>
        ) : (
          <Text className="badge">{activity.placesLeft === null ? '不限名额' : `还剩 ${activity.placesLeft} 个名额`}</Text>
        )}
        <Text className="activity-card__go">查看 ›</Text>
      </View>
    </View>
  );
}
