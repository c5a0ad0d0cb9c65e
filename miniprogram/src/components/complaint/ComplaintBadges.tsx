import { Text, View } from '@tarojs/components';
import { cx } from '@/components/class-names';
import {
  COMPLAINT_STATUS_LABEL,
  COMPLAINT_STATUS_TONE,
  deadlineText,
  type ComplaintDeadlineView,
  type ComplaintPartyName,
  type ComplaintStatusName,
} from '@/domain/complaints';
import './complaint.css';

/** 待受理 / 协商中 / 已和解 …, coloured by whether it still needs someone. */
export function ComplaintStatusTag({ status }: { status: ComplaintStatusName }) {
  return (
    <Text
      className={cx('complaint-tag', `complaint-tag--${COMPLAINT_STATUS_TONE[status]}`)}
      data-testid="complaint-status"
      data-status={status}
    >
      {COMPLAINT_STATUS_LABEL[status]}
    </Text>
  );
}

interface DeadlineBadgeProps {
  status: ComplaintStatusName;
  deadline: ComplaintDeadlineView;
  viewer: ComplaintPartyName | null | undefined;
  /** A whole line with its label (on a complaint's page), or just the words (in a list row). */
  withLabel?: boolean;
}

/** "协商 · 还剩 3 个工作日", in red once overdue; nothing for a closed complaint. */
export function DeadlineBadge({ status, deadline, viewer, withLabel = false }: DeadlineBadgeProps) {
  const { text, tone } = deadlineText(status, deadline, viewer);
  if (tone === 'none') return null;
  return (
    <View className={cx('complaint-deadline', `complaint-deadline--${tone}`)} data-testid="complaint-deadline" data-tone={tone}>
      {withLabel ? <Text className="complaint-deadline__label">办理期限</Text> : null}
      <Text className="complaint-deadline__text">{text}</Text>
    </View>
  );
}
