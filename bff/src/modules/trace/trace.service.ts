import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { Role } from '../../core/roles';
import { isUniqueViolation } from '../../stores/sql-errors';
import { digitalLinkOf, isTraceKey, normalizeGtin, parseTraceCode, type TraceKey } from './gs1';
import { isFileKey, ownerOfFileKey } from '../files/uploads';
import { TraceBatch, TraceDocument, TraceItem, TraceProduct } from './trace.entity';
import { TraceError, traceError } from './trace.errors';
import type { AttachTraceDocumentInput, IssueTraceCodesInput, RegisterBatchInput, RegisterProductInput } from './trace.inputs';
import { InvalidTraceCode, IssuedTraceCodes, TraceScan } from './trace.types';

/** Serials are numbered within their batch, zero-padded so they sort as they were issued. */
const SERIAL_DIGITS = 8;
const INSERT_BATCH = 1000;

/** What a Digital Link or a scan resolves to: the product, and the batch and item when known. */
export interface ResolvedCode {
  key: TraceKey;
  product: TraceProduct;
  batch: TraceBatch | null;
  /** The code names a lot the product does not have. */
  unknownLot: boolean;
  serialIssued: boolean;
}

function invalid(code: keyof typeof TraceError): InvalidTraceCode {
  return Object.assign(new InvalidTraceCode(), { errorCode: code, message: TraceError[code] });
}

/** 浙食链 codes: products, batches and serials a merchant registers, and what a scan finds. */
export class TraceService {
  async registerProduct(ctx: RequestContext, input: RegisterProductInput): Promise<TraceProduct> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    const gtin = normalizeGtin(input.gtin.trim());
    if (gtin === 'INVALID_GTIN' || gtin === 'BAD_CHECK_DIGIT') throw traceError(gtin);
    try {
      return await ctx.transaction('trace', async (m) => {
        const product = m.create(TraceProduct, { gtin, name: input.name, merchantId: merchant.accountId, createdAt: new Date() });
        await m.insert(TraceProduct, product);
        return product;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw traceError('GTIN_TAKEN');
      throw error;
    }
  }

  async registerBatch(ctx: RequestContext, input: RegisterBatchInput): Promise<TraceBatch> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    try {
      return await ctx.transaction('trace', async (m) => {
        const product = await m.findOneBy(TraceProduct, { id: input.productId });
        if (!product) throw notFound('找不到该商品');
        if (product.merchantId !== merchant.accountId) throw traceError('NOT_YOUR_PRODUCT');
        const batch = m.create(TraceBatch, {
          productId: product.id,
          lot: input.lot,
          productionDate: input.productionDate,
          expiryDate: input.expiryDate ?? null,
          quantity: input.quantity,
          holderId: merchant.accountId,
          createdAt: new Date(),
        });
        await m.insert(TraceBatch, batch);
        return batch;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw traceError('LOT_TAKEN');
      throw error;
    }
  }

  /** Issues the next `count` serials of a batch in one transaction, in multi-row inserts. */
  async issueCodes(ctx: RequestContext, input: IssueTraceCodesInput, base: string): Promise<IssuedTraceCodes> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    return ctx.transaction('trace', async (m) => {
      const batch = await this.heldBatch(m, input.batchId, merchant.accountId);
      const product = await m.findOneByOrFail(TraceProduct, { id: batch.productId });
      const already = await m.countBy(TraceItem, { batchId: batch.id });
      if (already + input.count > batch.quantity) throw traceError('TOO_MANY_CODES');
      const serials = Array.from({ length: input.count }, (_, i) => String(already + i + 1).padStart(SERIAL_DIGITS, '0'));
      for (let start = 0; start < serials.length; start += INSERT_BATCH) {
        await m.insert(
          TraceItem,
          serials.slice(start, start + INSERT_BATCH).map((serial) => ({ batchId: batch.id, serial })),
        );
      }
      return Object.assign(new IssuedTraceCodes(), {
        issued: serials.length,
        firstSerial: serials[0],
        lastSerial: serials[serials.length - 1],
        firstLink: digitalLinkOf({ gtin: product.gtin, lot: batch.lot, serial: serials[0] }, base),
      });
    });
  }

  /** Only the batch's holder attaches its papers; a photo must be one the holder uploaded. */
  async attachDocument(ctx: RequestContext, input: AttachTraceDocumentInput): Promise<TraceDocument> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    const { fileKey, originCountry, entryPort, customsDeclarationNo, ...fields } = input;
    if (fileKey && (!isFileKey(fileKey) || ownerOfFileKey(fileKey) !== merchant.accountId || !(await ctx.app.files.exists(fileKey)))) {
      throw traceError('DOCUMENT_FILE_INVALID');
    }
    return ctx.transaction('trace', async (m) => {
      await this.heldBatch(m, input.batchId, merchant.accountId);
      const document = m.create(TraceDocument, {
        ...fields,
        fileKey: fileKey ?? null,
        originCountry: originCountry ?? null,
        entryPort: entryPort ?? null,
        customsDeclarationNo: customsDeclarationNo ?? null,
        recordedBy: merchant.accountId,
        createdAt: new Date(),
      });
      await m.insert(TraceDocument, document);
      return document;
    });
  }

  async myProducts(ctx: RequestContext): Promise<TraceProduct[]> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    return ctx.manager('trace').find(TraceProduct, { where: { merchantId: merchant.accountId }, order: { id: 'DESC' } });
  }

  /**
   * Finds what a code names. An unknown GTIN or an unreadable code comes back as the reason; an
   * unknown lot still finds its product, and an unknown serial its batch, marked as not issued.
   */
  async resolve(ctx: RequestContext, code: string): Promise<ResolvedCode | InvalidTraceCode> {
    const key = parseTraceCode(code);
    if (!isTraceKey(key)) return invalid(key);
    const m = ctx.manager('trace');
    const product = await m.findOneBy(TraceProduct, { gtin: key.gtin });
    if (!product) return invalid('UNKNOWN_PRODUCT');
    const batch = key.lot === null ? null : await m.findOneBy(TraceBatch, { productId: product.id, lot: key.lot });
    const serialIssued =
      key.serial !== null && batch !== null && (await m.existsBy(TraceItem, { batchId: batch.id, serial: key.serial }));
    return { key, product, batch, unknownLot: key.lot !== null && !batch, serialIssued };
  }

  async scan(ctx: RequestContext, code: string, base: string): Promise<TraceScan | InvalidTraceCode> {
    const found = await this.resolve(ctx, code);
    if (found instanceof InvalidTraceCode) return found;
    if (found.unknownLot) return invalid('UNKNOWN_LOT');
    const documents = found.batch
      ? await ctx.manager('trace').find(TraceDocument, { where: { batchId: found.batch.id }, order: { issuedOn: 'DESC', id: 'DESC' } })
      : [];
    return Object.assign(new TraceScan(), {
      link: digitalLinkOf(found.key, base),
      product: found.product,
      batch: found.batch,
      serial: found.key.serial,
      serialIssued: found.serialIssued,
      documents,
    });
  }

  private async heldBatch(m: EntityManager, batchId: number, merchantId: number): Promise<TraceBatch> {
    const batch = await m.findOneBy(TraceBatch, { id: batchId });
    if (!batch) throw notFound('找不到该批次');
    if (batch.holderId !== merchantId) throw traceError('NOT_BATCH_HOLDER');
    return batch;
  }
}
