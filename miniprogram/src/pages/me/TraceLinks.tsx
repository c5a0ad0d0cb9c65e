import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { UnreadNoticeCountDocument } from './me.generated';
import { ariaRole } from '@/components/a11y';
import { Card } from '@/components/Card';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES, type Route } from '@/routes';

/**
 * 我的扫码 and 消息, for every signed-in role (anyone can scan a product). The unread count is
 * asked on its own, so a failure there never hides the account.
 */
export function TraceLinks() {
  const { state, reload } = useQuery(UnreadNoticeCountDocument);
  // The tab comes back after a message was read, or a recall arrived.
  useReloadOnShow(reload);
  const unread = state.status === 'success' ? state.data.unreadNoticeCount : 0;
  return (
    <Card>
      <MeLink title="我的扫码" description="扫过的商品，被召回的会标红" route={ROUTES.consumerScans} testId="me-scans" />
      <MeLink
        title="消息"
        description="召回提醒等消息"
        route={ROUTES.consumerNotices}
        badge={unread > 0 ? `${unread > 99 ? '99+' : unread} 条未读` : null}
        testId="me-notices"
      />
    </Card>
  );
}

interface MeLinkProps {
  title: string;
  description: string;
  route: Route;
  badge?: string | null;
  testId: string;
}

function MeLink({ title, description, route, badge, testId }: MeLinkProps) {
  return (
    <View className="me-link" onClick={() => void Taro.navigateTo({ url: route })} {...ariaRole('button')} data-testid={testId}>
      <View className="me-link__body">
        <Text className="me-link__title">{title}</Text>
        <Text className="me-link__description">{description}</Text>
      </View>
      {badge ? (
        <Text className="me-link__badge" data-testid={`${testId}-badge`}>
          {badge}
        </Text>
      ) : null}
      <Text className="me-link__arrow" aria-hidden>
        ›
      </Text>
    </View>
  );
}
