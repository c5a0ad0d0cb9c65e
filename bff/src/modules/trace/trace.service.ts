import { MoreThan, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { Role } from '../../core/roles';
import { isUniqueViolation } from '../../stores/sql-errors';
import { digitalLinkOf, isTraceKey, normalizeGtin, parseTraceCode, type TraceKey } from './gs1';
import { isFileKey, ownerOfFileKey } from '../files/uploads';
import { accountById, rolesByAccountId, villageById } from '../identity/identity.loaders';
import { decodeCursor, findPage, toPage, type Paged } from '../../core/paging';
import {
  TraceBatch,
  TraceCounterfeitFlag,
  TraceDocument,
  TraceEvent,
  TraceEventInput,
  TraceItem,
  TraceProduct,
  TraceRecall,
  TraceRecallBatch,
  TraceSampling,
  TraceScanLog,
} from './trace.entity';
import { TraceError, traceError } from './trace.errors';
import { recallsByBatchId, shippedToMerchant } from './trace.loaders';
import { lockBatch } from './batch-lock';
import type { RecallsService } from './recalls.service';
import type {
  AttachTraceDocumentInput,
  IssueTraceCodesInput,
  RecordSamplingInput,
  RecordTraceEventInput,
  RegisterBatchInput,
  RegisterProductInput,
} from './trace.inputs';
import { InvalidTraceCode, IssuedTraceCodes, TraceScan } from './trace.types';

/** A clock a little fast on a phone is not a lie: events may be this far in the future. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** One item is scanned a few times by its buyer; this many in a day, or from this many places in a week, is not one item. */
const SCANS_PER_DAY_LIMIT = 20;
const PLACES_PER_WEEK_LIMIT = 4;
const DAY_MS = 24 * 3600 * 1000;

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
  constructor(private readonly recalls: RecallsService) {}

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

  /**
   * Issues the next `count` serials of a batch in one transaction, in multi-row inserts, and
   * records it as the chain's EPCIS commissioning event, placed at the producer's village.
   */
  async issueCodes(ctx: RequestContext, input: IssueTraceCodesInput, base: string): Promise<IssuedTraceCodes> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    const account = await ctx.loader(accountById).load(merchant.accountId);
    const village = account?.villageId ? await ctx.loader(villageById).load(account.villageId) : null;
    const place = village ? `${village.town}${village.name}` : '生产商家';
    return ctx.transaction('trace', async (m) => {
      await lockBatch(m, input.batchId);
      const batch = await this.producedBatch(m, input.batchId, merchant.accountId);
      // Codes on a recalled batch would send more of it to the shelves.
      await this.refuseIfRecalled(m, batch.id);
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
      const now = new Date();
      await m.insert(TraceEvent, {
        batchId: batch.id,
        bizStep: 'COMMISSIONING',
        eventTime: now,
        timeZoneOffset: '+08:00',
        place,
        quantity: serials.length,
        counterpartyId: null,
        temperatureTenths: null,
        note: `单品序号 ${serials[0]}–${serials[serials.length - 1]}`,
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

  /**
   * Records what happened to a batch. A merchant records only what it holds (the producer, or a
   * merchant the batch was shipped to); receiving needs a shipment to the receiver; processing
   * names its input batches, which the processor must hold too.
   */
  async recordEvent(ctx: RequestContext, input: RecordTraceEventInput): Promise<TraceEvent> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    if (input.eventTime.getTime() > Date.now() + CLOCK_SKEW_MS) throw traceError('EVENT_IN_FUTURE');
    if (input.bizStep === 'SHIPPING') await this.checkReceiver(ctx, input);
    if (input.bizStep === 'PROCESSING' && input.inputBatchIds.length === 0) throw traceError('PROCESSING_NEEDS_INPUTS');

    return ctx.transaction('trace', async (m) => {
      // Shipping or selling a recalled batch would put it back in people's hands behind the recall.
      if (input.bizStep === 'SHIPPING' || input.bizStep === 'RETAIL_SELLING') {
        await lockBatch(m, input.batchId);
        await this.refuseIfRecalled(m, input.batchId);
      }
      let counterpartyId = input.bizStep === 'SHIPPING' ? input.counterpartyId! : null;
      if (input.bizStep === 'RECEIVING') {
        const shipment = await m.findOne(TraceEvent, {
          where: { batchId: input.batchId, bizStep: 'SHIPPING', counterpartyId: merchant.accountId },
          order: { eventTime: 'DESC' },
        });
        if (!shipment) throw traceError('NOTHING_SHIPPED_TO_YOU');
        counterpartyId = shipment.recordedBy;
      } else {
        await this.heldBatch(m, input.batchId, merchant.accountId);
      }
      for (const inputBatchId of input.inputBatchIds) await this.heldBatch(m, inputBatchId, merchant.accountId);

      const event = m.create(TraceEvent, {
        batchId: input.batchId,
        bizStep: input.bizStep,
        eventTime: input.eventTime,
        timeZoneOffset: input.timeZoneOffset,
        place: input.place,
        quantity: input.quantity ?? null,
        counterpartyId,
        temperatureTenths: input.temperatureCelsius == null ? null : Math.round(input.temperatureCelsius * 10),
        note: input.note,
        recordedBy: merchant.accountId,
        createdAt: new Date(),
      });
      await m.insert(TraceEvent, event);
      if (input.bizStep === 'PROCESSING') {
        await m.insert(TraceEventInput, [...new Set(input.inputBatchIds)].map((inputBatchId) => ({ eventId: event.id, inputBatchId })));
      }
      return event;
    });
  }

  /** A shipment names a registered merchant it goes to, and how many. */
  private async checkReceiver(ctx: RequestContext, input: RecordTraceEventInput): Promise<void> {
    if (!input.counterpartyId || !input.quantity) throw traceError('SHIPMENT_NEEDS_RECEIVER');
    const [receiver, roles] = await Promise.all([
      ctx.loader(accountById).load(input.counterpartyId),
      ctx.loader(rolesByAccountId).load(input.counterpartyId),
    ]);
    if (!receiver || !roles.includes(Role.MERCHANT)) throw traceError('RECEIVER_NOT_A_MERCHANT');
  }

  /**
   * 监督抽检: a regulator records an official result for any batch. A failed one opens a recall
   * (or joins the batch's open one) in the same transaction.
   */
  async recordSampling(ctx: RequestContext, input: RecordSamplingInput): Promise<TraceSampling> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    const { recallClass, includeIngredients, ...result } = input;
    if (!input.passed && !recallClass) throw traceError('RECALL_CLASS_REQUIRED');
    const sampling = await ctx.transaction('trace', async (m) => {
      await lockBatch(m, input.batchId);
      if (!(await m.existsBy(TraceBatch, { id: input.batchId }))) throw notFound('找不到该批次');
      const row = m.create(TraceSampling, { ...result, recordedBy: regulator.accountId, recallId: null, createdAt: new Date() });
      await m.insert(TraceSampling, row);
      if (!input.passed) {
        const { recall } = await this.recalls.open(m, {
          batchId: input.batchId,
          recallClass: recallClass!,
          origin: 'SAMPLING',
          reason: `监督抽检不合格（${input.agency}，报告 ${input.reportNo}）：${input.findings}`,
          openedBy: regulator.accountId,
          includeIngredients,
        });
        row.recallId = recall.id;
        await m.update(TraceSampling, { id: row.id }, { recallId: recall.id });
      }
      return row;
    });
    if (sampling.recallId) ctx.app.outbox.kick();
    return sampling;
  }

  async myProducts(ctx: RequestContext): Promise<TraceProduct[]> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    return ctx.manager('trace').find(TraceProduct, { where: { merchantId: merchant.accountId }, order: { id: 'DESC' } });
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
    for (let lastId = 0; ; ) {
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
    const found = await this.resolve(ctx, code);
    if (found instanceof InvalidTraceCode) throw traceError(found.errorCode as keyof typeof TraceError);
    if (!found.batch) throw traceError('UNKNOWN_LOT');
    return this.batch(ctx, found.batch.id);
  }

  /** Batches shipped to the merchant by others, newest first. */
  async heldBatches(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<TraceBatch>> {
    const merchant = ctx.requireRole(Role.MERCHANT);
    const cursor = decodeCursor(after);
    const query = ctx
      .manager('trace')
      .createQueryBuilder(TraceBatch, 'b')
      .where(
        "b.id IN (SELECT e.batch_id FROM trace_event e WHERE e.counterparty_id = :me AND e.biz_step = 'SHIPPING')",
        { me: merchant.accountId },
      )
      .orderBy('b.id', 'DESC')
      .take(first + 1);
    if (cursor !== null) query.andWhere('b.id < :cursor', { cursor });
    return toPage(await query.getMany(), first);
  }

  /** 我扫过的: the caller's own scans, newest first. */
  async myScans(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<TraceScanLog>> {
    const caller = ctx.requireCaller();
    return findPage(ctx.manager('trace'), TraceScanLog, { accountId: caller.accountId }, first, after);
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

  /**
   * Logs a scan of a known batch and, for an issued serial, raises a counterfeit flag when it is
   * scanned implausibly often or from far-apart places. Answers the serial's flag, if any.
   */
  async recordScan(ctx: RequestContext, found: ResolvedCode, place: string | null): Promise<TraceCounterfeitFlag | null> {
    if (!found.batch) return null;
    const batchId = found.batch.id;
    const serial = found.key.serial;
    return ctx.transaction('trace', async (m) => {
      const now = new Date();
      await m.insert(TraceScanLog, { batchId, serial, accountId: ctx.caller?.accountId ?? null, place, scannedAt: now });
      if (serial === null || !found.serialIssued) return null;
      const existing = await m.findOneBy(TraceCounterfeitFlag, { batchId, serial });
      if (existing) return existing;
      const lastDay = await m.countBy(TraceScanLog, { batchId, serial, scannedAt: MoreThan(new Date(now.getTime() - DAY_MS)) });
      const places = await m
        .createQueryBuilder(TraceScanLog, 's')
        .select('COUNT(DISTINCT s.place)', 'n')
        .where('s.batch_id = :batchId AND s.serial = :serial AND s.place IS NOT NULL AND s.scanned_at > :since', {
          batchId,
          serial,
          since: new Date(now.getTime() - 7 * DAY_MS),
        })
        .getRawOne<{ n: string | number }>();
      const placeCount = Number(places?.n ?? 0);
      const reason =
        lastDay >= SCANS_PER_DAY_LIMIT
          ? `一天内被扫 ${lastDay} 次`
          : placeCount >= PLACES_PER_WEEK_LIMIT
            ? `一周内在 ${placeCount} 个地方被扫`
            : null;
      if (!reason) return null;
      const flag = m.create(TraceCounterfeitFlag, { batchId, serial, reason, flaggedAt: now });
      try {
        await m.insert(TraceCounterfeitFlag, flag);
      } catch (error) {
        // Another scan crossed the line at the same moment and raised the flag first.
        if (!isUniqueViolation(error)) throw error;
      }
      return flag;
    });
  }

  /** Serials flagged as possible counterfeits, newest first, for regulators. */
  async counterfeitFlags(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<TraceCounterfeitFlag>> {
    ctx.requireRole(Role.REGULATOR);
    return findPage(ctx.manager('trace'), TraceCounterfeitFlag, {}, first, after);
  }

  /** `logged` null looks again at a code already scanned (from my scans, a notice) without counting a scan. */
  async scan(ctx: RequestContext, code: string, base: string, logged: { place: string | null } | null): Promise<TraceScan | InvalidTraceCode> {
    const found = await this.resolve(ctx, code);
    if (found instanceof InvalidTraceCode) return found;
    const flag = logged
      ? await this.recordScan(ctx, found, logged.place)
      : found.batch && found.key.serial
        ? await ctx.manager('trace').findOneBy(TraceCounterfeitFlag, { batchId: found.batch.id, serial: found.key.serial })
        : null;
    if (found.unknownLot) return invalid('UNKNOWN_LOT');
    const m = ctx.manager('trace');
    const [documents, events, samplings, recalls] = found.batch
      ? await Promise.all([
          m.find(TraceDocument, { where: { batchId: found.batch.id }, order: { issuedOn: 'DESC', id: 'DESC' } }),
          m.find(TraceEvent, { where: { batchId: found.batch.id }, order: { eventTime: 'ASC', id: 'ASC' } }),
          // A failed result is what a consumer must see first.
          m.find(TraceSampling, { where: { batchId: found.batch.id }, order: { passed: 'ASC', sampledOn: 'DESC', id: 'DESC' } }),
          ctx.loader(recallsByBatchId).load(found.batch.id),
        ])
      : [[], [], [], []];
    return Object.assign(new TraceScan(), {
      link: digitalLinkOf(found.key, base),
      product: found.product,
      batch: found.batch,
      serial: found.key.serial,
      serialIssued: found.serialIssued,
      documents,
      events,
      samplings,
      recalls,
      counterfeitWarning: flag?.reason ?? (found.key.serial !== null && !found.serialIssued ? '该序号不是本批次签发的' : null),
    });
  }

  /** Refuses work that would move a batch an open recall reaches (its row locked by the caller). */
  private async refuseIfRecalled(m: EntityManager, batchId: number): Promise<void> {
    const recalled = await m
      .createQueryBuilder(TraceRecallBatch, 'rb')
      .innerJoin(TraceRecall, 'r', 'r.id = rb.recall_id')
      .where("rb.batch_id = :batchId AND r.status = 'OPEN'", { batchId })
      .getExists();
    if (recalled) throw traceError('BATCH_RECALLED');
  }

  /** Whether the caller may see a batch's whole record: a regulator, or a merchant holding it. */
  async mayInspect(ctx: RequestContext, batch: TraceBatch): Promise<boolean> {
    const caller = ctx.caller;
    if (!caller) return false;
    if (caller.roles.includes(Role.REGULATOR)) return true;
    if (!caller.roles.includes(Role.MERCHANT)) return false;
    return batch.holderId === caller.accountId || (await ctx.loader(shippedToMerchant).load(`${batch.id}:${caller.accountId}`)) > 0;
  }

  /** A batch the merchant produced: only the producer prints and exports its codes. */
  private async producedBatch(m: EntityManager, batchId: number, merchantId: number): Promise<TraceBatch> {
    const batch = await m.findOneBy(TraceBatch, { id: batchId });
    if (!batch) throw notFound('找不到该批次');
    if (batch.holderId !== merchantId) throw traceError('NOT_BATCH_HOLDER');
    return batch;
  }

  /** A batch the merchant holds: as its producer, or because it was shipped to the merchant. */
  private async heldBatch(m: EntityManager, batchId: number, merchantId: number): Promise<TraceBatch> {
    const batch = await m.findOneBy(TraceBatch, { id: batchId });
    if (!batch) throw notFound('找不到该批次');
    const holds =
      batch.holderId === merchantId ||
      (await m.existsBy(TraceEvent, { batchId, bizStep: 'SHIPPING', counterpartyId: merchantId }));
    if (!holds) throw traceError('NOT_BATCH_HOLDER');
    return batch;
  }
}
