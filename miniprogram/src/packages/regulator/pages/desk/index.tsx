import { Text } from '@tarojs/components';
import { RegulatorDeskDocument } from './desk.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { LinkCard } from '@/components/LinkCard';
import { PageShell } from '@/components/PageShell';
import { ServiceLinks } from '@/components/ServiceLinks';
import { maskPhone } from '@/domain/phone';
import { ROLE_HOME_PLANS } from '@/domain/role-services';
import { useQuery } from '@/hooks/use-query';
import { ROUTES } from '@/routes';
import '@/components/trace-list.css';

/** The regulator's desk: the account it works under, and the 浙食链 work: sampling, recalls, flags. */
export default function RegulatorDeskPage() {
  const { state, reload } = useQuery(RegulatorDeskDocument);
  return (
    <PageShell>
      <Text className="page-title">监管工作台</Text>
      <AsyncView state={state} onRetry={reload}>
        {({ me }) => (
          <Card title="监管人员">
            <InfoRow label="姓名" value={me.displayName} />
            <InfoRow label="联系电话" value={maskPhone(me.phone) || '未绑定'} />
            {me.village ? <InfoRow label="所在县" value={me.village.county} /> : null}
          </Card>
        )}
      </AsyncView>
      <Text className="section-title">浙江市场在线 消费投诉</Text>
      <LinkCard
        title="投诉受理与调解"
        description="待受理、调解中、已超期，本月办结用时"
        route={ROUTES.regulatorComplaints}
        testId="desk-complaints"
      />
      <Text className="section-title">浙食链 食品安全</Text>
      <ServiceLinks links={ROLE_HOME_PLANS.REGULATOR.services.filter((link) => link.route !== ROUTES.regulatorComplaints)} />
      <Text className="trace-intro">监管驾驶舱即将开放。</Text>
    </PageShell>
  );
}
