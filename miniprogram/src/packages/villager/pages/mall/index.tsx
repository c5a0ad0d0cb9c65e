import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  MallShelfDocument,
  MyRedemptionsDocument,
  RedeemMallItemDocument,
  type MallItemViewFragment,
  type MallShelfQuery,
} from './mall.generated';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { ConfirmSheet, ResultSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { TextField } from '@/components/TextField';
import { formatDateTime } from '@/domain/china-time';
import { isMainlandMobile } from '@/domain/phone';
import { describeRedeem, itemKindText, REDEMPTION_STATUS, type RedeemOutcome } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/workpoints.css';
import './index.css';

/** 工分商城: what points buy, a confirm before spending, the pickup code, and past redemptions. */
export default function MallPage() {
  const shelf = useQuery(MallShelfDocument);
  const redemptions = usePagedQuery(MyRedemptionsDocument, (d) => d.myRedemptions, {});
  useReloadOnShow(shelf.reload, redemptions.reload);

  return (
    <PageShell className="mall">
      <AsyncView state={shelf.state} onRetry={shelf.reload}>
        {(data) => (
          <Shelf
            data={data}
            onChanged={() => {
              shelf.reload();
              redemptions.reload();
            }}
          />
        )}
      </AsyncView>

      <Text className="section-title">我的兑换</Text>
      <Card>
        <PagedView query={redemptions} emptyTitle="还没有兑换过" loadMoreTestId="redemptions-more">
          {(items) =>
            items.map((r) => (
              <View key={r.id} className="row" data-testid="redemption">
                <View className="row__main">
                  <Text className="row__title">{r.item.name}</Text>
                  <Text className="row__meta">
                    {formatDateTime(r.createdAt)} · {r.points} 工分
                  </Text>
                  {r.status === 'AWAITING_PICKUP' && r.pickupCode ? (
                    <Text className="mall__pickup-line">
                      取货码 <Text className="mall__pickup-inline">{r.pickupCode}</Text>
                    </Text>
                  ) : null}
                  {r.status === 'TOPUP_FAILED' && r.topupFailure ? <Text className="row__meta">{r.topupFailure}</Text> : null}
                </View>
                <Text
                  className={`badge ${r.status === 'AWAITING_PICKUP' || r.status === 'TOPUP_PENDING' ? 'badge--warm' : r.status === 'TOPUP_FAILED' ? 'badge--danger' : ''}`}
                >
                  {REDEMPTION_STATUS[r.status]}
                </Text>
              </View>
            ))
          }
        </PagedView>
      </Card>
    </PageShell>
  );
}

function Shelf({ data, onChanged }: { data: MallShelfQuery; onChanged: () => void }) {
  const [chosen, setChosen] = useState<MallItemViewFragment | null>(null);
  const [phone, setPhone] = useState(data.me.phone ?? '');
  const [outcome, setOutcome] = useState<RedeemOutcome | null>(null);

  /** Closes the confirm sheet after an answer: stock and balance have changed, so they are loaded anew. */
  function close() {
    setChosen(null);
    onChanged();
  }

  // Sold out or too few points is this redemption's result, shown like a success; any other
  // refusal (a wrong phone number, an item taken off the shelf) stays on the form.
  const redeem = useAction(
    RedeemMallItemDocument,
    (d) => (d.redeemMallItem.__typename === 'WorkpointsError' ? d.redeemMallItem : describeRedeem(d.redeemMallItem)),
    { onStale: close },
  );
  const balance = data.myPointsBalance;
  const needsPhone = chosen !== null && chosen.kind !== 'GOODS';

  function choose(item: MallItemViewFragment) {
    redeem.say(null);
    setOutcome(null);
    setChosen(item);
  }

  async function confirm() {
    if (!chosen) return;
    if (needsPhone && !isMainlandMobile(phone.trim())) return redeem.refuse('请输入要充值的 11 位手机号', 'phone');
    const result = await redeem.run({
      input: {
        itemId: chosen.id,
        idempotencyKey: redeem.keyFor(chosen.id),
        phone: needsPhone ? phone.trim() : null,
      },
    });
    if (!result) return;
    setOutcome(result);
    close();
  }

  const items = data.mallItems;
  return (
    <>
      <View className="hero mall__hero">
        <Text className="hero__label">我的工分</Text>
        <Text className="hero__number">
          <Text data-testid="mall-balance">{balance}</Text>
          <Text className="hero__unit">分</Text>
        </Text>
      </View>

      {outcome ? <RedeemResultPanel outcome={outcome} onClose={() => setOutcome(null)} /> : null}
      <Notice notice={chosen ? null : redeem.notice} testId="mall-notice" />

      <Text className="section-title">可以兑换的东西</Text>
      {items.length === 0 ? (
        <Card>
          <Text className="muted">商城里暂时没有东西，过几天再来看看。</Text>
        </Card>
      ) : (
        items.map((item) => {
          const soldOut = item.stock <= 0;
          const short = item.pointsPrice > balance;
          return (
            <View key={item.id} className="mall-item" data-testid="mall-item" data-name={item.name}>
              <View className="mall-item__main">
                <Text className="mall-item__name">{item.name}</Text>
                <Text className="row__meta">
                  {itemKindText(item.kind, item.faceValue)} · 还有 {item.stock} 份
                </Text>
                <Text className="mall-item__price">
                  {item.pointsPrice} <Text className="mall-item__unit">工分</Text>
                </Text>
              </View>
              <ActionButton
                className="small-button"
                type="primary"
                disabled={soldOut || short}
                onClick={() => choose(item)}
                data-testid="redeem-button"
              >
                {soldOut ? '兑完了' : short ? '工分不够' : '兑换'}
              </ActionButton>
            </View>
          );
        })
      )}

      <ConfirmSheet
        open={chosen !== null}
        title="确认兑换"
        confirmText={chosen ? `用 ${chosen.pointsPrice} 工分兑换` : '兑换'}
        busy={redeem.busy}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setChosen(null);
          redeem.say(null);
        }}
        testId="redeem-confirm"
      >
        {chosen ? (
          <>
            <Text className="mall__confirm-name">{chosen.name}</Text>
            <Text>
              需要 {chosen.pointsPrice} 工分，兑换后还剩 {balance - chosen.pointsPrice} 工分。
            </Text>
            {chosen.kind === 'GOODS' ? <Text className="muted">兑换后凭取货码到村委会领取。</Text> : null}
            {needsPhone ? (
              <TextField
                label="充值到这个手机号"
                kind="number"
                value={phone}
                onChange={setPhone}
                maxLength={11}
                testId="redeem-phone"
                {...redeem.fieldProps('phone')}
              />
            ) : null}
          </>
        ) : null}
        <Notice notice={redeem.notice} testId="redeem-notice" />
      </ConfirmSheet>
    </>
  );
}

function RedeemResultPanel({ outcome, onClose }: { outcome: RedeemOutcome; onClose: () => void }) {
  if (outcome.kind === 'refused') {
    return (
      <ResultSheet onClose={onClose}>
        <View className="result result--fail" data-testid="redeem-result" data-kind="refused">
          <Text className="result__title">{outcome.title}</Text>
          <Text className="result__text">{outcome.message}</Text>
        </View>
      </ResultSheet>
    );
  }
  const { redemption } = outcome;
  const failed = redemption.status === 'TOPUP_FAILED';
  return (
    <ResultSheet onClose={onClose}>
      <View className={`result ${failed ? 'result--fail' : 'result--ok'}`} data-testid="redeem-result" data-kind="redeemed">
        <Text className="result__title">{outcome.headline}</Text>
        {redemption.pickupCode ? (
          <>
            <Text className="result__text">取货码</Text>
            <Text className="result__big" data-testid="pickup-code">
              {redemption.pickupCode}
            </Text>
          </>
        ) : null}
        <Text className="result__text">{outcome.detail}</Text>
      </View>
    </ResultSheet>
  );
}
