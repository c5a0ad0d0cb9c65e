import { Text, View } from '@tarojs/components';
import { MyTakingsDocument, ShopIncomeDocument, ShopSettlementsDocument } from './income.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { formatDateTime } from '@/domain/china-time';
import { yuan } from '@/domain/workpoints';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/workpoints.css';

/** 我的收入: points waiting to be settled, what they are worth, every taking and settlement. */
export default function IncomePage() {
  const income = useQuery(ShopIncomeDocument);
  const takings = usePagedQuery(MyTakingsDocument, (d) => d.myTakings, {});
  const settlements = usePagedQuery(ShopSettlementsDocument, (d) => d.pointsSettlements, {});
  useReloadOnShow(income.reload, takings.reload, settlements.reload);

  return (
    <PageShell className="income">
      <AsyncView state={income.state} onRetry={income.reload}>
        {(data) => (
          <View className="hero">
            <Text className="hero__label">待结算的工分</Text>
            <Text className="hero__number">
              <Text data-testid="shop-balance">{data.myShopPointsBalance}</Text>
              <Text className="hero__unit">分</Text>
            </Text>
            <Text className="hero__line">
              {data.pointsRate === null
                ? '村里还没定兑付标准'
                : `按每分 ${yuan(data.pointsRate)}，约值 ${yuan(data.myShopPointsBalance * data.pointsRate)}`}
            </Text>
          </View>
        )}
      </AsyncView>

      <Text className="section-title">收到的工分</Text>
      <Card>
        <PagedView query={takings} emptyTitle="还没有收过工分" loadMoreTestId="takings-more">
          {(items) =>
            items.map((t) => (
              <View key={t.id} className="row" data-testid="taking">
                <View className="row__main">
                  <Text className="row__title">{t.payer.displayName}</Text>
                  <Text className="row__meta">{formatDateTime(t.createdAt)}</Text>
                </View>
                <Text className="amount amount--plus">+{t.points}</Text>
              </View>
            ))
          }
        </PagedView>
      </Card>

      <Text className="section-title">结算记录</Text>
      <Card>
        <PagedView
          query={settlements}
          emptyTitle="还没有结算过"
          emptyHint="村里结算后，钱和工分数会记在这里。"
          loadMoreTestId="settlements-more"
        >
          {(items) =>
            items.map((s) => (
              <View key={s.id} className="row">
                <View className="row__main">
                  <Text className="row__title">结算 {s.points} 工分</Text>
                  <Text className="row__meta">
                    {formatDateTime(s.createdAt)} · 每分 {yuan(s.fenPerPoint)}
                  </Text>
                </View>
                <Text className="amount amount--plus">{yuan(s.amountFen)}</Text>
              </View>
            ))
          }
        </PagedView>
      </Card>
    </PageShell>
  );
}
