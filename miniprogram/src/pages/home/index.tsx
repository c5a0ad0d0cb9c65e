import { HomeAccountDocument } from './home.generated';
import { AsyncView } from '@/components/AsyncView';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StatusViews';
import { useQuery } from '@/hooks/use-query';
import { RoleHome } from './RoleHome';
import './index.css';

/** The first tab: the active role's home. Nobody signed in on this device yet: the login page (PageShell). */
export default function HomePage() {
  return (
    <PageShell className="home">
      <HomeForAccount />
    </PageShell>
  );
}

function HomeForAccount() {
  const { state, reload } = useQuery(HomeAccountDocument);
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(data) => data.me.roles.length === 0}
      empty={<EmptyState title="您的账号还没有开通身份" hint="请联系村干部或县里的管理员开通" />}
    >
      {(data) => <RoleHome account={data.me} />}
    </AsyncView>
  );
}
