import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { ariaRole } from '@/components/a11y';
import { cx } from '@/components/class-names';
import { formatDate } from '@/domain/china-time';
import { COMPLAINT_CATEGORY_LABEL, COMPLAINT_DEMAND_LABEL, isComplaintOpen, type ComplaintPartyName } from '@/domain/complaints';
import { yuan } from '@/domain/money';
import { ComplaintStatusTag, DeadlineBadge } from './ComplaintBadges';
import type { ComplaintListItemView } from './types';
import './complaint.css';

interface ComplaintRowProps {
  complaint: ComplaintListItemView;
  viewer: ComplaintPartyName;
  /** Who the row is about for this viewer: the shop for a consumer, the consumer for a shop. */
  title: string;
  subtitle?: string;
  onOpen: () => void;
  /** Buttons under the row (the regulator's 受理 / 不予受理); taps on them do not open the row. */
  children?: ReactNode;
}

/** One complaint in a list: who, what, its status and deadline; the whole row opens it. */
export function ComplaintRow({ complaint, viewer, title, subtitle, onOpen, children }: ComplaintRowProps) {
  const overdue = complaint.deadline.overdue && isComplaintOpen(complaint.status);
  const what = `${COMPLAINT_CATEGORY_LABEL[complaint.category]} · 要求${COMPLAINT_DEMAND_LABEL[complaint.demand]}${
    complaint.amountFen > 0 ? ` ${yuan(complaint.amountFen)}` : ''
  }`;
  return (
    <View
      className={cx('complaint-row', overdue && 'complaint-row--overdue')}
      data-testid="complaint-item"
      data-id={complaint.id}
      data-overdue={overdue}
    >
      <View className="complaint-row__open" onClick={onOpen} {...ariaRole('button')} data-testid="complaint-open">
        <View className="complaint-row__head">
          <Text className="complaint-row__title">{title}</Text>
          <ComplaintStatusTag status={complaint.status} />
        </View>
        {subtitle ? <Text className="complaint-row__text">{subtitle}</Text> : null}
        <Text className="complaint-row__text">{what}</Text>
        <DeadlineBadge status={complaint.status} deadline={complaint.deadline} viewer={viewer} />
        <Text className="complaint-row__meta">{formatDate(complaint.filedAt)}提交</Text>
      </View>
      {children ? <View className="complaint-row__actions">{children}</View> : null}
    </View>
  );
}
