import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { MyComplaintsDocument } from './complaints.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { ComplaintRow } from '@/components/complaint/ComplaintRow';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES, withParams } from '@/routes';
import '@/components/complaint/complaint.css';
import '@/components/workpoints.css';

/** 我的投诉: every complaint the consumer filed, newest first, with its status and deadline. */
export default function MyComplaintsPage() {
  const complaints = usePagedQuery(MyComplaintsDocument, (d) => d.myComplaints, {});
  // Shops answer and regulators decide while the list is in the background.
  useReloadOnShow(complaints.reload);
  return (
    <PageShell>
      <Text className="page-title">我的投诉</Text>
      <ActionButton
        className="wide-button block-gap"
        type="primary"
        size="large"
        block
        onClick={() => void Taro.navigateTo({ url: ROUTES.consumerFileComplaint })}
        data-testid="new-complaint"
      >
        我要投诉
      </ActionButton>
      <Card>
        <PagedView
          query={complaints}
          emptyTitle="您还没有投诉过"
          emptyHint="买到的东西有问题、商家不给解决，可以点上面的“我要投诉”。"
          loadMoreTestId="complaints-more"
        >
          {(items) =>
            items.map((c) => (
              <ComplaintRow
                key={c.id}
                complaint={c}
                viewer="CONSUMER"
                title={c.merchant.name}
                onOpen={() => void Taro.navigateTo({ url: withParams(ROUTES.consumerComplaint, { id: c.id }) })}
              />
            ))
          }
        </PagedView>
      </Card>
    </PageShell>
  );
}
