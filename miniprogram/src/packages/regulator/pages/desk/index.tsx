import { Text } from '@tarojs/components';
import { RegulatorDeskDocument } from '@gongfu/shared-types';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { maskPhone } from '@/domain/phone';
import { useQuery } from '@/hooks/use-query';

/** The regulator's desk: for now, the account it works under. */
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
      <Text className="muted">投诉受理、抽检与召回、监管驾驶舱即将开放。</Text>
    </PageShell>
  );
}
