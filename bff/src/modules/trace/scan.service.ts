import { MoreThan } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { findPage, type Paged } from '../../core/paging';
import { Role } from '../../core/roles';
import { isUniqueViolation } from '../../stores/sql-errors';
import { digitalLinkOf, isTraceKey, parseTraceCode, type TraceKey } from './gs1';
import {
  TraceBatch,
  TraceCounterfeitFlag,
  TraceDocument,
  TraceEvent,
  TraceItem,
  TraceProduct,
  TraceSampling,
  TraceScanLog,
} from './trace.entity';
import { TRACE_ERRORS, type TraceErrorCode } from './trace.errors';
import { recallsByBatchId } from './trace.loaders';
import { InvalidTraceCode, TraceScan } from './trace.types';

/** One item is scanned a few times by its buyer; this many in a day, or from this many places in a week, is not one item. */
const SCANS_PER_DAY_LIMIT = 20;
const PLACES_PER_WEEK_LIMIT = 4;
const DAY_MS = 24 * 3600 * 1000;

/** What a Digital Link or a scan resolves to: the product, and the batch and item when known. */
export interface ResolvedCode {
  key: TraceKey;
  product: TraceProduct;
  batch: TraceBatch | null;
  /** The code names a lot the product does not have. */
  unknownLot: boolean;
  serialIssued: boolean;
}

function invalid(code: TraceErrorCode): InvalidTraceCode {
  return Object.assign(new InvalidTraceCode(), { errorCode: code, message: TRACE_ERRORS[code] });
}

/** 扫一扫: what a code names, the scan log, and the counterfeit flags it raises. */
export class ScanService {
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
    const serialIssued = key.serial !== null && batch !== null && (await m.existsBy(TraceItem, { batchId: batch.id, serial: key.serial }));
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
      const now = ctx.now();
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

  /** 我扫过的: the caller's own scans, newest first. */
  async myScans(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<TraceScanLog>> {
    const caller = ctx.requireCaller();
    return findPage(ctx.manager('trace'), TraceScanLog, { accountId: caller.accountId }, first, after);
  }

  /** Serials flagged as possible counterfeits, newest first, for regulators. */
  async counterfeitFlags(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<TraceCounterfeitFlag>> {
    ctx.requireRole(Role.REGULATOR);
    return findPage(ctx.manager('trace'), TraceCounterfeitFlag, {}, first, after);
  }

  /** `logged` null looks again at a code already scanned (from my scans, a notice) without counting a scan. */
  async scan(
    ctx: RequestContext,
    code: string,
    base: string,
    logged: { place: string | null } | null,
  ): Promise<TraceScan | InvalidTraceCode> {
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
}
