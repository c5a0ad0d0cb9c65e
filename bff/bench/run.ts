import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { storeTargets } from '../src/config';
import { inTransaction } from '../src/core/transaction';
import { Account } from '../src/modules/identity/identity.entity';
import { IdentityService } from '../src/modules/identity/identity.service';
import { MODULES } from '../src/modules';
import { PaymentCodeSigner } from '../src/modules/workpoints/payments/payment-code';
import { DAICUN, seedScale } from '../src/seed/scale';
import { StoreRegistry } from '../src/stores/registry';
import { storeSchemasOf } from '../src/stores/schemas';
import { describeLatency, gql, load, startApp } from './measure';
import { benchLighthouse } from './lighthouse';
import { benchScan } from './scan';

/**
 * `npm run bench`: the performance goals, measured on MySQL at the seeds' scale and printed.
 * BENCH_MYSQL_URL picks the server (default the local MariaDB); the data lives in databases
 * `gongfu_bench_<store>` (and `gongfu_bench_t*_trace` for the scan) and is built once (`--reseed`
 * builds it again). Then Lighthouse on the H5 app's first screens (`lighthouse.ts`, SQLite, no
 * MySQL). BENCH_ONLY=points, scan or lighthouse runs one part.
 */
const MYSQL_URL = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const PREFIX = 'gongfu_bench';
const PARTS = ['points', 'scan', 'lighthouse'] as const;
const ONLY = process.env.BENCH_ONLY;
const HOME_REQUESTS = Number(process.env.BENCH_HOME_REQUESTS ?? 2000);
const HOME_CONCURRENCY = 10;
const PAYMENT_CLIENTS = 50;
const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 3000);

/** What the villager's points home asks for in one round trip. */
const VILLAGER_HOME = `{
  me { displayName village { name } household { name } }
  myPointsBalance
  myHouseholdPoints { total members { displayName balance } }
  openActivities(first: 10) { items { id title points placesLeft scene { name } } nextCursor }
  myPointsHistory(first: 10) { items { kind amount balanceAfter reason createdAt } nextCursor }
}`;

const TAKE_POINTS = `mutation($input: TakePointsInput!) { takePoints(input: $input) { __typename ... on ErrorResult { errorCode } } }`;

/** The villager home query, points payments and the ledger invariant, at the daicun scale. */
async function benchPoints(): Promise<void> {
  const targets = storeTargets({ DATABASE_URL: MYSQL_URL, DATABASE_PREFIX: PREFIX }, null);
  const seeding = await StoreRegistry.open(targets, storeSchemasOf(MODULES));
  await seeding.migrate();
  const [{ n }] = await seeding.get('identity').query(`SELECT COUNT(*) AS n FROM account WHERE wechat_openid LIKE 'scale-%'`);
  if (Number(n) === 0 || process.argv.includes('--reseed')) {
    if (Number(n) > 0) throw new Error(`drop the ${PREFIX}_* databases to reseed`);
    console.log('building the daicun scale (once)…');
    await seedScale(seeding, DAICUN, (phase, done, total) => {
      if (done === total) console.log(`  ${phase}: ${total.toLocaleString('en')}`);
    });
  }
  await seeding.close();

  const { url, server, core, config } = await startApp(targets);

  try {
    const identity = core.stores.get('identity');
    const [counts] = await core.stores
      .get('village')
      .query(
        `SELECT (SELECT COUNT(*) FROM activity) AS activities, (SELECT COUNT(*) FROM participation) AS participations, (SELECT COUNT(*) FROM points_ledger_entry) AS entries`,
      );
    console.log(
      `\nat scale: ${Number(counts.activities).toLocaleString('en')} activities, ${Number(counts.participations).toLocaleString('en')} participations, ${Number(counts.entries).toLocaleString('en')} ledger entries`,
    );

    const villagers = await identity.query(
      `SELECT a.id, a.village_id AS villageId FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = 'VILLAGER'
       WHERE a.wechat_openid LIKE 'scale-%' AND NOT EXISTS (SELECT 1 FROM account_role m WHERE m.account_id = a.id AND m.role = 'MERCHANT')
       AND MOD(a.id, 50) = 0 ORDER BY a.id`,
    );
    const shops = await identity.query(
      `SELECT a.id, a.village_id AS villageId FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = 'MERCHANT' WHERE a.wechat_openid LIKE 'scale-%'`,
    );
    const tokenOf = async (id: number) =>
      inTransaction(
        identity,
        async (m) => (await core.services.get(IdentityService).startSession(m, await m.findOneByOrFail(Account, { id }), 'wechat')).token,
      );
    const villagerTokens = await Promise.all(villagers.slice(0, 200).map((v: { id: number }) => tokenOf(v.id)));
    const shopTokens = new Map<number, string>();
    for (const shop of shops) shopTokens.set(shop.id, await tokenOf(shop.id));

    // 1. The villager home query.
    await load(100, HOME_CONCURRENCY, async (i) => void (await gql(url, villagerTokens[i % villagerTokens.length], VILLAGER_HOME)));
    let homeErrors = 0;
    const home = await load(HOME_REQUESTS, HOME_CONCURRENCY, async (i) => {
      const result = await gql(url, villagerTokens[i % villagerTokens.length], VILLAGER_HOME);
      if (result.errors) homeErrors += 1;
    });
    console.log(
      `\nvillager home query (${HOME_REQUESTS} requests, ${HOME_CONCURRENCY} concurrent): ${describeLatency(home.latencies)}, ${(HOME_REQUESTS / home.seconds).toFixed(0)} req/s, ${homeErrors} errors`,
    );

    // 2. Points payments: 50 shops' clients at once, each paying 1 point from a villager of its village.
    const signer = new PaymentCodeSigner(config.jwtSecret);
    const byVillage = new Map<number, number[]>();
    for (const v of villagers) byVillage.set(v.villageId, [...(byVillage.get(v.villageId) ?? []), v.id]);
    const outcomes = new Map<string, number>();
    const payments = await load(PAYMENTS, PAYMENT_CLIENTS, async (i) => {
      const shop = shops[i % shops.length];
      const payers = byVillage.get(shop.villageId)!;
      const payer = payers[Math.floor(i / shops.length) % payers.length];
      const { code } = signer.issue(payer, shop.villageId);
      const result = await gql(url, shopTokens.get(shop.id)!, TAKE_POINTS, { input: { code, points: 1, idempotencyKey: randomUUID() } });
      const outcome = result.errors ? 'error' : (result.data.takePoints.errorCode ?? result.data.takePoints.__typename);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    });
    console.log(
      `points payments (${PAYMENTS}, ${PAYMENT_CLIENTS} concurrent clients): ${(PAYMENTS / payments.seconds).toFixed(0)} payments/s, ${describeLatency(payments.latencies)}; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`,
    );

    // 3. The ledger invariant after the run.
    const drift = await core.stores.get('village').query(
      `SELECT a.id, a.balance, COALESCE(e.total, 0) AS total FROM points_account a
       LEFT JOIN (SELECT account_id, SUM(amount) AS total FROM points_ledger_entry GROUP BY account_id) e ON e.account_id = a.id
       WHERE a.balance <> COALESCE(e.total, 0) OR a.balance < 0`,
    );
    console.log(
      `ledger invariant (every balance = the sum of its entries, none below zero): ${drift.length === 0 ? 'holds' : `BROKEN for ${drift.length} accounts`}`,
    );
    if (drift.length) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  if (ONLY && !(PARTS as readonly string[]).includes(ONLY)) throw new Error(`BENCH_ONLY is one of ${PARTS.join(', ')}`);
  if (!ONLY || ONLY === 'points') await benchPoints();
  if (!ONLY || ONLY === 'scan') {
    console.log('');
    await benchScan(MYSQL_URL, PREFIX, process.argv.includes('--reseed'));
  }
  if (!ONLY || ONLY === 'lighthouse') {
    console.log('');
    await benchLighthouse();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
