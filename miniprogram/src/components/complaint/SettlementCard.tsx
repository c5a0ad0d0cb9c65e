import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '@/components/class-names';
import { formatDateTime } from '@/domain/china-time';
import { COMPLAINT_DEMAND_LABEL, SETTLEMENT_STATUS_LABEL } from '@/domain/complaints';
import { yuan } from '@/domain/money';
import type { ComplaintSettlementView } from './types';
import './complaint.css';

/** One settlement the shop offered: what, how much, on what terms, and where it stands. */
export function SettlementCard({ settlement, children }: { settlement: ComplaintSettlementView; children?: ReactNode }) {
  const pending = settlement.status === 'PROPOSED';
  return (
    <View
      className={cx('settlement', pending && 'settlement--pending')}
      data-testid="settlement"
      data-id={settlement.id}
      data-status={settlement.status}
    >
      <View className="settlement__head">
        <Text className="settlement__title">
          {COMPLAINT_DEMAND_LABEL[settlement.remedy]}
          {settlement.amountFen > 0 ? ` ${yuan(settlement.amountFen)}` : ''}
        </Text>
        <Text
          className={cx(
            'complaint-tag',
            pending ? 'complaint-tag--waiting' : settlement.status === 'ACCEPTED' ? 'complaint-tag--done' : 'complaint-tag--stopped',
          )}
        >
          {SETTLEMENT_STATUS_LABEL[settlement.status]}
        </Text>
      </View>
      <Text className="settlement__terms">{settlement.terms}</Text>
      <Text className="settlement__meta">
        {formatDateTime(settlement.createdAt)}提出{settlement.decidedAt ? ` · ${formatDateTime(settlement.decidedAt)}答复` : ''}
      </Text>
      {children}
    </View>
  );
}

/** Every offer, newest first, each with what the viewer may do about it. */
export function SettlementList({
  settlements,
  actions,
}: {
  settlements: readonly ComplaintSettlementView[];
  actions?: (settlement: ComplaintSettlementView) => ReactNode;
}) {
  if (settlements.length === 0) return null;
  const newestFirst = [...settlements].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <View className="card">
      <Text className="card__title">和解方案</Text>
      {newestFirst.map((s) => (
        <SettlementCard key={s.id} settlement={s}>
          {actions?.(s)}
        </SettlementCard>
      ))}
    </View>
  );
}
