import { Text, View } from '@tarojs/components';
import type { HomeAccountQuery } from './home.generated';
import { Card } from '@/components/Card';
import { LinkCard } from '@/components/LinkCard';
import { RoleSwitcher } from '@/components/RoleSwitcher';
import { ServiceLinks } from '@/components/ServiceLinks';
import { UpcomingServices } from '@/components/UpcomingServices';
import { useActiveRole } from '@/device/active-role';
import { ROLE_HOME_PLANS } from '@/domain/role-services';
import { roleLabel } from '@/domain/roles';
import { villageLine } from '@/domain/village';
import { ROUTES } from '@/routes';

type HomeAccount = HomeAccountQuery['me'];

/** The home of the account's active role: who and where you are, its services, what is coming. */
export function RoleHome({ account }: { account: HomeAccount }) {
  const role = useActiveRole(account.roles);
  if (!role) return null;
  const plan = ROLE_HOME_PLANS[role];
  // Where someone lives matters on the villagers' and their village admins' homes.
  const showsVillage = role === 'VILLAGER' || role === 'VILLAGE_ADMIN';

  return (
    <View data-testid={`home-${role.toLowerCase()}`}>
      <Card className="greeting">
        <Text className="greeting__hello" data-testid="home-greeting">
          您好，{account.displayName}
        </Text>
        {showsVillage ? <VillageBanner account={account} /> : null}
        <Text className="greeting__role">当前身份：{roleLabel(role)}</Text>
      </Card>

      <RoleSwitcher roles={account.roles} active={role} />

      <LinkCard
        title={plan.workspace.title}
        description={plan.workspace.description}
        route={plan.workspace.route}
        testId="workspace-link"
      />
      {role === 'CONSUMER' ? <LinkCard title="扫码查溯源" description="扫商品上的码，看产地和检测" route={ROUTES.scan} isTab /> : null}
      <ServiceLinks links={plan.services} />

      <UpcomingServices services={plan.upcoming} />
    </View>
  );
}

function VillageBanner({ account }: { account: HomeAccount }) {
  if (!account.village) {
    return <Text className="greeting__hint">还没有登记所在的村，请联系村干部</Text>;
  }
  return (
    <View className="greeting__place">
      <Text className="greeting__village" data-testid="home-village">
        {villageLine(account.village)}
      </Text>
      {account.household ? (
        <Text className="greeting__household" data-testid="home-household">
          {account.household.name}
        </Text>
      ) : null}
    </View>
  );
}
