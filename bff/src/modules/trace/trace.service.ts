import { MoreThan, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { isOwnUpload } from '../../core/files/file-store';
import { decodeCursor, findPage, toPage, type Paged } from '../../core/paging';
import { Role } from '../../core/roles';
import { isUniqueViolation } from '../../stores/sql-errors';
import { accountById, rolesByAccountId, villageById } from '../identity/identity.loaders';
import { lockBatch } from './batch-lock';
import { checkBatchDates, checkEventTime, checkPastDay } from './batch-dates';
import { digitalLinkOf, normalizeGtin } from './gs1';
import { refuseIfRecalled, refuseRecalledInputs } from './recall-guard';
import { ScanService } from './scan.service';
import { TraceBatch, TraceDocument, TraceEvent, TraceEventInput, TraceItem, TraceProduct } from './trace.entity';
import { traceRefusal, type TraceErrorCode } from './trace.errors';
import type {
  AttachTraceDocumentInput,
  IssueTraceCodesInput,
  RecordTraceEventInput,
  RegisterBatchInput,
  RegisterProductInput,
} from './trace.inputs';
import { shippedToMerchant } from './trace.loaders';
import { InvalidTraceCode, IssuedTraceCodes } from './trace.types';

/** Serials are numbered within their batch, zero-padded so they sort as they were issued. */
const SERIAL_DIGITS = 8;
const INSERT_BATCH = 1000;

/** 浙食链's chain: the products, batches and serials a merchant registers, and what happens to them. */
export class TraceService {
  async registerProduct(ctx: RequestContext, input: RegisterProductInput): Promise<TraceProduct> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    const gtin = normalizeGtin(input.gtin.trim());
    if (gtin === 'INVALID_GTIN' || gtin === 'BAD_CHECK_DIGIT') throw traceRefusal(gtin, undefined, 'gtin');
    try {
      return await ctx.transaction('trace', async (m) => {
        const product = m.create(TraceProduct, { gtin, name: input.name, merchantAccountId: merchant.accountId, createdAt: ctx.now() });
        await m.insert(TraceProduct, product);
        return product;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw traceRefusal('GTIN_TAKEN', undefined, 'gtin');
      throw error;
    }
  }

  async registerBatch(ctx: RequestContext, input: RegisterBatchInput): Promise<TraceBatch> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    checkBatchDates(ctx.now(), input.productionDate, input.expiryDate);
    try {
      return await ctx.transaction('trace', async (m) => {
        const product = await m.findOneBy(TraceProduct, { id: input.productId });
        if (!product) throw notFound('找不到该商品');
        if (product.merchantAccountId !== merchant.accountId) throw traceRefusal('NOT_YOUR_PRODUCT');
        const batch = m.create(TraceBatch, {
          productId: product.id,
          lot: input.lot,
          productionDate: input.productionDate,
          expiryDate: input.expiryDate ?? null,
          quantity: input.quantity,
          producerAccountId: merchant.accountId,
          createdAt: ctx.now(),
        });
        await m.insert(TraceBatch, batch);
        return batch;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw traceRefusal('LOT_TAKEN', undefined, 'lot');
      throw error;
    }
  }

  /**
   * Issues the next `count` serials of a batch in one transaction, in multi-row inserts, and
   * records it as the chain's EPCIS commissioning event, placed at the producer's village.
   */
  async issueCodes(ctx: RequestContext, input: IssueTraceCodesInput, base: string): Promise<IssuedTraceCodes> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    const village = merchant.villageId ? await ctx.loader(villageById).load(merchant.villageId) : null;
    const place = village ? `${village.town}${village.name}` : '生产商家';
    return ctx.transaction('trace', async (m) => {
      await lockBatch(m, input.batchId);
      const batch = await this.producedBatch(m, input.batchId, merchant.accountId);
      // Codes on a recalled batch would send more of it to the shelves.
      await refuseIfRecalled(m, batch.id);
      const product = await m.findOneByOrFail(TraceProduct, { id: batch.productId });
      const already = await m.countBy(TraceItem, { batchId: batch.id });
      if (already + input.count > batch.quantity) throw traceRefusal('TOO_MANY_CODES', undefined, 'count');
      const serials = Array.from({ length: input.count }, (_, i) => String(already + i + 1).padStart(SERIAL_DIGITS, '0'));
      for (let start = 0; start < serials.length; start += INSERT_BATCH) {
        await m.insert(
          TraceItem,
          serials.slice(start, start + INSERT_BATCH).map((serial) => ({ batchId: batch.id, serial })),
        );
      }
      const now = ctx.now();
      await m.insert(TraceEvent, {
        batchId: batch.id,
        bizStep: 'COMMISSIONING',
        eventTime: now,
        timeZoneOffset: '+08:00',
        place,
        quantity: serials.length,
        counterpartyAccountId: null,
        temperatureTenths: null,
        firstSerial: serials[0],
        lastSerial: serials[serials.length - 1],
        note: '',
        recordedBy: merchant.accountId,
        createdAt: now,
      });
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
    if (fileKey && !(await isOwnUpload(ctx.app.files, fileKey, merchant.accountId))) {
      throw traceRefusal('DOCUMENT_FILE_INVALID', undefined, 'fileKey');
    }
    // A certificate may precede the batch (a supplier's licence); only its day must make sense.
    checkPastDay(ctx.now(), input.issuedOn, 'issuedOn', '出具日期');
    return ctx.transaction('trace', async (m) => {
      await this.heldBatch(m, input.batchId, merchant.accountId);
      const document = m.create(TraceDocument, {
        ...fields,
        fileKey: fileKey ?? null,
        originCountry: originCountry ?? null,
        entryPort: entryPort ?? null,
        customsDeclarationNo: customsDeclarationNo ?? null,
        recordedBy: merchant.accountId,
        createdAt: ctx.now(),
      });
      await m.insert(TraceDocument, document);
      return document;
    });
  }

  /**
   * Records what happened to a batch. A merchant records only what it holds (the producer, or a
   * merchant the batch was shipped to); receiving needs a shipment to the receiver; processing
   * names its input batches, which the processor must hold too.
   */
  async recordEvent(ctx: RequestContext, input: RecordTraceEventInput): Promise<TraceEvent> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    if (input.bizStep === 'SHIPPING') await this.checkReceiver(ctx, input);
    if (input.bizStep === 'PROCESSING' && input.inputBatchIds.length === 0)
      throw traceRefusal('PROCESSING_NEEDS_INPUTS', undefined, 'inputBatchIds');

    return ctx.transaction('trace', async (m) => {
      const batch = await m.findOneBy(TraceBatch, { id: input.batchId });
      if (!batch) throw notFound('找不到该批次');
      checkEventTime(ctx.now(), input.eventTime, batch);
      // Shipping or selling a recalled batch would put it back in people's hands behind the recall.
      if (input.bizStep === 'SHIPPING' || input.bizStep === 'RETAIL_SELLING') {
        await lockBatch(m, input.batchId);
        await refuseIfRecalled(m, input.batchId);
      }
      const inputBatchIds = [...new Set(input.inputBatchIds)].sort((a, b) => a - b);
      // In id order, so that two processings of the same ingredients cannot deadlock.
      if (input.bizStep === 'PROCESSING') for (const inputBatchId of inputBatchIds) await lockBatch(m, inputBatchId);
      let counterpartyAccountId = input.bizStep === 'SHIPPING' ? input.counterpartyAccountId! : null;
      if (input.bizStep === 'RECEIVING') {
        const shipment = await m.findOne(TraceEvent, {
          where: { batchId: input.batchId, bizStep: 'SHIPPING', counterpartyAccountId: merchant.accountId },
          order: { eventTime: 'DESC' },
        });
        if (!shipment) throw traceRefusal('NOTHING_SHIPPED_TO_YOU');
        counterpartyAccountId = shipment.recordedBy;
      } else {
        await this.heldBatch(m, input.batchId, merchant.accountId);
      }
      for (const inputBatchId of inputBatchIds) await this.heldBatch(m, inputBatchId, merchant.accountId);
      if (input.bizStep === 'PROCESSING') await refuseRecalledInputs(m, inputBatchIds);

      const event = m.create(TraceEvent, {
        batchId: input.batchId,
        bizStep: input.bizStep,
        eventTime: input.eventTime,
        timeZoneOffset: input.timeZoneOffset,
        place: input.place,
        quantity: input.quantity ?? null,
        counterpartyAccountId,
        temperatureTenths: input.temperatureCelsius == null ? null : Math.round(input.temperatureCelsius * 10),
        firstSerial: null,
        lastSerial: null,
        note: input.note,
        recordedBy: merchant.accountId,
        createdAt: ctx.now(),
      });
      await m.insert(TraceEvent, event);
      if (input.bizStep === 'PROCESSING') {
        await m.insert(
          TraceEventInput,
          inputBatchIds.map((inputBatchId) => ({ eventId: event.id, inputBatchId })),
        );
      }
      return event;
    });
  }

  /** A shipment names a registered merchant it goes to, and how many. */
  private async checkReceiver(ctx: RequestContext, input: RecordTraceEventInput): Promise<void> {
    if (!input.counterpartyAccountId || !input.quantity) throw traceRefusal('SHIPMENT_NEEDS_RECEIVER', undefined, 'counterpartyAccountId');
    const [receiver, roles] = await Promise.all([
      ctx.loader(accountById).load(input.counterpartyAccountId),
      ctx.loader(rolesByAccountId).load(input.counterpartyAccountId),
    ]);
    if (!receiver || !roles.includes(Role.MERCHANT)) throw traceRefusal('RECEIVER_NOT_A_MERCHANT', undefined, 'counterpartyAccountId');
  }

  async myProducts(ctx: RequestContext): Promise<TraceProduct[]> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    return ctx.manager('trace').find(TraceProduct, { where: { merchantAccountId: merchant.accountId }, order: { id: 'DESC' } });
  }

  /** A batch's serials in issue order, for the producer to print or export. */
  async codes(ctx: RequestContext, batchId: number, first: number, after?: string | null): Promise<Paged<TraceItem>> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    await this.producedBatch(ctx.manager('trace'), batchId, merchant.accountId);
    return findPage(ctx.manager('trace'), TraceItem, { batchId }, first, after, 'ASC');
  }

  /** Streams every serial of a batch the merchant produced, a slice at a time: a CSV may hold a million. */
  async *allCodes(ctx: RequestContext, batchId: number): AsyncGenerator<{ batch: TraceBatch; product: TraceProduct; serials: string[] }> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    const m = ctx.manager('trace');
    const batch = await this.producedBatch(m, batchId, merchant.accountId);
    const product = await m.findOneByOrFail(TraceProduct, { id: batch.productId });
    for (let lastId = 0; ;) {
      const rows = await m.find(TraceItem, { where: { batchId, id: MoreThan(lastId) }, order: { id: 'ASC' }, take: 5000 });
      if (rows.length === 0) return;
      lastId = rows[rows.length - 1].id;
      yield { batch, product, serials: rows.map((r) => r.serial) };
    }
  }

  /** A batch for a merchant who holds it, or for a regulator. */
  async batch(ctx: RequestContext, batchId: number): Promise<TraceBatch> {
    const caller = ctx.requireRole(Role.MERCHANT, Role.REGULATOR);
    const m = ctx.manager('trace');
    if (caller.roles.includes(Role.REGULATOR)) {
      const batch = await m.findOneBy(TraceBatch, { id: batchId });
      if (!batch) throw notFound('找不到该批次');
      return batch;
    }
    return this.heldBatch(m, batchId, caller.accountId);
  }

  /** The batch a trace code names, for a regulator sampling it or a merchant receiving it. */
  async batchByCode(ctx: RequestContext, code: string): Promise<TraceBatch> {
    const found = await ctx.service(ScanService).resolve(ctx, code);
    if (found instanceof InvalidTraceCode) throw traceRefusal(found.errorCode as TraceErrorCode, undefined, 'code');
    if (!found.batch) throw traceRefusal('UNKNOWN_LOT', undefined, 'code');
    return this.batch(ctx, found.batch.id);
  }

  /** Batches shipped to the merchant by others, newest first. */
  async heldBatches(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<TraceBatch>> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    const cursor = decodeCursor(after);
    const query = ctx
      .manager('trace')
      .createQueryBuilder(TraceBatch, 'b')
      .where("b.id IN (SELECT e.batch_id FROM trace_event e WHERE e.counterparty_id = :me AND e.biz_step = 'SHIPPING')", {
        me: merchant.accountId,
      })
      .orderBy('b.id', 'DESC')
      .take(first + 1);
    if (cursor !== null) query.andWhere('b.id < :cursor', { cursor });
    return toPage(await query.getMany(), first);
  }

  /** Whether the caller may see a batch's whole record: a regulator, or a merchant holding it. */
  async mayInspect(ctx: RequestContext, batch: TraceBatch): Promise<boolean> {
    const caller = ctx.caller;
    if (!caller) return false;
    if (caller.roles.includes(Role.REGULATOR)) return true;
    if (!caller.roles.includes(Role.MERCHANT)) return false;
    return (
      batch.producerAccountId === caller.accountId || (await ctx.loader(shippedToMerchant).load(`${batch.id}:${caller.accountId}`)) > 0
    );
  }

  /** A batch the merchant produced: only the producer prints and exports its codes. */
  private async producedBatch(m: EntityManager, batchId: number, merchantAccountId: number): Promise<TraceBatch> {
    const batch = await m.findOneBy(TraceBatch, { id: batchId });
    if (!batch) throw notFound('找不到该批次');
    if (batch.producerAccountId !== merchantAccountId) throw traceRefusal('NOT_BATCH_HOLDER');
    return batch;
  }

  /** A batch the merchant holds: as its producer, or because it was shipped to the merchant. */
  private async heldBatch(m: EntityManager, batchId: number, merchantAccountId: number): Promise<TraceBatch> {
    const batch = await m.findOneBy(TraceBatch, { id: batchId });
    if (!batch) throw notFound('找不到该批次');
    const holds =
      batch.producerAccountId === merchantAccountId ||
      (await m.existsBy(TraceEvent, { batchId, bizStep: 'SHIPPING', counterpartyAccountId: merchantAccountId }));
    if (!holds) throw traceRefusal('NOT_BATCH_HOLDER');
    return batch;
  }
}
