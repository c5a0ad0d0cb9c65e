import { Text, View } from '@tarojs/components';
import type { MyHeldBatchesQuery } from './held-batches.generated';
import { ariaRole } from '@/components/a11y';
import { Card } from '@/components/Card';
import { PagedView } from '@/components/PagedView';
import type { PagedQuery } from '@/hooks/use-paged-query';

type HeldBatch = MyHeldBatchesQuery['myHeldBatches']['items'][number];

/** Batches other shops shipped here (myHeldBatches): opened like one's own, to receive and keep records. */
export function HeldBatches({ held, onOpen }: { held: PagedQuery<HeldBatch>; onOpen: (id: string) => void }) {
  return (
    <Card>
      <PagedView
        query={held}
        emptyTitle="还没有别的商家发货给您"
        emptyHint="对方发货时填了您的账号，这批货就会出现在这里。"
        loadMoreTestId="held-more"
      >
        {(items) =>
          items.map((batch) => (
            <View
              key={batch.id}
              className="trace-row trace-row--tappable"
              onClick={() => onOpen(batch.id)}
              {...ariaRole('button')}
              data-testid="held-batch"
              data-lot={batch.lot}
            >
              <View className="trace-row__head">
                <Text className="trace-row__title">{batch.product.name}</Text>
                <Text className="trace-open" aria-hidden>
                  打开 ›
                </Text>
              </View>
              <Text className="trace-row__text">批号 {batch.lot}</Text>
              <Text className="trace-row__meta">
                生产 {batch.productionDate}
                {batch.expiryDate ? ` · 保质期至 ${batch.expiryDate}` : ''} · {batch.quantity} 件
              </Text>
            </View>
          ))
        }
      </PagedView>
    </Card>
  );
}
