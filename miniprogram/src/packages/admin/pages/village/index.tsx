import { Text } from '@tarojs/components';
import { AdminVillageDocument } from '@gongfu/shared-types';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StatusViews';
import { useQuery } from '@/hooks/use-query';

/** The village a village admin looks after. */
export default function AdminVillagePage() {
  const { state, reload } = useQuery(AdminVillageDocument);
  return (
    <PageShell>
      <Text className="page-title">本村管理</Text>
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={({ me }) => !me.village}
        empty={<EmptyState title="账号还没有关联到村" hint="请联系县里的管理员，把您的账号关联到您负责的村。" />}
      >
        {({ me }) =>
          me.village ? (
            <Card title="负责的村">
              <InfoRow label="村" value={me.village.name} />
              <InfoRow label="镇（乡）" value={me.village.town} />
              <InfoRow label="县" value={me.village.county} />
              <InfoRow label="村干部" value={me.displayName} />
            </Card>
          ) : null
        }
      </AsyncView>
      <Text className="muted">发布任务、审核工分、积分商城和食堂菜单即将开放。</Text>
    </PageShell>
  );
}
