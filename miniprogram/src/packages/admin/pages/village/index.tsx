import { Text } from '@tarojs/components';
import { ParticipationByMonth } from './ParticipationByMonth';
import { AdminVillageDocument } from './village.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { ServiceLinks } from '@/components/ServiceLinks';
import { EmptyState } from '@/components/StatusViews';
import { ROLE_HOME_PLANS } from '@/domain/role-services';
import { useQuery } from '@/hooks/use-query';
import { ROUTES } from '@/routes';

/** Every 工分宝 tool of a village admin, this page itself left out. */
const ADMIN_TOOLS = [
  { key: 'review', title: '审核工分', description: '核对照片和签到，记工分', route: ROUTES.adminReview },
  ...ROLE_HOME_PLANS.VILLAGE_ADMIN.services.filter((link) => link.route !== ROUTES.adminVillage),
];

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
            <>
              <Card title="负责的村">
                <InfoRow label="村" value={me.village.name} />
                <InfoRow label="镇（乡）" value={me.village.town} />
                <InfoRow label="县" value={me.village.county} />
                <InfoRow label="村干部" value={me.displayName} />
              </Card>
              <ParticipationByMonth />
            </>
          ) : null
        }
      </AsyncView>
      <Text className="section-title">工分宝</Text>
      <ServiceLinks links={ADMIN_TOOLS} />
    </PageShell>
  );
}
