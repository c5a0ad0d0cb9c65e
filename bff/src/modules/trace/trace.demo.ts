import type { RequestContext } from '../../core/context';
import { accountByOpenid } from '../identity/identity.loaders';
import { TraceBatch, TraceDocument, TraceEvent, TraceItem, TraceProduct } from './trace.entity';

/** The demo shop's eggs: one product, one batch with its certificate, its first hundred serials. */
export const DEMO_TRACE = { gtin: '06901234567892', name: '戴村土鸡蛋（10 枚装）', lot: 'L20261120', serials: 100 } as const;

export async function seedTraceDemo(ctx: RequestContext): Promise<void> {
  const merchant = await ctx.loader(accountByOpenid).load('demo-merchant');
  if (!merchant) return;
  await ctx.transaction('trace', async (trace) => {
    if (await trace.existsBy(TraceProduct, { gtin: DEMO_TRACE.gtin })) return;
    const now = ctx.now();
    const product = trace.create(TraceProduct, {
      gtin: DEMO_TRACE.gtin,
      name: DEMO_TRACE.name,
      merchantAccountId: merchant.id,
      createdAt: now,
    });
    await trace.insert(TraceProduct, product);
    const batch = trace.create(TraceBatch, {
      productId: product.id,
      lot: DEMO_TRACE.lot,
      productionDate: '2026-11-20',
      expiryDate: '2026-12-20',
      quantity: 1000,
      producerAccountId: merchant.id,
      createdAt: now,
    });
    await trace.insert(TraceBatch, batch);
    const step = (bizStep: TraceEvent['bizStep'], eventTime: string, place: string, extra: Partial<TraceEvent> = {}) => ({
      batchId: batch.id,
      bizStep,
      eventTime: new Date(eventTime),
      timeZoneOffset: '+08:00',
      place,
      quantity: null,
      counterpartyAccountId: null,
      temperatureTenths: null,
      note: '',
      recordedBy: merchant.id,
      createdAt: now,
      ...extra,
    });
    await trace.insert(TraceEvent, [
      step('PRODUCING', '2026-11-20T00:30:00Z', '大石盖村陈建国养殖场'),
      step('PACKING', '2026-11-20T03:00:00Z', '大石盖村陈建国养殖场', { quantity: 1000, note: '10 枚一盒' }),
      step('STORING', '2026-11-20T06:00:00Z', '戴村镇冷库', { temperatureTenths: 40 }),
    ]);
    await trace.insert(TraceDocument, {
      batchId: batch.id,
      kind: 'CERTIFICATE_OF_CONFORMITY',
      issuedBy: '戴村镇大石盖村陈建国养殖场',
      issuedOn: '2026-11-20',
      passed: true,
      summary: '食用农产品承诺达标合格证：未使用禁用药物，符合农药兽药残留标准',
      fileKey: null,
      originCountry: null,
      entryPort: null,
      customsDeclarationNo: null,
      recordedBy: merchant.id,
      createdAt: now,
    });
    await trace.insert(
      TraceItem,
      Array.from({ length: DEMO_TRACE.serials }, (_, i) => ({ batchId: batch.id, serial: String(i + 1).padStart(8, '0') })),
    );
  });
}
