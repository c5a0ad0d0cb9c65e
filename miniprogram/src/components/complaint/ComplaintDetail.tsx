import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Card } from '@/components/Card';
import { COMPLAINT_STATUS_HINT, type ComplaintPartyName } from '@/domain/complaints';
import { AuditTrail } from './AuditTrail';
import { ComplaintStatusTag, DeadlineBadge } from './ComplaintBadges';
import { ComplaintFacts, ComplaintOutcome } from './ComplaintFacts';
import { ComplaintThread } from './ComplaintThread';
import { SettlementList } from './SettlementCard';
import type { ComplaintDetailView, ComplaintSettlementView } from './types';
import './complaint.css';

interface ComplaintDetailProps {
  complaint: ComplaintDetailView;
  viewer: ComplaintPartyName;
  /** What the viewer should do now (accept, rate, record mediation), right under the status. */
  urgent?: ReactNode;
  /** Buttons on one settlement offer (the consumer's 同意 / 不同意). */
  settlementActions?: (settlement: ComplaintSettlementView) => ReactNode;
  /** Under the thread: the reply box, when the viewer may write. */
  composer?: ReactNode;
  /** Less frequent steps (ask for mediation, propose a settlement, withdraw). */
  actions?: ReactNode;
}

/**
 * A complaint's page as all three roles see it: status and deadline, settlement offers, the
 * thread, the facts and evidence, how it ended, and the audit trail. Each role's page adds only
 * the steps it may take.
 */
export function ComplaintDetail({ complaint, viewer, urgent, settlementActions, composer, actions }: ComplaintDetailProps) {
  return (
    <View data-testid="complaint-detail" data-status={complaint.status}>
      <Card className="complaint-head">
        <View className="complaint-head__top">
          <Text className="complaint-head__merchant">
            {viewer === 'MERCHANT' ? `${complaint.consumer.displayName} 的投诉` : complaint.merchant.name}
          </Text>
          <ComplaintStatusTag status={complaint.status} />
        </View>
        <Text className="complaint-head__hint" data-testid="complaint-hint">
          {COMPLAINT_STATUS_HINT[complaint.status]}
        </Text>
        <DeadlineBadge status={complaint.status} deadline={complaint.deadline} viewer={viewer} withLabel />
      </Card>
      {urgent}
      <ComplaintOutcome complaint={complaint} />
      <SettlementList settlements={complaint.settlements} actions={settlementActions} />
      <Card title="双方留言">
        <ComplaintThread messages={complaint.messages} viewer={viewer} />
        {composer}
      </Card>
      {actions ? <Card title="其他办理">{actions}</Card> : null}
      <ComplaintFacts complaint={complaint} viewer={viewer} />
      <AuditTrail entries={complaint.audit} />
    </View>
  );
}
