import { Text, View } from '@tarojs/components';
import { Card, InfoRow } from '@/components/Card';
import { PrivateImage } from '@/components/PrivateImage';
import { formatDateTime } from '@/domain/china-time';
import {
  COMPLAINT_CATEGORY_LABEL,
  COMPLAINT_DEMAND_LABEL,
  COMPLAINT_SOURCE_LABEL,
  DECLINE_REASON_LABEL,
  MEDIATION_OUTCOME_LABEL,
  fileUrl,
  type ComplaintPartyName,
} from '@/domain/complaints';
import { maskPhone } from '@/domain/phone';
import { yuan } from '@/domain/money';
import { starsText } from './StarRating';
import type { ComplaintDetailView } from './types';
import './complaint.css';

/** What the complaint is: who against whom, what happened, what is asked, the evidence. */
export function ComplaintFacts({ complaint, viewer }: { complaint: ComplaintDetailView; viewer: ComplaintPartyName }) {
  // Regulators phone the consumer to mediate; anyone else sees the number masked (the BFF already
  // masks it for the merchant; the consumer's own is masked on screen as everywhere in the app).
  const phone = viewer === 'REGULATOR' ? complaint.consumer.phone : maskPhone(complaint.consumer.phone);
  return (
    <Card title="投诉内容">
      <InfoRow label="商家" value={complaint.merchant.name} testId="complaint-merchant" />
      <InfoRow label="消费者" value={[complaint.consumer.displayName, phone].filter(Boolean).join(' ')} testId="complaint-consumer" />
      <InfoRow label="问题类型" value={COMPLAINT_CATEGORY_LABEL[complaint.category]} />
      <InfoRow label="要求" value={COMPLAINT_DEMAND_LABEL[complaint.demand]} testId="complaint-demand" />
      {complaint.amountFen > 0 ? <InfoRow label="涉及金额" value={yuan(complaint.amountFen)} testId="complaint-amount" /> : null}
      <InfoRow label="提交时间" value={formatDateTime(complaint.filedAt)} />
      <InfoRow label="从哪里投诉" value={COMPLAINT_SOURCE_LABEL[complaint.source]} />
      {complaint.traceCode ? <InfoRow label="商品溯源码" value={complaint.traceCode} /> : null}
      <Text className="complaint-facts__label">经过</Text>
      <Text className="complaint-facts__narrative" data-testid="complaint-narrative">
        {complaint.narrative}
      </Text>
      {complaint.evidence.length > 0 ? (
        <>
          <Text className="complaint-facts__label">证据照片（只有双方和市场监管部门能看）</Text>
          <View className="complaint-photos" data-testid="complaint-evidence">
            {complaint.evidence.map((key, index) => (
              <PrivateImage key={key} path={fileUrl(key)} alt={`证据照片第 ${index + 1} 张`} className="complaint-photos__item" />
            ))}
          </View>
        </>
      ) : null}
    </Card>
  );
}

/** How it ended, when it has: the decline and its reason, the mediation's outcome, the rating. */
export function ComplaintOutcome({ complaint }: { complaint: ComplaintDetailView }) {
  const lines: Array<{ label: string; value: string; testId: string }> = [];
  if (complaint.declineReason) {
    lines.push({ label: '不予受理的原因', value: DECLINE_REASON_LABEL[complaint.declineReason], testId: 'complaint-decline-reason' });
    if (complaint.declineNote) lines.push({ label: '说明', value: complaint.declineNote, testId: 'complaint-decline-note' });
  }
  if (complaint.mediationOutcome) {
    lines.push({ label: '调解结果', value: MEDIATION_OUTCOME_LABEL[complaint.mediationOutcome], testId: 'complaint-mediation-outcome' });
    if (complaint.mediationSummary)
      lines.push({ label: '调解情况', value: complaint.mediationSummary, testId: 'complaint-mediation-summary' });
  }
  if (complaint.resolvedAt) lines.push({ label: '结束时间', value: formatDateTime(complaint.resolvedAt), testId: 'complaint-resolved-at' });
  if (complaint.rating) {
    lines.push({ label: '消费者评价', value: starsText(complaint.rating), testId: 'complaint-rating' });
    if (complaint.ratingComment) lines.push({ label: '评价内容', value: complaint.ratingComment, testId: 'complaint-rating-comment' });
  }
  if (lines.length === 0) return null;
  return (
    <Card title="处理结果">
      {lines.map((line) => (
        <View key={line.testId} className="complaint-outcome__line">
          <Text className="complaint-facts__label">{line.label}</Text>
          <Text className="complaint-outcome__value" data-testid={line.testId}>
            {line.value}
          </Text>
        </View>
      ))}
    </Card>
  );
}
