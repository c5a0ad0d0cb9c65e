import type { DataSource } from 'typeorm';
import { storeTargets, type StoreTarget } from '../src/config';
import { digitalLinkOf } from '../src/modules/trace/gs1';
import { SCALE_GTIN_PREFIX, seedTraceScale, traceScaleOf, ZHEJIANG, type TraceScaleSpec } from '../src/seed/trace-scale';
import { MODULES } from '../src/modules';
import { StoreRegistry } from '../src/stores/registry';
import { storeSchemasOf } from '../src/stores/schemas';
import type { StoreName } from '../src/stores/store-names';
import { describeLatency, gql, load, percentile, startApp } from './measure';

/**
 * The consumer's scan at three sizes of the trace store — 10 thousand, 1 million and the whole
 * 浙食链 scale's 13.8 million codes — each in its own database `<prefix>_<size>_trace`, built once
 * (`--reseed` drops and builds them again). The other stores are the points bench's.
 */
const SIZES: Array<{ name: string; spec: TraceScaleSpec }> = [
  { name: 't10k', spec: traceScaleOf(10_000) },
  { name: 't1m', spec: traceScaleOf(1_000_000) },
  { name: 't14m', spec: ZHEJIANG },
];
const SCAN_REQUESTS = Number(process.env.BENCH_SCAN_REQUESTS ?? 2000);
const SCAN_CONCURRENCY = 10;
const WARM_UP = 100;
/** A shared 2-core box jitters by tens of percent; only a larger rise means the table size shows. */
const GROWTH_TOLERANCE = 1.5;

const scanLogCount = async (trace: DataSource) => Number((await trace.query('SELECT COUNT(*) AS n FROM trace_scan_log'))[0].n);

/** The address of the i-th consumer, as the proxy in front would pass it on. */
const consumerAt = (i: number) => ({ 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });

/** What the scan page shows. */
const SCAN = `query($code: String!) {
  scan(code: $code) {
    __typename
    ... on TraceScan {
      product { name } batch { lot } serialIssued counterfeitWarning
      events { bizStep eventTime place temperatureCelsius }
      documents { kind issuedBy passed }
      samplings { passed agency findings }
    }
    ... on InvalidTraceCode { errorCode }
  }
}`;

/** The scale's codes in this trace store: null when it holds no scale. */
async function scaleCodes(trace: DataSource, spec: TraceScaleSpec): Promise<number | null> {
  const [first] = await trace.query(
    `SELECT MIN(b.id) AS lo, (SELECT COUNT(*) FROM trace_product WHERE gtin LIKE '${SCALE_GTIN_PREFIX}%') AS products
     FROM trace_batch b WHERE b.product_id = (SELECT MIN(id) FROM trace_product WHERE gtin LIKE '${SCALE_GTIN_PREFIX}%')`,
  );
  if (Number(first.products) === 0) return null;
  if (first.lo === null) return 0;
  // The cold-chain batches, the only ones with codes, are the scale's first.
  const [{ n }] = await trace.query('SELECT COUNT(*) AS n FROM trace_item WHERE batch_id BETWEEN ? AND ?', [
    Number(first.lo),
    Number(first.lo) + spec.coldChainBatches - 1,
  ]);
  return Number(n);
}

/** Migrates the stores and makes sure the trace store holds exactly this scale. */
async function ensureScale(targets: Record<StoreName, StoreTarget>, spec: TraceScaleSpec, reseed: boolean): Promise<void> {
  const database = targets.trace.kind === 'mysql' ? targets.trace.database : 'trace';
  let stores = await StoreRegistry.open(targets, storeSchemasOf(MODULES));
  try {
    await stores.migrate();
    let codes = await scaleCodes(stores.get('trace'), spec);
    if (codes !== null && reseed) {
      await stores.get('trace').query(`DROP DATABASE \`${database}\``);
      await stores.close();
      stores = await StoreRegistry.open(targets, storeSchemasOf(MODULES));
      await stores.migrate();
      codes = null;
    }
    if (codes === null) {
      console.log(
        `building ${database}: ${spec.batches.toLocaleString('en')} batches, ${spec.coldChainCodes.toLocaleString('en')} codes (once)…`,
      );
      const started = Date.now();
      await seedTraceScale(stores, spec, (phase, done, total) => {
        if (done === total) console.log(`  ${phase}: ${total.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      });
      console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else if (codes !== spec.coldChainCodes) {
      throw new Error(
        `${database} holds ${codes.toLocaleString('en')} of ${spec.coldChainCodes.toLocaleString('en')} codes (an interrupted build?): run with --reseed`,
      );
    }
  } finally {
    await stores.close();
  }
}

/** Random codes that exist: item ids are dense, so random ids between the ends hit real items. */
async function randomCodes(trace: DataSource, count: number, base: string): Promise<string[]> {
  const [{ lo, hi }] = await trace.query('SELECT MIN(id) AS lo, MAX(id) AS hi FROM trace_item');
  const ids = Array.from({ length: count }, () => Number(lo) + Math.floor(Math.random() * (Number(hi) - Number(lo) + 1)));
  const rows: Array<{ gtin: string; lot: string; serial: string }> = await trace.query(
    `SELECT p.gtin, b.lot, i.serial FROM trace_item i JOIN trace_batch b ON b.id = i.batch_id JOIN trace_product p ON p.id = b.product_id
     WHERE i.id IN (${ids.join(', ')})`,
  );
  const codes = rows.map((row) => digitalLinkOf(row, base));
  for (let i = codes.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [codes[i], codes[j]] = [codes[j], codes[i]];
  }
  return codes;
}

export async function benchScan(mysqlUrl: string, prefix: string, reseed: boolean): Promise<void> {
  const figures: Array<{ codes: number; median: number; p99: number }> = [];
  for (const size of SIZES) {
    const targets = storeTargets({ DATABASE_URL: mysqlUrl, DATABASE_PREFIX: prefix }, null);
    targets.trace = storeTargets({ DATABASE_URL: mysqlUrl, DATABASE_PREFIX: `${prefix}_${size.name}` }, null).trace;
    await ensureScale(targets, size.spec, reseed);

    // Many consumers, not one machine: each scan comes from its own address (through a trusted
    // proxy), so that every one is logged as it would be, not cut off by the per-address limit.
    const { url, server, core } = await startApp(targets, { TRUST_PROXY: 'true' });
    try {
      const trace = core.stores.get('trace');
      const [counts] = await trace.query(
        'SELECT (SELECT COUNT(*) FROM trace_batch) AS batches, (SELECT COUNT(*) FROM trace_item) AS codes',
      );
      const codes = await randomCodes(trace, SCAN_REQUESTS + WARM_UP, url);
      const logsBefore = await scanLogCount(trace);
      await load(WARM_UP, SCAN_CONCURRENCY, async (i) => void (await gql(url, null, SCAN, { code: codes[i] }, consumerAt(i))));
      const outcomes = new Map<string, number>();
      const run = await load(SCAN_REQUESTS, SCAN_CONCURRENCY, async (i) => {
        const result = await gql(url, null, SCAN, { code: codes[WARM_UP + (i % (codes.length - WARM_UP))] }, consumerAt(WARM_UP + i));
        const outcome = result.errors ? 'error' : (result.data.scan.errorCode ?? result.data.scan.__typename);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      });
      const sorted = [...run.latencies].sort((a, b) => a - b);
      figures.push({ codes: Number(counts.codes), median: percentile(sorted, 50), p99: percentile(sorted, 99) });
      console.log(
        `scan at ${Number(counts.codes).toLocaleString('en')} codes, ${Number(counts.batches).toLocaleString('en')} batches ` +
          `(${SCAN_REQUESTS} requests, ${SCAN_CONCURRENCY} concurrent): ${describeLatency(run.latencies)}, ` +
          `${(SCAN_REQUESTS / run.seconds).toFixed(0)} req/s; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`,
      );
      const logged = (await scanLogCount(trace)) - logsBefore;
      console.log(`  scans logged: ${logged} of ${SCAN_REQUESTS + WARM_UP}`);
      if (outcomes.size !== 1 || !outcomes.has('TraceScan') || logged !== SCAN_REQUESTS + WARM_UP) process.exitCode = 1;
    } finally {
      await server.close();
    }
  }
  const [small, large] = [figures[0], figures[figures.length - 1]];
  const medianRatio = large.median / small.median;
  const p99Ratio = large.p99 / small.p99;
  const grew = medianRatio > GROWTH_TOLERANCE;
  console.log(
    `scan latency ${grew ? 'GREW' : 'did not grow'} with the table: from ${small.codes.toLocaleString('en')} to ${large.codes.toLocaleString('en')} codes ` +
      `the median went ×${medianRatio.toFixed(2)}, the p99 ×${p99Ratio.toFixed(2)}`,
  );
  if (grew) process.exitCode = 1;
}
