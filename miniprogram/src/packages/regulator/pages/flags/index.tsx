import { Text, View } from '@tarojs/components';
import { CounterfeitFlagsDocument } from './flags.generated';
import { Card } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { formatDateTime } from '@/domain/china-time';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/trace-list.css';

/**
 * 疑似假冒: single-item codes the scan log found implausible (scanned too often, or in places too
 * far apart), newest first, for a regulator to check on the spot.
 */
export default function CounterfeitFlagsPage() {
  const flags = usePagedQuery(CounterfeitFlagsDocument, (d) => d.counterfeitFlags, {});
  useReloadOnShow(flags.reload);
  return (
    <PageShell>
      <Text className="page-title">疑似假冒</Text>
      <Text className="trace-intro">同一个单品码被扫了太多次，或在相隔很远的地方被扫，系统就会把它列在这里。请到店里核查这批货。</Text>
      <Card>
        <PagedView query={flags} emptyTitle="没有疑似假冒的码" emptyHint="有异常扫码时会出现在这里。" loadMoreTestId="flags-more">
          {(items) =>
            items.map((flag) => (
              <View key={flag.id} className="trace-row" data-testid="counterfeit-flag">
                <View className="trace-row__head">
                  <Text className="trace-row__title">{flag.batch.product.name}</Text>
                  <Text className="trace-tag trace-tag--danger">疑似假冒</Text>
                </View>
                <Text className="trace-row__text">
                  批号 {flag.batch.lot} · 单品序号 {flag.serial}
                </Text>
                <Text className="trace-row__text">原因：{flag.reason}</Text>
                <Text className="trace-row__meta">发现时间：{formatDateTime(flag.flaggedAt)}</Text>
              </View>
            ))
          }
        </PagedView>
      </Card>
    </PageShell>
  );
}
