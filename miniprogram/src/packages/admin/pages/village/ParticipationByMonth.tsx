import { Text } from '@tarojs/components';
import { useMemo } from 'react';
import { VillageParticipationByMonthDocument, type VillageParticipationByMonthQuery } from './participation-by-month.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { BarChart } from '@/components/charts/BarChart';
import { monthInWords, monthTick } from '@/components/charts/months';
import { useQuery } from '@/hooks/use-query';

const TITLE = '近半年每月完成的活动';

/** How many took part in the village's activities, month by month, as bars (approved participations). */
export function ParticipationByMonth() {
  const { state, reload } = useQuery(VillageParticipationByMonthDocument);
  return (
    <Card title={TITLE}>
      <AsyncView state={state} onRetry={reload}>
        {({ villageParticipationByMonth: months }) => <MonthBars months={months} />}
      </AsyncView>
    </Card>
  );
}

function MonthBars({ months }: { months: VillageParticipationByMonthQuery['villageParticipationByMonth'] }) {
  const bars = useMemo(
    () => months.map((m) => ({ label: monthTick(m.month), fullLabel: monthInWords(m.month), value: m.completed })),
    [months],
  );
  if (!bars.some((bar) => bar.value > 0)) {
    return (
      <Text className="muted" data-testid="participation-none">
        近半年还没有审核通过的活动。
      </Text>
    );
  }
  return (
    <>
      <BarChart title={TITLE} columns={['月份', '人次']} bars={bars} testId="participation-chart" />
      <Text className="muted">每根柱子是一个月里审核通过的人次，按村民交凭证的时间算。</Text>
    </>
  );
}
