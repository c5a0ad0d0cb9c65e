import { Text } from '@tarojs/components';
import { ConsumerProfileDocument } from './profile.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { LinkCard } from '@/components/LinkCard';
import { PageShell } from '@/components/PageShell';
import { maskPhone } from '@/domain/phone';
import { useQuery } from '@/hooks/use-query';
import { ROUTES } from '@/routes';

/** A consumer's account, and the ways to what a consumer does: scan, complain, read notices. */
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
      <LinkCard title="我的投诉" description="投诉过的商家，处理到哪一步了" route={ROUTES.consumerComplaints} testId="profile-complaints" />
      <LinkCard title="我的扫码" description="扫过的商品，召回会标红" route={ROUTES.consumerScans} testId="profile-scans" />
      <LinkCard title="消息" description="召回通知、投诉进展" route={ROUTES.consumerNotices} testId="profile-notices" />
      <Text className="muted">农品商城即将开放。</Text>
    </PageShell>
  );
}
