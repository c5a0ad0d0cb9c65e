import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ariaRole } from '@/components/a11y';
import { formatDateTime } from '@/domain/china-time';
import { COMPLAINT_PARTY_LABEL, COMPLAINT_STATUS_LABEL, auditActionLabel } from '@/domain/complaints';
import type { ComplaintAuditEntryView } from './types';
import './complaint.css';

/**
 * Every change to the complaint, who made it and when; both parties and regulators read the same
 * record. Folded away by default: it is long, and most visits need only the latest step.
 */
export function AuditTrail({ entries }: { entries: readonly ComplaintAuditEntryView[] }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="card audit" data-testid="audit-trail">
      <View
        className="audit__toggle"
        onClick={() => setOpen((o) => !o)}
        {...ariaRole('button')}
        aria-expanded={open}
        aria-label={open ? '收起处理记录' : `展开处理记录，共 ${entries.length} 条`}
        data-testid="audit-toggle"
      >
        <Text className="card__title audit__title">处理记录（{entries.length} 条）</Text>
        <Text className="audit__arrow">{open ? '收起 ▲' : '展开 ▼'}</Text>
      </View>
      {open ? (
        <View>
          {entries.map((entry) => (
            <View key={entry.id} className="audit__entry" data-testid="audit-entry" data-action={entry.action}>
              <Text className="audit__when">{formatDateTime(entry.at)}</Text>
              <Text className="audit__what">
                {entry.actorName ? `${entry.actorName}（${COMPLAINT_PARTY_LABEL[entry.party]}）` : COMPLAINT_PARTY_LABEL[entry.party]}：
                {auditActionLabel(entry.action)}
              </Text>
              {entry.fromStatus && entry.fromStatus !== entry.toStatus ? (
                <Text className="audit__status">
                  {COMPLAINT_STATUS_LABEL[entry.fromStatus]} → {COMPLAINT_STATUS_LABEL[entry.toStatus]}
                </Text>
              ) : null}
              {entry.note ? <Text className="audit__note">{entry.note}</Text> : null}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
