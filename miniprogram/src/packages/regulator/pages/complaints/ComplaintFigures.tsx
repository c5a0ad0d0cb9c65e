import { Text, View } from '@tarojs/components';
import { ComplaintStatsDocument, type ComplaintStatsQuery } from './complaints.generated';
import { ariaRole } from '@/components/a11y';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { medianDaysText, missingCalendarText, monthText } from '@/domain/complaints';
import { useQuery } from '@/hooks/use-query';
import '@/components/complaint/complaint.css';

type MonthFigure = ComplaintStatsQuery['complaintStats']['thisMonth'];

/**
 * The figure the county is judged on: complaints resolved this month and last, and the median
 * working days from filing to resolution. Warns when a year's holiday calendar is missing, since
 * every deadline then counts only weekends.
 */
export function ComplaintFigures() {
  const { state, reload } = useQuery(ComplaintStatsDocument);
  return (
    <AsyncView state={state} onRetry={reload}>
      {({ complaintStats: stats }) => {
        const warning = missingCalendarText(stats.missingCalendarYears);
        return (
          <>
            {warning ? (
              <Text className="complaint-warning" data-testid="calendar-warning" {...ariaRole('alert')}>
                {warning}
              </Text>
            ) : null}
            <Card title="办结情况">
              <View className="complaint-figures">
                <Figure label="本月" figure={stats.thisMonth} testId="figure-this-month" />
                <Figure label="上月" figure={stats.lastMonth} testId="figure-last-month" />
              </View>
              <Text className="complaint-intro complaint-gap">
                办结：已和解或调解结束的投诉。用时中位数：每件从投诉到办结用了几个工作日，排在正中间的那个数。
              </Text>
            </Card>
          </>
        );
      }}
    </AsyncView>
  );
}

function Figure({ label, figure, testId }: { label: string; figure: MonthFigure; testId: string }) {
  return (
    <View className="complaint-figure" data-testid={testId}>
      <Text className="complaint-figure__label">
        {label}（{monthText(figure.month)}）
      </Text>
      <Text className="complaint-figure__line">用时中位数</Text>
      <Text className="complaint-figure__number" data-testid={`${testId}-median`}>
        {medianDaysText(figure.medianWorkingDays)}
      </Text>
      <Text className="complaint-figure__line complaint-figure__count" data-testid={`${testId}-resolved`}>
        办结 {figure.resolved} 件
      </Text>
    </View>
  );
}
