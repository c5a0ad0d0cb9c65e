import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { accountByOpenid } from '../identity/identity.loaders';
import { TraceBatch, TraceDocument, TraceEvent, TraceItem, TraceProduct } from './trace.entity';

/** The demo shop's eggs: one product, one batch with its certificate, its first hundred serials. */
export const DEMO_TRACE = { gtin: '06901234567892', name: '戴村土鸡蛋（10 枚装）', lot: 'L20261120', serials: 100 } as const;

type Step = Omit<TraceEvent, 'id' | 'batchId' | 'recordedBy' | 'createdAt'>;

function step(bizStep: TraceEvent['bizStep'], eventTime: string, place: string, extra: Partial<Step> = {}): Step {
  return {
    bizStep,
    eventTime: new Date(eventTime),
    timeZoneOffset: '+08:00',
    place,
    quantity: null,
    counterpartyAccountId: null,
    temperatureTenths: null,
    firstSerial: null,
    lastSerial: null,
    note: '',
    ...extra,
  };
}

export async function seedTraceDemo(ctx: RequestContext): Promise<void> {
  const [merchant, wholesaler, retailer] = await Promise.all(
    ['demo-merchant', 'demo-wholesaler', 'demo-retailer'].map((openid) => ctx.loader(accountByOpenid).load(openid)),
  );
  if (!merchant) return;
  const now = ctx.now();
  await ctx.transaction('trace', async (trace) => {
    const existing = await trace.findOneBy(TraceProduct, { gtin: DEMO_TRACE.gtin });
    let batch = existing && (await trace.findOneBy(TraceBatch, { productId: existing.id, lot: DEMO_TRACE.lot }));
    if (!existing) {
      const product = trace.create(TraceProduct, {
        gtin: DEMO_TRACE.gtin,
        name: DEMO_TRACE.name,
        merchantAccountId: merchant.id,
        createdAt: now,
      });
      await trace.insert(TraceProduct, product);
      batch = trace.create(TraceBatch, {
        productId: product.id,
        lot: DEMO_TRACE.lot,
        productionDate: '2026-11-20',
        expiryDate: '2026-12-20',
        quantity: 1000,
        producerAccountId: merchant.id,
        createdAt: now,
      });
      await trace.insert(TraceBatch, batch);
      const last = String(DEMO_TRACE.serials).padStart(8, '0');
      await record(trace, batch, merchant.id, now, [
        step('PRODUCING', '2026-11-20T00:30:00Z', '大石盖村土鸡养殖场'),
        step('PACKING', '2026-11-20T03:00:00Z', '大石盖村土鸡养殖场', { quantity: 1000, note: '10 枚一盒' }),
        step('COMMISSIONING', '2026-11-20T04:00:00Z', '戴村镇大石盖村', {
          quantity: DEMO_TRACE.serials,
          firstSerial: '00000001',
          lastSerial: last,
        }),
        step('STORING', '2026-11-20T06:00:00Z', '戴村镇冷库', { temperatureTenths: 40 }),
      ]);
      await trace.insert(TraceDocument, {
        batchId: batch.id,
        kind: 'CERTIFICATE_OF_CONFORMITY',
        issuedBy: '萧山区戴村土鸡蛋专业合作社',
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
        Array.from({ length: DEMO_TRACE.serials }, (_, i) => ({ batchId: batch!.id, serial: String(i + 1).padStart(8, '0') })),
      );
    }
    // The eggs go on through a wholesaler to a village shop: a shipment to show, and holders for a recall to reach.
    if (!batch || !wholesaler || !retailer) return;
    if (await trace.existsBy(TraceEvent, { batchId: batch.id, bizStep: 'SHIPPING' })) return;
    await record(trace, batch, merchant.id, now, [
      step('SHIPPING', '2026-11-21T00:30:00Z', '戴村镇冷库', { quantity: 600, counterpartyAccountId: wholesaler.id, note: '冷藏车运输' }),
    ]);
    await record(trace, batch, wholesaler.id, now, [
      step('RECEIVING', '2026-11-21T01:30:00Z', '戴村农副产品批发市场', { quantity: 600, counterpartyAccountId: merchant.id }),
      step('SHIPPING', '2026-11-22T00:00:00Z', '戴村农副产品批发市场', { quantity: 120, counterpartyAccountId: retailer.id }),
    ]);
    await record(trace, batch, retailer.id, now, [
      step('RECEIVING', '2026-11-22T01:00:00Z', '戴村镇便民超市', { quantity: 120, counterpartyAccountId: wholesaler.id }),
      step('RETAIL_SELLING', '2026-11-22T04:00:00Z', '戴村镇便民超市', { quantity: 12 }),
    ]);
  });
}

function record(trace: EntityManager, batch: TraceBatch, recordedBy: number, createdAt: Date, steps: Step[]) {
  return trace.insert(
    TraceEvent,
    steps.map((s) => ({ ...s, batchId: batch.id, recordedBy, createdAt })),
  );
}
