import { Text } from '@tarojs/components';
import { MeAccountDocument, type MeAccountQuery } from './me.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { ElderModeSwitch } from '@/components/ElderModeSwitch';
import { PageShell } from '@/components/PageShell';
import { RoleSwitcher } from '@/components/RoleSwitcher';
import { useActiveRole } from '@/device/active-role';
import { loadSession } from '@/device/session';
import { maskPhone } from '@/domain/phone';
import { roleListLabel } from '@/domain/roles';
import { villageLine } from '@/domain/village';
import { useQuery } from '@/hooks/use-query';
import { LogoutButton } from './LogoutButton';
import { TraceLinks } from './TraceLinks';
import './index.css';

export default function MePage() {
  const { state, reload } = useQuery(MeAccountDocument);
  return (
    <PageShell className="me">
      <AsyncView state={state} onRetry={reload}>
        {(data) => <AccountDetails account={data.me} />}
      </AsyncView>
      {loadSession() ? <TraceLinks /> : null}

      {/* Settings work even when the account could not be loaded. */}
      <Card title="设置">
        <ElderModeSwitch />
      </Card>
      <LogoutButton />
    </PageShell>
  );
}

function AccountDetails({ account }: { account: MeAccountQuery['me'] }) {
  const activeRole = useActiveRole(account.roles);
  return (
    <>
      <Card>
        <Text className="page-title" data-testid="me-name">
          {account.displayName}
        </Text>
        <InfoRow label="手机号" value={maskPhone(account.phone) || '未绑定'} testId="me-phone" />
        <InfoRow label="身份" value={roleListLabel(account.roles) || '未开通'} testId="me-roles" />
        <InfoRow label="所在村" value={account.village ? villageLine(account.village) : '未登记'} />
        <InfoRow label="所在户" value={account.household?.name ?? '未登记'} />
      </Card>
      {activeRole && account.roles.length > 1 ? (
        <Card>
          <RoleSwitcher roles={account.roles} active={activeRole} />
        </Card>
      ) : null}
    </>
  );
}
