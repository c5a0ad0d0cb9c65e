import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import TraceProductsPage from './index';

const eggs = {
  id: '1',
  gtin: '06901234567892',
  name: '戴村土鸡蛋（10 枚装）',
  batches: [{ id: '7', lot: 'L20261120', productionDate: '2026-11-20', expiryDate: '2026-12-20', quantity: 1000 }],
};

const noHeld = { MyHeldBatches: () => ({ data: { myHeldBatches: { items: [], nextCursor: null } } }) };
const refusal = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }], data: null });
/** A mutation's refusal, the way the BFF answers it: a TraceError member of its result union. */
const refused = (mutation: string, errorCode: string, message: string, field: string | null = null) => ({
  data: { [mutation]: { __typename: 'TraceError', errorCode, message, field } },
});
const calls = (operation: string) => variablesOf(operation, vi.mocked(Taro.request).mock.calls);
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('商品与批次', () => {
  beforeEach(() => signInAs('陈建国', ['MERCHANT'], '3'));

  it('lists each product with its batches, and opens a batch', async () => {
    stubGraphQL({ ...noHeld, MyTraceProducts: () => ({ data: { myTraceProducts: [eggs] } }) });
    render(<TraceProductsPage />);

    const product = await screen.findByTestId('trace-product');
    expect(product.textContent).toContain('06901234567892');
    expect(screen.getByText('戴村土鸡蛋（10 枚装）')).toBeTruthy();
    expect(screen.getByTestId('batch-count').textContent).toBe('1 批');
    const row = screen.getByTestId('batch-row');
    expect(row.textContent).toContain('批号 L20261120');
    expect(row.textContent).toContain('生产 2026-11-20 · 保质期至 2026-12-20 · 1000 件');
    expect(row.getAttribute('role')).toBe('button');

    fireEvent.click(row);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/merchant/pages/trace-batch/index?id=7' });
  });

  it('says what to do when nothing is registered yet', async () => {
    stubGraphQL({ ...noHeld, MyTraceProducts: () => ({ data: { myTraceProducts: [] } }) });
    render(<TraceProductsPage />);
    await waitFor(() => expect(screen.getAllByTestId('empty-state')).toHaveLength(2));
    const [products, held] = screen.getAllByTestId('empty-state');
    expect(products.textContent).toContain('还没有登记商品');
    expect(held.textContent).toContain('还没有别的商家发货给您');
  });

  it('shows the error and retries', async () => {
    let fail = true;
    stubGraphQL({
      ...noHeld,
      MyTraceProducts: () => (fail ? refusal('FORBIDDEN', '只有商家可以查看') : { data: { myTraceProducts: [eggs] } }),
    });
    render(<TraceProductsPage />);
    expect((await screen.findByTestId('error-retry')).textContent).toContain('只有商家可以查看');
    fail = false;
    fireEvent.click(screen.getByTestId('retry-button'));
    expect(await screen.findByTestId('trace-product')).toBeTruthy();
  });

  it('checks the GTIN check digit before sending, then registers the product', async () => {
    let products = [eggs];
    stubGraphQL({
      ...noHeld,
      MyTraceProducts: () => ({ data: { myTraceProducts: products } }),
      RegisterTraceProduct: ({ input }) => {
        const { gtin, name } = input as { gtin: string; name: string };
        products = [...products, { id: '2', gtin: gtin.padStart(14, '0'), name, batches: [] }];
        return { data: { registerTraceProduct: { id: '2', gtin, name } } };
      },
    });
    render(<TraceProductsPage />);
    await screen.findByTestId('trace-product');

    fireEvent.click(screen.getByTestId('new-product'));
    type('product-name', '戴村笋干');
    type('product-gtin', '6901234567891');
    fireEvent.click(screen.getByTestId('product-submit'));
    expect(screen.getByTestId('product-notice').textContent).toContain('校验位');
    expect(screen.getByTestId('product-notice').textContent).toContain('应是 2');
    expect(screen.getByTestId('product-gtin-error').textContent).toContain('校验位');
    type('product-gtin', '12345');
    fireEvent.click(screen.getByTestId('product-submit'));
    expect(screen.getByTestId('product-notice').textContent).toContain('8、12、13 或 14 位数字');
    expect(calls('RegisterTraceProduct')).toHaveLength(0);

    type('product-gtin', '6901234567892');
    fireEvent.click(screen.getByTestId('product-submit'));
    expect((await screen.findByTestId('products-notice')).textContent).toContain('已登记商品：戴村笋干');
    expect(calls('RegisterTraceProduct')[0]).toEqual({ input: { name: '戴村笋干', gtin: '6901234567892' } });
    await waitFor(() => expect(screen.getAllByTestId('trace-product')).toHaveLength(2));
  });

  it('shows the BFF refusal of a GTIN already taken', async () => {
    stubGraphQL({
      ...noHeld,
      MyTraceProducts: () => ({ data: { myTraceProducts: [eggs] } }),
      RegisterTraceProduct: () => refused('registerTraceProduct', 'GTIN_TAKEN', '这个 GTIN 已经登记过了', 'gtin'),
    });
    render(<TraceProductsPage />);
    await screen.findByTestId('trace-product');
    fireEvent.click(screen.getByTestId('new-product'));
    type('product-name', '土鸡蛋');
    type('product-gtin', '06901234567892');
    fireEvent.click(screen.getByTestId('product-submit'));
    expect((await screen.findByTestId('product-notice')).textContent).toBe('这个 GTIN 已经登记过了');
    expect(screen.getByTestId('product-notice').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('product-gtin-error').textContent).toBe('这个 GTIN 已经登记过了');
    expect(screen.getByTestId('product-name')).toBeTruthy();
    type('product-gtin', '06901234567885');
    expect(screen.queryByTestId('product-gtin-error')).toBeNull();
  });

  it('registers a batch after checking its lot, dates and quantity', async () => {
    stubGraphQL({
      ...noHeld,
      MyTraceProducts: () => ({ data: { myTraceProducts: [eggs] } }),
      RegisterTraceBatch: ({ input }) => ({
        data: { registerTraceBatch: { id: '8', expiryDate: null, ...(input as object) } },
      }),
    });
    render(<TraceProductsPage />);
    const product = await screen.findByTestId('trace-product');
    fireEvent.click(within(product.parentElement!).getByTestId('new-batch'));

    type('batch-lot', '二〇二六');
    fireEvent.click(screen.getByTestId('batch-submit'));
    expect(screen.getByTestId('batch-notice').textContent).toContain('批号只能用字母、数字');

    type('batch-lot', 'L20261201');
    type('batch-production-date', '2026-12-01');
    type('batch-expiry-date', '2026-11-01');
    fireEvent.click(screen.getByTestId('batch-submit'));
    expect(screen.getByTestId('batch-notice').textContent).toBe('保质期不能早于生产日期');

    type('batch-expiry-date', '');
    type('batch-quantity', '0');
    fireEvent.click(screen.getByTestId('batch-submit'));
    expect(screen.getByTestId('batch-notice').textContent).toContain('有多少件');
    expect(calls('RegisterTraceBatch')).toHaveLength(0);

    type('batch-quantity', '500');
    fireEvent.click(screen.getByTestId('batch-submit'));
    expect((await screen.findByTestId('batch-registered')).textContent).toContain('已登记批次 L20261201');
    expect(calls('RegisterTraceBatch')[0]).toEqual({
      input: { productId: '1', lot: 'L20261201', productionDate: '2026-12-01', expiryDate: null, quantity: 500 },
    });
  });

  it('shows the BFF refusal of a lot already registered', async () => {
    stubGraphQL({
      ...noHeld,
      MyTraceProducts: () => ({ data: { myTraceProducts: [eggs] } }),
      RegisterTraceBatch: () => refused('registerTraceBatch', 'LOT_TAKEN', '这个批号已经登记过了', 'lot'),
    });
    render(<TraceProductsPage />);
    await screen.findByTestId('trace-product');
    fireEvent.click(screen.getByTestId('new-batch'));
    type('batch-lot', 'L20261120');
    type('batch-quantity', '10');
    fireEvent.click(screen.getByTestId('batch-submit'));
    expect((await screen.findByTestId('batch-notice')).textContent).toBe('这个批号已经登记过了');
    expect(screen.getByTestId('batch-notice').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('batch-lot-error').textContent).toBe('这个批号已经登记过了');
  });

  it('lists batches other shops shipped here, page by page, and opens one', async () => {
    const held = (id: string, lot: string) => ({
      id,
      lot,
      productionDate: '2026-11-18',
      expiryDate: null,
      quantity: 200,
      product: { id: '9', gtin: '06901234567892', name: '戴村土鸡蛋（10 枚装）' },
    });
    stubGraphQL({
      MyTraceProducts: () => ({ data: { myTraceProducts: [] } }),
      MyHeldBatches: ({ after }) =>
        after
          ? { data: { myHeldBatches: { items: [held('12', 'L2')], nextCursor: null } } }
          : { data: { myHeldBatches: { items: [held('11', 'L1')], nextCursor: 'c1' } } },
    });
    render(<TraceProductsPage />);
    expect((await screen.findByTestId('held-batch')).textContent).toContain('批号 L1');
    fireEvent.click(screen.getByTestId('held-more'));
    await waitFor(() => expect(screen.getAllByTestId('held-batch')).toHaveLength(2));
    fireEvent.click(screen.getAllByTestId('held-batch')[1]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/merchant/pages/trace-batch/index?id=12' });
  });
});
