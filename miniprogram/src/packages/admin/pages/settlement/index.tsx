import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  SetPointsRateDocument,
  SettleShopPointsDocument,
  SettlementOverviewDocument,
  VillageSettlementsDocument,
  type SettlementOverviewQuery,
} from './settlement.generated';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { formatDateTime } from '@/domain/china-time';
import { yuan } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/workpoints.css';

type Shop = SettlementOverviewQuery['shopPointsBalances'][number];

/** 工分结算: how much a point is worth, the shops' points waiting, and paying them out. */
export default function SettlementPage() {
  const overview = useQuery(SettlementOverviewDocument);
  const history = usePagedQuery(VillageSettlementsDocument, (d) => d.pointsSettlements, {});
  useReloadOnShow(overview.reload, history.reload);

  return (
    <PageShell>
      <Text className="page-title">工分结算</Text>
      <AsyncView state={overview.state} onRetry={overview.reload}>
        {(data) => (
          <>
            <RateCard rate={data.pointsRate} onSaved={overview.reload} />
            <Shops
              shops={data.shopPointsBalances}
              rate={data.pointsRate}
              onSettled={() => {
                overview.reload();
                history.reload();
              }}
            />
          </>
        )}
      </AsyncView>
      <Text className="section-title">结算记录</Text>
      <Card>
        <PagedView query={history} emptyTitle="还没有结算过" loadMoreTestId="village-settlements-more">
          {(items) =>
            items.map((s) => (
              <View key={s.id} className="row" data-testid="settlement">
                <View className="row__main">
                  <Text className="row__title">
                    {s.merchant.displayName} · {s.points} 工分
                  </Text>
                  <Text className="row__meta">
                    {formatDateTime(s.createdAt)} · 每分 {yuan(s.fenPerPoint)}
                  </Text>
                </View>
                <Text className="amount">{yuan(s.amountFen)}</Text>
              </View>
            ))
          }
        </PagedView>
      </Card>
    </PageShell>
  );
}

function RateCard({ rate, onSaved }: { rate: number | null; onSaved: () => void }) {
  const [value, setValue] = useState(rate === null ? '' : String(rate));
  const save = useAction(SetPointsRateDocument, (d) => d.setPointsRate);

  async function submit() {
    const fen = parseWholeNumber(value);
    if (fen === null || fen < 1) return save.refuse('请填每 1 工分兑多少分钱（正整数）', 'fenPerPoint');
    const done = await save.run({ fenPerPoint: fen });
    if (!done) return;
    save.say({ tone: 'success', text: `已设为每 1 工分 ${yuan(done.fenPerPoint)}` });
    onSaved();
  }

  return (
    <Card title="兑付标准">
      <Text className="row__title" data-testid="points-rate">
        {rate === null ? '还没有设置' : `现在：每 1 工分 = ${yuan(rate)}`}
      </Text>
      <TextField
        label="每 1 工分兑多少分钱"
        kind="number"
        value={value}
        onChange={setValue}
        placeholder="例如 10（即 0.10 元）"
        maxLength={5}
        testId="rate-input"
        {...save.fieldProps('fenPerPoint')}
      />
      <Notice notice={save.notice} />
      <ActionButton className="wide-button" type="primary" block loading={save.busy} onClick={() => void submit()} data-testid="rate-save">
        保存标准
      </ActionButton>
    </Card>
  );
}

function Shops({ shops, rate, onSettled }: { shops: Shop[]; rate: number | null; onSettled: () => void }) {
  const [settling, setSettling] = useState<Shop | null>(null);
  const [points, setPoints] = useState('');
  // The shop's points changed meanwhile: the sheet closes and the balances are loaded anew.
  const settle = useAction(SettleShopPointsDocument, (d) => d.settleShopPoints, {
    onStale: () => {
      setSettling(null);
      onSettled();
    },
  });
  const amount = parseWholeNumber(points);

  function open(shop: Shop) {
    settle.say(null);
    setPoints(String(shop.balance));
    setSettling(shop);
  }

  async function confirm() {
    if (!settling) return;
    if (amount === null || amount < 1 || amount > settling.balance) {
      return settle.refuse(`请填 1 到 ${settling.balance} 之间的工分`, 'points');
    }
    const merchantAccountId = settling.merchantAccountId;
    const s = await settle.run({
      input: { merchantAccountId, points: amount, idempotencyKey: settle.keyFor(`${merchantAccountId}:${amount}`) },
    });
    if (!s) return;
    settle.say({ tone: 'success', text: `已与 ${s.merchant.displayName} 结算 ${s.points} 工分，应付 ${yuan(s.amountFen)}` });
    setSettling(null);
    onSettled();
  }

  return (
    <Card title="小店待结算">
      <Notice notice={settling ? null : settle.notice} testId="settle-notice" />
      {shops.length === 0 ? <Text className="muted">还没有小店收过工分。</Text> : null}
      {shops.map((shop) => (
        <View key={shop.merchantAccountId} className="row" data-testid="shop-balance-row">
          <View className="row__main">
            <Text className="row__title">{shop.merchant.displayName}</Text>
            <Text className="row__meta">
              {shop.balance} 工分{rate !== null ? `，约 ${yuan(shop.balance * rate)}` : ''}
            </Text>
          </View>
          <ActionButton className="small-button" type="primary" disabled={shop.balance <= 0 || rate === null} onClick={() => open(shop)}>
            结算
          </ActionButton>
        </View>
      ))}
      {rate === null ? <Text className="muted">先设置兑付标准，才能结算。</Text> : null}
      <ConfirmSheet
        open={settling !== null}
        title={`与 ${settling?.merchant.displayName ?? ''} 结算`}
        confirmText="确定结算"
        busy={settle.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setSettling(null)}
      >
        <TextField label="结算多少工分" kind="number" value={points} onChange={setPoints} maxLength={9} {...settle.fieldProps('points')} />
        {amount !== null && rate !== null ? <Text className="row__title">应付给小店 {yuan(amount * rate)}</Text> : null}
        <Notice notice={settle.notice} />
      </ConfirmSheet>
    </Card>
  );
}
