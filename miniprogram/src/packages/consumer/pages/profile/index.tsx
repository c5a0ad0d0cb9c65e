import { Text } from '@tarojs/components';
import { ConsumerProfileDocument } from './profile.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { LinkCard } from '@/components/LinkCard';
import { PageShell } from '@/components/PageShell';
import { maskPhone } from '@/domain/phone';
import { useQuery } from '@/hooks/use-query';
import { ROUTES } from '@/routes';

/** A consumer's account, and the one thing a consumer can already do: scan a product. */
export default function ConsumerProfilePage() {
  const { state, reload } = useQuery(ConsumerProfileDocument);
  return (
    <PageShell>
      <Text className="page-title">我的账户</Text>
      <AsyncView state={state} onRetry={reload}>
        {({ me }) => (
          <Card>
            <InfoRow label="姓名" value={me.displayName} />
            <InfoRow label="手机号" value={maskPhone(me.phone) || '未绑定'} />
          </Card>
        )}
      </AsyncView>
      <LinkCard title="扫码查溯源" description="扫商品上的码，看产地和检测" route={ROUTES.scan} isTab />
      <Text className="muted">我的订单、我的投诉即将开放。</Text>
    </PageShell>
  );
}
