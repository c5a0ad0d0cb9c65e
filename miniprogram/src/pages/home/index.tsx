import Taro, { useLoad } from '@tarojs/taro';
import { HomeAccountDocument } from './home.generated';
import { AsyncView } from '@/components/AsyncView';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StatusViews';
import { loadSession } from '@/device/session';
import { useQuery } from '@/hooks/use-query';
import { ROUTES } from '@/routes';
import { RoleHome } from './RoleHome';
import './index.css';

/** The first tab. Nobody signed in on this device yet: straight to the login page. */
export default function HomePage() {
  const signedIn = loadSession() !== null;
  useLoad(() => {
    if (!signedIn) void Taro.reLaunch({ url: ROUTES.login });
  });
  return <PageShell className="home">{signedIn ? <HomeForAccount /> : null}</PageShell>;
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
