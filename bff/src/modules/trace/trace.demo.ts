import type { EntityManager } from 'typeorm';
import { Account } from '../identity/identity.entity';
import { TraceBatch, TraceDocument, TraceItem, TraceProduct } from './trace.entity';

/** The demo shop's eggs: one product, one batch with its certificate, its first hundred serials. */
export const DEMO_TRACE = { gtin: '06901234567892', name: '戴村土鸡蛋（10 枚装）', lot: 'L20261120', serials: 100 } as const;

export async function seedTraceDemo(trace: EntityManager, identity: EntityManager): Promise<void> {
  const merchant = await identity.findOneBy(Account, { wechatOpenid: 'demo-merchant' });
  if (!merchant || (await trace.existsBy(TraceProduct, { gtin: DEMO_TRACE.gtin }))) return;
  const now = new Date();
  const product = trace.create(TraceProduct, { gtin: DEMO_TRACE.gtin, name: DEMO_TRACE.name, merchantId: merchant.id, createdAt: now });
  await trace.insert(TraceProduct, product);
  const batch = trace.create(TraceBatch, {
    productId: product.id,
    lot: DEMO_TRACE.lot,
    productionDate: '2026-11-20',
    expiryDate: '2026-12-20',
    quantity: 1000,
    holderId: merchant.id,
    createdAt: now,
  });
  await trace.insert(TraceBatch, batch);
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
}
