import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { MyHeldBatchesDocument } from './held-batches.generated';
import {
  MyTraceProductsDocument,
  RegisterTraceBatchDocument,
  RegisterTraceProductDocument,
  type MyTraceProductsQuery,
} from './trace-products.generated';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { DateField } from '@/components/DateField';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StatusViews';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { chinaToday } from '@/domain/china-time';
import { checkGtin } from '@/domain/gtin';
import { isDay, lotProblem } from '@/domain/trace';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { ROUTES, withParams } from '@/routes';
import { HeldBatches } from './HeldBatches';
import '@/components/trace-list.css';
import '@/components/workpoints.css';
import '../../trace.css';

type Product = MyTraceProductsQuery['myTraceProducts'][number];
type Batch = Product['batches'][number];

const openBatch = (id: string) => void Taro.navigateTo({ url: withParams(ROUTES.merchantTraceBatch, { id }) });

/**
 * 商品与批次: the shop's products (by GTIN) and each one's batches, where a batch is opened to
 * issue its codes and keep its records; and the batches other shops sent here.
 */
export default function TraceProductsPage() {
  const products = useQuery(MyTraceProductsDocument);
  const held = usePagedQuery(MyHeldBatchesDocument, (d) => d.myHeldBatches, {});
  useReloadOnShow(products.reload, held.reload);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  return (
    <PageShell className="trace-page">
      <Text className="page-title">商品与批次</Text>
      <Text className="trace-intro">先登记商品（按包装上的条码），再登记每一批货。点开一批货，可以生成溯源码、记录经过、上传合格证。</Text>
      <Notice notice={notice} testId="products-notice" />

      {adding ? (
        <ProductForm
          onCancel={() => setAdding(false)}
          onRegistered={(name) => {
            setAdding(false);
            setNotice({ tone: 'success', text: `已登记商品：${name}。接着给它登记批次。` });
            products.reload();
          }}
        />
      ) : (
        <ActionButton
          className="wide-button block-gap"
          type="primary"
          size="large"
          block
          onClick={() => {
            setNotice(null);
            setAdding(true);
          }}
          data-testid="new-product"
        >
          登记新商品
        </ActionButton>
      )}

      <AsyncView
        state={products.state}
        onRetry={products.reload}
        isEmpty={(data) => data.myTraceProducts.length === 0}
        empty={<EmptyState title="还没有登记商品" hint="点上面的“登记新商品”，填商品名称和包装上的条码。" />}
      >
        {(data) => (
          <>
            {data.myTraceProducts.map((product) => (
              <ProductCard key={product.id} product={product} onBatchRegistered={products.reload} />
            ))}
          </>
        )}
      </AsyncView>

      <Text className="section-title">别的商家发给我的货</Text>
      <HeldBatches held={held} onOpen={openBatch} />
    </PageShell>
  );
}

function ProductCard({ product, onBatchRegistered }: { product: Product; onBatchRegistered: () => void }) {
  const [adding, setAdding] = useState(false);
  // Said here, where the form was, not at the top of a long page.
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  return (
    <Card title={product.name} className="trace-product">
      <View data-testid="trace-product" data-gtin={product.gtin}>
        <InfoRow label="商品条码" value={product.gtin} />
        <InfoRow label="批次" value={`${product.batches.length} 批`} testId="batch-count" />
        {product.batches.length === 0 ? <Text className="trace-row__meta">还没有登记批次。</Text> : null}
        {product.batches.map((batch) => (
          <BatchRow key={batch.id} batch={batch} />
        ))}
      </View>
      {adding ? (
        <BatchForm
          product={product}
          onCancel={() => setAdding(false)}
          onRegistered={(lot) => {
            setAdding(false);
            setNotice({ tone: 'success', text: `已登记批次 ${lot}。点开这一批，就能生成溯源码。` });
            onBatchRegistered();
          }}
        />
      ) : (
        <>
          <Notice notice={notice} testId="batch-registered" />
          <ActionButton
            className="wide-button"
            fill="outline"
            type="primary"
            block
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
            data-testid="new-batch"
          >
            登记新批次
          </ActionButton>
        </>
      )}
    </Card>
  );
}

function BatchRow({ batch }: { batch: Batch }) {
  return (
    <View
      className="trace-row trace-row--tappable"
      onClick={() => openBatch(batch.id)}
      {...ariaRole('button')}
      data-testid="batch-row"
      data-lot={batch.lot}
    >
      <View className="trace-row__head">
        <Text className="trace-row__title">批号 {batch.lot}</Text>
        <Text className="trace-open" aria-hidden>
          打开 ›
        </Text>
      </View>
      <Text className="trace-row__meta">
        生产 {batch.productionDate}
        {batch.expiryDate ? ` · 保质期至 ${batch.expiryDate}` : ''} · {batch.quantity} 件
      </Text>
    </View>
  );
}

function ProductForm({ onCancel, onRegistered }: { onCancel: () => void; onRegistered: (name: string) => void }) {
  const [name, setName] = useState('');
  const [gtin, setGtin] = useState('');
  const register = useAction(RegisterTraceProductDocument, (d) => d.registerTraceProduct);

  async function submit() {
    const trimmed = name.trim();
    if (trimmed.length < 2 || trimmed.length > 60) return register.refuse('商品名称 2–60 个字，例如：戴村土鸡蛋（10 枚装）', 'name');
    const checked = checkGtin(gtin);
    if (!checked.ok) return register.refuse(checked.message, 'gtin');
    const done = await register.run({ input: { name: trimmed, gtin: checked.gtin } });
    if (done) onRegistered(done.name);
  }

  return (
    <Card title="登记新商品">
      <TextField
        label="商品名称"
        value={name}
        onChange={setName}
        placeholder="例如：戴村土鸡蛋（10 枚装）"
        maxLength={60}
        testId="product-name"
        {...register.fieldProps('name')}
      />
      <TextField
        label="商品条码（GTIN）"
        kind="number"
        value={gtin}
        onChange={setGtin}
        placeholder="包装条码下方的数字"
        maxLength={16}
        hint="8、12、13 或 14 位数字，照着条码下方的数字填，最后一位是校验位。"
        testId="product-gtin"
        {...register.fieldProps('gtin')}
      />
      <Notice notice={register.notice} testId="product-notice" />
      <View className="actions">
        <ActionButton fill="outline" type="primary" disabled={register.busy} onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton type="primary" loading={register.busy} onClick={() => void submit()} data-testid="product-submit">
          登记
        </ActionButton>
      </View>
    </Card>
  );
}

function BatchForm({ product, onCancel, onRegistered }: { product: Product; onCancel: () => void; onRegistered: (lot: string) => void }) {
  const [lot, setLot] = useState('');
  const [productionDate, setProductionDate] = useState(chinaToday());
  const [expiryDate, setExpiryDate] = useState('');
  const [quantity, setQuantity] = useState('');
  const register = useAction(RegisterTraceBatchDocument, (d) => d.registerTraceBatch);

  async function submit() {
    const lotText = lot.trim();
    const problem = lotProblem(lotText);
    if (problem) return register.refuse(problem, 'lot');
    if (!isDay(productionDate)) return register.refuse('请选生产日期', 'productionDate');
    if (expiryDate && !isDay(expiryDate)) return register.refuse('保质期的日期不对，请重新选', 'expiryDate');
    if (expiryDate && expiryDate < productionDate) return register.refuse('保质期不能早于生产日期', 'expiryDate');
    const count = parseWholeNumber(quantity);
    if (count === null || count < 1 || count > 10_000_000)
      return register.refuse('请填这批货有多少件（1 到 1000 万之间的整数）', 'quantity');
    const done = await register.run({
      input: { productId: product.id, lot: lotText, productionDate, expiryDate: expiryDate || null, quantity: count },
    });
    if (done) onRegistered(done.lot);
  }

  return (
    <View className="trace-form" data-testid="batch-form">
      <Text className="section-title">登记新批次</Text>
      <TextField
        label="批号"
        value={lot}
        onChange={setLot}
        placeholder="例如：L20261120"
        maxLength={20}
        hint="包装上印的批号；没有的话可以用生产日期，如 L20261120。"
        testId="batch-lot"
        {...register.fieldProps('lot')}
      />
      <DateField
        label="生产日期"
        value={productionDate}
        onChange={setProductionDate}
        testId="batch-production-date"
        {...register.fieldProps('productionDate')}
      />
      <DateField
        label="保质期至（没有可不填）"
        value={expiryDate}
        onChange={setExpiryDate}
        testId="batch-expiry-date"
        {...register.fieldProps('expiryDate')}
      />
      <TextField
        label="这批有多少件"
        kind="number"
        value={quantity}
        onChange={setQuantity}
        placeholder="例如 1000"
        maxLength={8}
        testId="batch-quantity"
        {...register.fieldProps('quantity')}
      />
      <Notice notice={register.notice} testId="batch-notice" />
      <View className="actions">
        <ActionButton fill="outline" type="primary" disabled={register.busy} onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton type="primary" loading={register.busy} onClick={() => void submit()} data-testid="batch-submit">
          登记批次
        </ActionButton>
      </View>
    </View>
  );
}
