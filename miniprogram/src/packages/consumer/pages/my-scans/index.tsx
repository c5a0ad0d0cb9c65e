import { Text, View } from '@tarojs/components';
import { MyScansDocument } from './my-scans.generated';
import { ariaRole } from '@/components/a11y';
import { Card } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { formatDateTime } from '@/domain/china-time';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { openScanOf } from '@/pages/scan/open-scan';
import '@/components/trace-list.css';

/**
 * 我的扫码: each code this account scanned, once, with how often and when last, the latest first.
 * A batch recalled since is marked in red; tapping a line shows that code's history again on the
 * 扫一扫 tab.
 */
export default function MyScansPage() {
  const scans = usePagedQuery(MyScansDocument, (d) => d.myScans, {});
  // A recall can be issued while the page is in the background.
  useReloadOnShow(scans.reload);
  return (
    <PageShell>
      <Text className="page-title">我的扫码</Text>
      <Text className="trace-intro">您扫过的商品都在这里。被召回的会标红，点一下可以再看一遍它的来历。</Text>
      <Card>
        <PagedView
          query={scans}
          emptyTitle="还没有扫过商品"
          emptyHint="在“扫一扫”里扫商品包装上的码，就会记在这里。"
          loadMoreTestId="scans-more"
        >
          {(items) =>
            items.map((scan) => (
              <View
                key={scan.id}
                className="trace-row trace-row--tappable"
                onClick={() => openScanOf(scan.link)}
                {...ariaRole('button')}
                data-testid="my-scan"
              >
                <View className="trace-row__head">
                  <Text className="trace-row__title">{scan.batch.product.name}</Text>
                  {scan.recalled ? (
                    <Text className="trace-tag trace-tag--danger" data-testid="my-scan-recalled">
                      已召回
                    </Text>
                  ) : null}
                </View>
                <Text className="trace-row__text">
                  批号 {scan.batch.lot}
                  {scan.serial ? ` · 序号 ${scan.serial}` : ''}
                </Text>
                <Text className="trace-row__meta">
                  {scan.scans > 1 ? `扫过 ${scan.scans} 次，最近 ` : ''}
                  {formatDateTime(scan.lastScannedAt)} · {scan.lastPlace ?? '未记录位置'}
                </Text>
              </View>
            ))
          }
        </PagedView>
      </Card>
    </PageShell>
  );
}
