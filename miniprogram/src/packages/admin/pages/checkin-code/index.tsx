import { Text } from '@tarojs/components';
import { ActivityCheckinDocument } from './checkin-code.generated';
import { Card, InfoRow } from '@/components/Card';
import { DetailPage } from '@/components/DetailPage';
import { QrCode } from '@/components/QrCode';
import { formatTimeRange } from '@/domain/china-time';
import '@/components/workpoints.css';

/** 活动签到码: shown at the activity (or printed) for villagers to scan when they arrive. */
export default function CheckinCodePage() {
  return (
    <DetailPage
      title="活动签到码"
      document={ActivityCheckinDocument}
      missing={{ title: '没有指定活动', hint: '请从“活动管理”里打开签到码。' }}
    >
      {(data) => (
        <>
          <Card>
            <Text className="card__title">请村民用微信扫码签到</Text>
            <QrCode value={data.activityCheckinCode} label="活动签到码" testId="checkin-qr" />
            <Text className="muted">在浏览器里用的村民，可以把下面这串字粘贴到签到框：</Text>
            <Text className="scan-read" selectable userSelect data-testid="checkin-code-text">
              {data.activityCheckinCode}
            </Text>
          </Card>
          <Card title={data.activity.title}>
            <InfoRow label="时间" value={formatTimeRange(data.activity.startsAt, data.activity.endsAt)} />
            <InfoRow label="地点" value={data.activity.place} />
          </Card>
          <Text className="muted">签到码在活动开始前一小时到活动结束之间有效。请只在现场出示。</Text>
        </>
      )}
    </DetailPage>
  );
}
