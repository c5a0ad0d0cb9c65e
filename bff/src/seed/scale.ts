import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '../core/roles';
import { inTransaction } from '../core/transaction';
import { Scene } from '../modules/workpoints/activities/activities.entity';
import { ensureSceneCatalogue } from '../modules/workpoints/activities/scenes.catalogue';
import type { StoreRegistry } from '../stores/registry';

/**
 * The seeds' 工分宝 scale (戴村镇, seed 001): 22 villages, 19,340 activities and 408,937
 * participations, with the points those participations earned, written straight into the stores
 * in multi-row inserts. For people and benchmarks; CI never runs it.
 */
export const DAICUN = {
  villages: 22,
  villagersPerVillage: 1000,
  shopsPerVillage: 2,
  activities: 19_340,
  participations: 408_937,
} as const;

export type ScaleSpec = typeof DAICUN;

/** 戴村镇's villages as the seed counts them (names beyond the two in the demo are illustrative). */
const VILLAGE_NAMES = [
  '大石盖村',
  '云石村',
  '沈村村',
  '尖山下村',
  '佛山村',
  '三头村',
  '张家弄村',
  '凌溪村',
  '南上湖村',
  '石马头村',
  '马谷村',
  '大同坞村',
  '七都溪村',
  '顾家溪村',
  '下门村',
  '上董村',
  '墅上王村',
  '东坞村',
  '溪头村',
  '新塘村',
  '戴家桥村',
  '永兴村',
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎';
const GIVEN = '秀英桂兰建国国强明华志强丽娟海燕春梅金花玉兰永福德胜文杰小红伟民淑珍根土阿三福生';
const ACTIVITY_TITLES = [
  '河道巡查',
  '垃圾分类入户宣传',
  '清理卫生死角',
  '主题党日志愿服务',
  '夜间平安巡逻',
  '村民代表议事会',
  '美丽庭院评比',
  '助老送餐',
  '反诈宣传',
  '秸秆禁烧巡查',
];

export type Progress = (phase: string, done: number, total: number) => void;

/** Small deterministic generator, so two runs at the same scale build the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const twoChars = (text: string, index: number) => text.slice(index * 2, index * 2 + 2);

const sqlTime = (at: Date) => at.toISOString().replace('T', ' ').replace('Z', '');

/** Inserts rows in batches of multi-row INSERTs (well under both engines' placeholder limits). */
async function insertRows(
  source: DataSource,
  table: string,
  columns: string[],
  rows: unknown[][],
  progress: (done: number) => void,
): Promise<void> {
  const batch = Math.max(1, Math.floor(30_000 / columns.length / 2));
  const quote = (name: string) => (source.options.type === 'sqljs' ? `"${name}"` : `\`${name}\``);
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    await source.query(head + chunk.map(() => tuple).join(', '), chunk.flat());
    progress(start + chunk.length);
  }
}

async function maxId(source: DataSource, table: string): Promise<number> {
  const [row] = await source.query(`SELECT COALESCE(MAX(id), 0) AS m FROM ${table}`);
  return Number(row.m);
}

export interface ScaleSummary {
  villages: number;
  villagers: number;
  shops: number;
  activities: number;
  participations: number;
  ledgerEntries: number;
}

/** Builds the whole town; refuses to run twice on the same stores. */
export async function seedScale(stores: StoreRegistry, spec: ScaleSpec, progress: Progress): Promise<ScaleSummary> {
  const identity = stores.get('identity');
  const village = stores.get('village');
  const [{ n }] = await identity.query(`SELECT COUNT(*) AS n FROM account WHERE wechat_openid LIKE 'scale-%'`);
  if (Number(n) > 0) throw new Error('this scale is already seeded on these stores');
  await inTransaction(village, (m) => ensureSceneCatalogue(m));
  const rand = random(20260101);
  const now = Date.now();
  const DAY = 86_400_000;

  // Identity: villages, households of three, villagers, shops.
  const villageBase = await maxId(identity, 'village');
  const villageRows = VILLAGE_NAMES.slice(0, spec.villages).map((name, i) => [
    villageBase + i + 1,
    `${name}（规模）`,
    '戴村镇',
    '杭州市萧山区',
    sqlTime(new Date(now)),
  ]);
  await insertRows(identity, 'village', ['id', 'name', 'town', 'county', 'created_at'], villageRows, (d) =>
    progress('villages', d, villageRows.length),
  );
  const villageIds = villageRows.map((r) => r[0] as number);

  const householdBase = await maxId(identity, 'household');
  const accountBase = await maxId(identity, 'account');
  const households: unknown[][] = [];
  const accounts: unknown[][] = [];
  const roles: unknown[][] = [];
  const villagersByVillage = new Map<number, number[]>();
  const shops: Array<{ id: number; villageId: number }> = [];
  let householdId = householdBase;
  let accountId = accountBase;
  for (const villageId of villageIds) {
    const members: number[] = [];
    const people = spec.villagersPerVillage + spec.shopsPerVillage;
    for (let p = 0; p < people; p++) {
      if (p % 3 === 0) {
        householdId += 1;
        households.push([householdId, villageId, `户${householdId}`, `${villageId} 组 ${householdId} 号`, sqlTime(new Date(now))]);
      }
      accountId += 1;
      const name = SURNAMES[Math.floor(rand() * SURNAMES.length)] + twoChars(GIVEN, Math.floor(rand() * (GIVEN.length / 2)));
      accounts.push([accountId, name, null, `scale-${accountId}`, villageId, householdId, sqlTime(new Date(now)), null]);
      roles.push([accountId, Role.VILLAGER]);
      if (p < spec.shopsPerVillage) {
        roles.push([accountId, Role.MERCHANT]);
        shops.push({ id: accountId, villageId });
      } else {
        members.push(accountId);
      }
    }
    villagersByVillage.set(villageId, members);
  }
  await insertRows(identity, 'household', ['id', 'village_id', 'name', 'address', 'created_at'], households, (d) =>
    progress('households', d, households.length),
  );
  await insertRows(
    identity,
    'account',
    ['id', 'display_name', 'phone', 'wechat_openid', 'village_id', 'household_id', 'created_at', 'disabled_at'],
    accounts,
    (d) => progress('accounts', d, accounts.length),
  );
  await insertRows(identity, 'account_role', ['account_id', 'role'], roles, (d) => progress('roles', d, roles.length));

  // Village store: activities over the past three years, most of them over.
  const scenes = await village.getRepository(Scene).find();
  const activityBase = await maxId(village, 'activity');
  const activities: unknown[][] = [];
  const activityMeta: Array<{ id: number; villageId: number; points: number; title: string; endsAt: number }> = [];
  for (let i = 0; i < spec.activities; i++) {
    const id = activityBase + i + 1;
    const villageId = villageIds[i % villageIds.length];
    const startsAt = now - Math.floor(rand() * 3 * 365) * DAY + (i % 20 === 0 ? 40 * DAY : 0);
    const endsAt = startsAt + (1 + Math.floor(rand() * 5)) * DAY;
    const points = [5, 10, 10, 15, 20, 30][Math.floor(rand() * 6)];
    const title = ACTIVITY_TITLES[i % ACTIVITY_TITLES.length];
    activityMeta.push({ id, villageId, points, title, endsAt });
    activities.push([
      id,
      villageId,
      scenes[i % scenes.length].id,
      title,
      '规模数据',
      points,
      null,
      0,
      sqlTime(new Date(startsAt - 7 * DAY)),
      sqlTime(new Date(startsAt)),
      sqlTime(new Date(startsAt)),
      sqlTime(new Date(endsAt)),
      '村文化礼堂',
      'PHOTO',
      randomBytes(9).toString('base64url'),
      null,
      villagersByVillage.get(villageId)![0],
      sqlTime(new Date(startsAt - 7 * DAY)),
    ]);
  }

  // Participations: each activity draws distinct villagers of its village; past ones are reviewed.
  const participationBase = await maxId(village, 'participation');
  const participations: unknown[][] = [];
  const earned = new Map<number, Array<{ participationId: number; points: number; title: string; at: number }>>();
  const perActivity = spec.participations / spec.activities;
  let participationId = participationBase;
  let remaining = spec.participations;
  for (let i = 0; i < activityMeta.length && remaining > 0; i++) {
    const activity = activityMeta[i];
    const left = activityMeta.length - i;
    const members = villagersByVillage.get(activity.villageId)!;
    const drawn = left === 1 ? remaining : Math.round(remaining / left + (rand() - 0.5) * perActivity);
    // A villager takes part in an activity once, so no activity has more than the village has people.
    const count = Math.min(remaining, members.length, Math.max(1, drawn));
    remaining -= count;
    activities[i][7] = count;
    const offset = Math.floor(rand() * members.length);
    for (let k = 0; k < count; k++) {
      participationId += 1;
      const villagerId = members[(offset + k) % members.length];
      const over = activity.endsAt < now;
      const approved = over && rand() < 0.93;
      const status = over ? (approved ? 'APPROVED' : 'REJECTED') : 'SIGNED_UP';
      const at = Math.min(now, activity.endsAt);
      participations.push([
        participationId,
        activity.id,
        villagerId,
        activity.villageId,
        status,
        null,
        over ? sqlTime(new Date(at)) : null,
        '',
        '',
        null,
        over ? 1 : null,
        over ? sqlTime(new Date(at + 3_600_000)) : null,
        over && !approved ? '照片不清楚' : null,
        sqlTime(new Date(at - DAY)),
      ]);
      if (approved) {
        const list = earned.get(villagerId) ?? [];
        list.push({ participationId, points: activity.points, title: activity.title, at: at + 3_600_000 });
        earned.set(villagerId, list);
      }
    }
  }
  const activityColumns = [
    'id',
    'village_id',
    'scene_id',
    'title',
    'description',
    'points',
    'capacity',
    'signup_count',
    'signup_opens_at',
    'signup_closes_at',
    'starts_at',
    'ends_at',
    'place',
    'evidence',
    'checkin_secret',
    'cancelled_at',
    'created_by',
    'created_at',
  ];
  await insertRows(village, 'activity', activityColumns, activities, (d) => progress('activities', d, activities.length));
  const participationColumns = [
    'id',
    'activity_id',
    'villager_id',
    'village_id',
    'status',
    'checked_in_at',
    'submitted_at',
    'photo_keys',
    'note',
    'filed_by',
    'reviewed_by',
    'reviewed_at',
    'reject_reason',
    'created_at',
  ];
  await insertRows(village, 'participation', participationColumns, participations, (d) =>
    progress('participations', d, participations.length),
  );

  // The points those approvals earned: one award entry each, and balances that are their sums.
  const pointsAccountBase = await maxId(village, 'points_account');
  const ledgerBase = await maxId(village, 'points_ledger_entry');
  const pointsAccounts: unknown[][] = [];
  const ledger: unknown[][] = [];
  let pointsAccountId = pointsAccountBase;
  let entryId = ledgerBase;
  for (const [villageId, members] of villagersByVillage) {
    for (const villagerId of members) {
      pointsAccountId += 1;
      let balance = 0;
      for (const award of (earned.get(villagerId) ?? []).sort((a, b) => a.at - b.at)) {
        balance += award.points;
        entryId += 1;
        ledger.push([
          entryId,
          pointsAccountId,
          'AWARD',
          award.points,
          balance,
          'participation',
          award.participationId,
          `参加活动：${award.title}`,
          `award:participation:${award.participationId}`,
          1,
          sqlTime(new Date(award.at)),
        ]);
      }
      pointsAccounts.push([pointsAccountId, 'VILLAGER', villagerId, villageId, balance]);
    }
  }
  for (const shop of shops) {
    pointsAccountId += 1;
    pointsAccounts.push([pointsAccountId, 'MERCHANT', shop.id, shop.villageId, 0]);
  }
  await insertRows(village, 'points_account', ['id', 'holder', 'holder_id', 'village_id', 'balance'], pointsAccounts, (d) =>
    progress('points accounts', d, pointsAccounts.length),
  );
  const ledgerColumns = [
    'id',
    'account_id',
    'kind',
    'amount',
    'balance_after',
    'source_type',
    'source_id',
    'reason',
    'idempotency_key',
    'created_by',
    'created_at',
  ];
  await insertRows(village, 'points_ledger_entry', ledgerColumns, ledger, (d) => progress('ledger entries', d, ledger.length));

  return {
    villages: villageIds.length,
    villagers: accounts.length - shops.length,
    shops: shops.length,
    activities: activities.length,
    participations: participations.length,
    ledgerEntries: ledger.length,
  };
}
