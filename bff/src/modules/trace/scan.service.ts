import { In, IsNull, MoreThan, Not, type EntityManager } from 'typeorm';
import { regionByCode, type ZhejiangRegion } from '@gongfu/shared-types/domain/zhejiang-regions';
import { chinaDate } from '../../core/china-time';
import type { RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { decodeCursor, findPage, toPage, type Paged } from '../../core/paging';
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
  TraceSerialSighting,
} from './trace.entity';
import { TRACE_ERRORS, traceRefusal, type TraceErrorCode } from './trace.errors';
import type { ClearCounterfeitFlagInput } from './trace.inputs';
import { recallsByBatchId } from './trace.loaders';
import { InvalidTraceCode, TraceScan } from './trace.types';
import { ScannedTraceCodeType } from './recalls.types';

/**
 * One item is bought by one household: this many different signed-in people in a day is not one
 * item; nor is one that different people saw in this many cities within a week.
 */
const PEOPLE_PER_DAY_LIMIT = 20;
const CITIES_PER_WEEK_LIMIT = 4;
const DAY_MS = 24 * 3600 * 1000;

/** Logged scans per hour: anonymous ones per address, signed-in ones per account. */
const ANONYMOUS_SCANS_PER_ADDRESS = 60;
const SCANS_PER_ACCOUNT = 120;

const NOT_ISSUED = '该序号不是本批次签发的';

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
   * Logs a scan of a known batch and answers the serial's flag, raising one for a serial the batch
   * never issued, or, counting only signed-in people once a day each, one seen by implausibly many
   * people or in far-apart cities.
   */
  async recordScan(ctx: RequestContext, found: ResolvedCode, region: ZhejiangRegion | null): Promise<TraceCounterfeitFlag | null> {
    if (!found.batch) return null;
    const batchId = found.batch.id;
    const serial = found.key.serial;
    const accountId = ctx.caller?.accountId ?? null;
    return ctx.transaction('trace', async (m) => {
      const now = ctx.now();
      await m.insert(TraceScanLog, { batchId, serial, accountId, place: region?.name ?? null, scannedAt: now });
      if (serial === null) return null;
      const flag = await m.findOneBy(TraceCounterfeitFlag, { batchId, serial });
      // The strongest sign there is. Once a regulator has looked into it and cleared it, it stays cleared.
      if (!found.serialIssued) return flag ?? (await this.raise(m, null, batchId, serial, NOT_ISSUED, now));
      if (flag && !flag.clearedAt) return flag;
      if (accountId === null || !(await this.sighted(m, batchId, serial, accountId, region, now))) return null;

      const people = await m.countBy(TraceSerialSighting, { batchId, serial, scannedAt: MoreThan(new Date(now.getTime() - DAY_MS)) });
      const cities = await this.citiesOfDifferentPeople(m, batchId, serial, new Date(now.getTime() - 7 * DAY_MS));
      const reason =
        people >= PEOPLE_PER_DAY_LIMIT
          ? `一天内有 ${people} 人扫过`
          : cities >= CITIES_PER_WEEK_LIMIT
            ? `一周内在 ${cities} 个市被不同的人扫过`
            : null;
      return reason ? this.raise(m, flag, batchId, serial, reason, now) : null;
    });
  }

  /**
   * In how many cities different people saw a serial: each person counts in one city only (the
   * first they shared), since one buyer may well carry an item from city to city.
   */
  private async citiesOfDifferentPeople(m: EntityManager, batchId: number, serial: string, since: Date): Promise<number> {
    const sightings = await m.find(TraceSerialSighting, {
      select: { accountId: true, regionCode: true },
      where: { batchId, serial, regionCode: Not(IsNull()), scannedAt: MoreThan(since) },
      order: { id: 'ASC' },
    });
    const cityOf = new Map<number, string>();
    for (const s of sightings)
      if (!cityOf.has(s.accountId)) cityOf.set(s.accountId, regionByCode(s.regionCode!)?.cityCode ?? s.regionCode!);
    return new Set(cityOf.values()).size;
  }

  /** Counts a signed-in person's scan of a serial once a day; false when it was counted already. */
  private async sighted(
    m: EntityManager,
    batchId: number,
    serial: string,
    accountId: number,
    region: ZhejiangRegion | null,
    now: Date,
  ): Promise<boolean> {
    const day = chinaDate(now);
    if (await m.existsBy(TraceSerialSighting, { batchId, serial, accountId, day })) return false;
    try {
      await m.insert(TraceSerialSighting, { batchId, serial, accountId, day, regionCode: region?.code ?? null, scannedAt: now });
      return true;
    } catch (error) {
      // The same person's other scan, at the same moment, was counted.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Raises a serial's flag, or raises again one a regulator cleared before the new evidence. */
  private async raise(
    m: EntityManager,
    cleared: TraceCounterfeitFlag | null,
    batchId: number,
    serial: string,
    reason: string,
    now: Date,
  ): Promise<TraceCounterfeitFlag> {
    const raised = { reason, flaggedAt: now, clearedAt: null, clearedBy: null, clearingNote: null };
    if (cleared) {
      await m.update(TraceCounterfeitFlag, { id: cleared.id }, raised);
      return Object.assign(cleared, raised);
    }
    const flag = m.create(TraceCounterfeitFlag, { batchId, serial, ...raised });
    try {
      await m.insert(TraceCounterfeitFlag, flag);
      return flag;
    } catch (error) {
      // Another scan crossed the line at the same moment and raised the flag first.
      if (!isUniqueViolation(error)) throw error;
      return m.findOneByOrFail(TraceCounterfeitFlag, { batchId, serial });
    }
  }

  /** A regulator who checked a flagged serial on the spot and found nothing wrong clears it, saying why. */
  async clearFlag(ctx: RequestContext, input: ClearCounterfeitFlagInput): Promise<TraceCounterfeitFlag> {
    const regulator = ctx.requireRole(Role.REGULATOR);
    return ctx.transaction('trace', async (m) => {
      const flag = await m.findOneBy(TraceCounterfeitFlag, { id: input.flagId });
      if (!flag) throw notFound('找不到这条疑似假冒记录');
      const cleared = { clearedAt: ctx.now(), clearedBy: regulator.accountId, clearingNote: input.clearingNote };
      // Conditional, so that of two regulators clearing it at once the second is told.
      const changed = await m.update(TraceCounterfeitFlag, { id: flag.id, clearedAt: IsNull() }, cleared);
      if (!changed.affected) throw traceRefusal('FLAG_ALREADY_CLEARED');
      // What was seen so far has been looked into: only new sightings may raise the flag again.
      await m.delete(TraceSerialSighting, { batchId: flag.batchId, serial: flag.serial });
      return Object.assign(flag, cleared);
    });
  }

  /** 我扫过的: each code the caller scanned once, with how often and when last, the latest first. */
  async myScans(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<ScannedTraceCodeType>> {
    const caller = ctx.requireCaller();
    const m = ctx.manager('trace');
    const cursor = decodeCursor(after);
    // A code is the batch and the serial; its row is its latest scan, whose id pages the list.
    const query = m
      .createQueryBuilder(TraceScanLog, 's')
      .select('MAX(s.id)', 'lastId')
      .addSelect('COUNT(*)', 'scans')
      .where('s.account_id = :accountId', { accountId: caller.accountId })
      .groupBy('s.batch_id')
      .addGroupBy('s.serial')
      .orderBy('lastId', 'DESC')
      .limit(first + 1);
    if (cursor !== null) query.having('MAX(s.id) < :cursor', { cursor });
    const codes = await query.getRawMany<{ lastId: number | string; scans: number | string }>();
    const latest = codes.length ? await m.findBy(TraceScanLog, { id: In(codes.map((c) => Number(c.lastId))) }) : [];
    const byId = new Map(latest.map((scan) => [scan.id, scan]));
    const rows = codes.map((c) => {
      const scan = byId.get(Number(c.lastId))!;
      return Object.assign(new ScannedTraceCodeType(), {
        id: scan.id,
        batchId: scan.batchId,
        serial: scan.serial,
        scans: Number(c.scans),
        lastScannedAt: scan.scannedAt,
        lastPlace: scan.place,
      });
    });
    return toPage(rows, first);
  }

  /** Serials flagged as possible counterfeits and not cleared, newest first, for regulators. */
  async counterfeitFlags(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<TraceCounterfeitFlag>> {
    ctx.requireRole(Role.REGULATOR);
    return findPage(ctx.manager('trace'), TraceCounterfeitFlag, { clearedAt: IsNull() }, first, after);
  }

  /**
   * Whether this scan may be logged: anonymous scans are limited per address, so that no one can
   * fill the log (or the regulator's list) from one machine; signed-in ones per account.
   */
  private async mayLog(ctx: RequestContext): Promise<boolean> {
    const verdict = ctx.caller
      ? await ctx.app.rateLimiter.hit(`scan:account:${ctx.caller.accountId}`, SCANS_PER_ACCOUNT, 3600)
      : await ctx.app.rateLimiter.hit(`scan:ip:${ctx.ip}`, ANONYMOUS_SCANS_PER_ADDRESS, 3600);
    return verdict.allowed;
  }

  /**
   * `logged` null looks again at a code already scanned (from my scans, a notice) without counting
   * a scan; a scan over its rate limit is answered in full but not logged.
   */
  async scan(
    ctx: RequestContext,
    code: string,
    base: string,
    logged: { regionCode: string | null } | null,
  ): Promise<TraceScan | InvalidTraceCode> {
    const found = await this.resolve(ctx, code);
    if (found instanceof InvalidTraceCode) return found;
    const region = logged?.regionCode ? regionByCode(logged.regionCode) : null;
    const flag =
      logged && (await this.mayLog(ctx))
        ? await this.recordScan(ctx, found, region)
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
    const notIssued = found.batch !== null && found.key.serial !== null && !found.serialIssued;
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
      counterfeitWarning: notIssued ? NOT_ISSUED : flag && !flag.clearedAt ? flag.reason : null,
    });
  }
}
