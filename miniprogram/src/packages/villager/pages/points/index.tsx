import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  AppealDeductionDocument,
  MyDeductionsDocument,
  MyPointsHistoryDocument,
  OpenActivitiesDocument,
  PointsSummaryDocument,
  type DeductionViewFragment,
  type PointsSummaryQuery,
} from './points.generated';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { TextField } from '@/components/TextField';
import { formatDate, formatDateTime } from '@/domain/china-time';
import { APPEAL_STATUS, signedPoints } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery, type PagedQuery } from '@/hooks/use-paged-query';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES } from '@/routes';
import { ActivityCard } from './ActivityCard';
import '@/components/workpoints.css';
import './index.css';

/** 我的工分: the balance, the household's total, how to earn more, and where the points went. */
export default function PointsPage() {
  const summary = useQuery(PointsSummaryDocument);
  const activities = usePagedQuery(OpenActivitiesDocument, (d) => d.openActivities, {});
  const history = usePagedQuery(MyPointsHistoryDocument, (d) => d.myPointsHistory, {});
  const deductions = usePagedQuery(MyDeductionsDocument, (d) => d.myDeductions, {});
  useReloadOnShow(summary.reload, activities.reload, history.reload, deductions.reload);

  return (
    <PageShell className="points">
      <AsyncView state={summary.state} onRetry={summary.reload}>
        {(data) => <Summary data={data} />}
      </AsyncView>

      <View className="points__shortcuts">
        <ActionButton
          className="wide-button"
          type="primary"
          size="large"
          block
          onClick={() => void Taro.navigateTo({ url: ROUTES.villagerPayCode })}
          data-testid="open-pay-code"
        >
          出示我的付款码
        </ActionButton>
        <View className="actions">
          <ActionButton
            fill="outline"
            type="primary"
            onClick={() => void Taro.navigateTo({ url: ROUTES.villagerMall })}
            data-testid="open-mall"
          >
            工分商城
          </ActionButton>
          <ActionButton
            fill="outline"
            type="primary"
            onClick={() => void Taro.navigateTo({ url: ROUTES.villagerCanteen })}
            data-testid="open-canteen"
          >
            老年食堂
          </ActionButton>
        </View>
      </View>

      <Text className="section-title">怎样挣工分</Text>
      <PagedView
        query={activities}
        emptyTitle="现在没有可参加的活动"
        emptyHint="村里发布新活动后会出现在这里。"
        loadMoreTestId="activities-more"
      >
        {(items) => (
          <View data-testid="activity-list">
            {items.map((activity) => (
              <ActivityCard key={activity.id} activity={activity} />
            ))}
          </View>
        )}
      </PagedView>

      <Text className="section-title">工分明细</Text>
      <Card>
        <PagedView
          query={history}
          emptyTitle="还没有工分记录"
          emptyHint="参加村里的活动，审核通过后就有工分。"
          loadMoreTestId="history-more"
        >
          {(items) => (
            <View data-testid="points-history">
              {items.map((entry) => (
                <View key={entry.id} className="row" data-testid="history-entry" data-reversed={entry.reversed ? 'true' : undefined}>
                  <View className="row__main">
                    <Text className="row__title">{entry.reason}</Text>
                    <Text className="row__meta">
                      {formatDateTime(entry.createdAt)} · <Text className="row__nowrap">余 {entry.balanceAfter}</Text>
                      {/* Overturned on appeal, or a top-up that failed: the points came back in a later entry. */}
                      {entry.reversed ? <Text className="row__nowrap"> · 已撤销，工分已退回</Text> : null}
                    </Text>
                  </View>
                  <Text className={`amount ${entry.reversed ? 'amount--void' : entry.amount >= 0 ? 'amount--plus' : 'amount--minus'}`}>
                    {signedPoints(entry.amount)}
                  </Text>
                </View>
              ))}
            </View>
          )}
        </PagedView>
      </Card>

      <Text className="section-title">扣分记录</Text>
      <Deductions query={deductions} />
    </PageShell>
  );
}

function Summary({ data }: { data: PointsSummaryQuery }) {
  const household = data.myHouseholdPoints;
  return (
    <View className="hero" data-testid="points-summary">
      <Text className="hero__label">我的工分</Text>
      <Text className="hero__number">
        <Text data-testid="points-balance">{data.myPointsBalance}</Text>
        <Text className="hero__unit">分</Text>
      </Text>
      {household ? (
        <>
          <Text className="hero__line" data-testid="household-total">
            {household.householdName}全家共 {household.total} 分
          </Text>
          {household.members.length > 1 ? (
            <Text className="hero__line">{household.members.map((m) => `${m.displayName} ${m.balance}`).join('　')}</Text>
          ) : null}
        </>
      ) : null}
    </View>
  );
}

function Deductions({ query }: { query: PagedQuery<DeductionViewFragment> }) {
  const [appealing, setAppealing] = useState<DeductionViewFragment | null>(null);
  const [reason, setReason] = useState('');
  // Appealed meanwhile (from another phone): the sheet closes and the list shows it as it is.
  const appeal = useAction(AppealDeductionDocument, (d) => d.appealDeduction, {
    onStale: () => {
      setAppealing(null);
      query.reload();
    },
  });

  /** Opens the sheet for one deduction, or closes it (null): what was said before goes either way. */
  function openSheet(deduction: DeductionViewFragment | null) {
    appeal.say(null);
    setAppealing(deduction);
  }

  async function submitAppeal() {
    if (!appealing) return;
    const text = reason.trim();
    if (text.length < 2) return appeal.refuse('请写一写为什么觉得扣分不对', 'reason');
    const updated = await appeal.run({ deductionId: appealing.id, reason: text });
    if (!updated) return;
    query.update((items) => items.map((d) => (d.id === updated.id ? updated : d)));
    setAppealing(null);
    setReason('');
    appeal.say({ tone: 'success', text: '申诉已提交，村干部会尽快处理' });
  }

  return (
    <Card>
      {!appealing ? <Notice notice={appeal.notice} testId="appeal-notice" /> : null}
      <PagedView query={query} emptyTitle="没有扣分记录" loadMoreTestId="deductions-more">
        {(items) =>
          items.map((d) => (
            <View key={d.id} className="row" data-testid="deduction">
              <View className="row__main">
                <Text className="row__title">{d.reason}</Text>
                <Text className="row__meta">{formatDate(d.createdAt)}</Text>
                {d.appealStatus ? (
                  <Text className="row__meta">
                    {APPEAL_STATUS[d.appealStatus]}
                    {d.appealDecisionNote ? `：${d.appealDecisionNote}` : ''}
                  </Text>
                ) : null}
              </View>
              <View className="row__side">
                <Text className={`amount ${d.appealStatus === 'OVERTURNED' ? 'amount--void' : 'amount--minus'}`}>
                  {signedPoints(-d.points)}
                </Text>
                {!d.appealStatus ? (
                  <ActionButton
                    className="small-button"
                    fill="outline"
                    type="primary"
                    onClick={() => openSheet(d)}
                    data-testid="appeal-button"
                  >
                    申诉
                  </ActionButton>
                ) : null}
              </View>
            </View>
          ))
        }
      </PagedView>
      <ConfirmSheet
        open={appealing !== null}
        title="对这次扣分申诉"
        confirmText="提交申诉"
        busy={appeal.busy}
        onConfirm={() => void submitAppeal()}
        onCancel={() => openSheet(null)}
      >
        {appealing ? (
          <Text>
            {formatDate(appealing.createdAt)} 扣 {appealing.points} 分：{appealing.reason}
          </Text>
        ) : null}
        <TextField
          label="申诉理由"
          value={reason}
          onChange={setReason}
          placeholder="说说哪里不对"
          maxLength={200}
          testId="appeal-reason"
          {...appeal.fieldProps('reason')}
        />
        {appealing ? <Notice notice={appeal.notice} /> : null}
      </ConfirmSheet>
    </Card>
  );
}
