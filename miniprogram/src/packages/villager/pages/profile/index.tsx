import { Text } from '@tarojs/components';
import { VillagerProfileDocument, type VillagerProfileQuery } from './profile.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StatusViews';
import { useQuery } from '@/hooks/use-query';

type Villager = VillagerProfileQuery['me'];

/** 我的村·我的户: the village and household this villager is registered in. */
export default function VillagerProfilePage() {
  const { state, reload } = useQuery(VillagerProfileDocument);
  return (
    <PageShell>
      <Text className="page-title">我的村·我的户</Text>
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={({ me }) => !me.village && !me.household}
        empty={<EmptyState title="还没有登记村和户" hint="请带上户口本找村干部登记，登记好后这里就能看到。" />}
      >
        {({ me }) => <Registration villager={me} />}
      </AsyncView>
    </PageShell>
  );
}

function Registration({ villager }: { villager: Villager }) {
  return (
    <>
      <Card title="我的村">
        {villager.village ? (
          <>
            <InfoRow label="村" value={villager.village.name} testId="profile-village" />
            <InfoRow label="镇（乡）" value={villager.village.town} />
            <InfoRow label="县" value={villager.village.county} />
          </>
        ) : (
          <Text className="muted">还没有登记所在的村，请联系村干部。</Text>
        )}
      </Card>
      <Card title="我的户">
        {villager.household ? (
          <>
            <InfoRow label="户" value={villager.household.name} testId="profile-household" />
            <InfoRow label="地址" value={villager.household.address} />
            <InfoRow label="户里的人" value={villager.displayName} />
          </>
        ) : (
          <Text className="muted">还没有登记到户，请联系村干部。</Text>
        )}
      </Card>
    </>
  );
}
