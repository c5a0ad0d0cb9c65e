import { Text } from '@tarojs/components';
import { BankDeskDocument } from './desk.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { maskPhone } from '@/domain/phone';
import { useQuery } from '@/hooks/use-query';

/** The bank officer's desk: for now, the account it works under. */
export default function BankDeskPage() {
  const { state, reload } = useQuery(BankDeskDocument);
  return (
    <PageShell>
      <Text className="page-title">信贷工作台</Text>
      <AsyncView state={state} onRetry={reload}>
        {({ me }) => (
          <Card title="信贷员">
            <InfoRow label="姓名" value={me.displayName} />
            <InfoRow label="联系电话" value={maskPhone(me.phone) || '未绑定'} />
          </Card>
        )}
      </AsyncView>
      <Text className="muted">贷款产品、审批、放款和还款登记即将开放。</Text>
    </PageShell>
  );
}
