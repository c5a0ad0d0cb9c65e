import { Text } from '@tarojs/components';
import { MerchantShopDocument } from './shop.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { maskPhone } from '@/domain/phone';
import { villageLine } from '@/domain/village';
import { useQuery } from '@/hooks/use-query';

/** The merchant's shop as far as the account knows it: who runs it and where. */
export default function MerchantShopPage() {
  const { state, reload } = useQuery(MerchantShopDocument);
  return (
    <PageShell>
      <Text className="page-title">我的店铺</Text>
      <AsyncView state={state} onRetry={reload}>
        {({ me }) => (
          <Card title="经营者">
            <InfoRow label="姓名" value={me.displayName} />
            <InfoRow label="联系电话" value={maskPhone(me.phone) || '未绑定'} />
            <InfoRow label="所在地" value={me.village ? villageLine(me.village) : '未登记'} />
            <InfoRow label="账号编号" value={me.id} testId="shop-account-id" />
          </Card>
        )}
      </AsyncView>
      <Text className="muted">别的商家给您发货时，要填您的账号编号。店铺名称、营业执照和信用评级即将开放。</Text>
    </PageShell>
  );
}
