import { Text } from '@tarojs/components';
import { ActivityCheckinDocument } from './checkin-code.generated';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { QrCode } from '@/components/QrCode';
import { EmptyState } from '@/components/StatusViews';
import { formatTimeRange } from '@/domain/china-time';
import { usePageParams } from '@/hooks/use-page-params';
import { useQuery } from '@/hooks/use-query';
import '@/components/workpoints.css';

/** 活动签到码: shown at the activity (or printed) for villagers to scan when they arrive. */
export default function CheckinCodePage() {
  const { id } = usePageParams();
  if (!id) {
    return (
      <PageShell>
        <EmptyState title="没有指定活动" hint="请从“活动管理”里打开签到码。" />
      </PageShell>
    );
  }
  return <CheckinCode activityId={id} />;
}

function CheckinCode({ activityId }: { activityId: string }) {
  const { state, reload } = useQuery(ActivityCheckinDocument, { activityId });
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(data) => (
          <>
            <Text className="page-title">{data.activity.title}</Text>
            <Card>
              <Text className="card__title">请村民用微信扫码签到</Text>
              <QrCode value={data.activityCheckinCode} label="活动签到码" testId="checkin-qr" />
              <Text className="muted">在浏览器里用的村民，可以把下面这串字粘贴到签到框：</Text>
              <Text className="scan-read" selectable userSelect data-testid="checkin-code-text">
                {data.activityCheckinCode}
              </Text>
            </Card>
            <Card>
              <InfoRow label="时间" value={formatTimeRange(data.activity.startsAt, data.activity.endsAt)} />
              <InfoRow label="地点" value={data.activity.place} />
            </Card>
            <Text className="muted">签到码在活动开始前一小时到活动结束之间有效。请只在现场出示。</Text>
          </>
        )}
      </AsyncView>
    </PageShell>
  );
}
