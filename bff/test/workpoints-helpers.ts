import { randomUUID } from 'node:crypto';
import { Account, AccountRole, Household, Village } from '../src/modules/identity/identity.entity';
import { IdentityService } from '../src/modules/identity/identity.service';
import { inTransaction } from '../src/core/transaction';
import { PointsAccount, PointsLedgerEntry } from '../src/modules/workpoints/ledger/ledger.entity';
import { PointsLedger } from '../src/modules/workpoints/ledger/points-ledger';
import type { Role } from '../src/core/roles';
import type { TestApp } from './helpers';

/** A 1×1 PNG: the smallest real photo. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const newKey = () => randomUUID();

/** Posts one file to /uploads as the multipart form a mini-program sends. */
export async function upload(app: TestApp, token: string, content: Buffer, filename = 'photo.png') {
  const boundary = `----gongfu${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await app.server.inject({
    method: 'POST',
    url: '/uploads',
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  return { status: response.statusCode, body: response.json() };
}

export async function uploadPhoto(app: TestApp, token: string): Promise<string> {
  const { status, body } = await upload(app, token, TINY_PNG);
  if (status !== 201) throw new Error(`upload failed: ${status} ${JSON.stringify(body)}`);
  return body.key;
}

let people = 0;

/** A new account in a village (made if missing), signed in. */
export async function newPerson(
  app: TestApp,
  roles: Role[],
  villageName = '大石盖村',
): Promise<{ id: number; token: string; villageId: number; displayName: string }> {
  const openid = `test-${randomUUID()}`;
  const n = ++people;
  const made = await inTransaction(app.core.stores.get('identity'), async (identity) => {
    let village = await identity.findOneBy(Village, { name: villageName });
    if (!village) {
      village = identity.create(Village, { name: villageName, town: '戴村镇', county: '杭州市萧山区', createdAt: new Date() });
      await identity.insert(Village, village);
    }
    const household = identity.create(Household, { villageId: village.id, name: `测试户${n}`, address: '测试地址', createdAt: new Date() });
    await identity.insert(Household, household);
    const account = identity.create(Account, {
      displayName: `村民${n}`,
      phone: null,
      wechatOpenid: openid,
      villageId: village.id,
      householdId: household.id,
      createdAt: new Date(),
      disabledAt: null,
    });
    await identity.insert(Account, account);
    await identity.insert(
      AccountRole,
      roles.map((role) => ({ accountId: account.id, role })),
    );
    // Signed in directly: the login mutations' per-address limits would stop a test that makes many people.
    const { token } = await app.core.services.get(IdentityService).startSession(identity, account, 'wechat');
    return { account, village, token };
  });
  const { account, village, token } = made;
  return { id: account.id, token, villageId: village.id, displayName: account.displayName };
}

/** The ledger invariant: every account's entries add up to its balance. */
export async function ledgerDrift(app: TestApp): Promise<Array<{ accountId: number; balance: number; sum: number }>> {
  const village = app.core.stores.get('village').manager;
  const accounts = await village.find(PointsAccount);
  const drift = [];
  for (const account of accounts) {
    const { sum } = (await village
      .createQueryBuilder(PointsLedgerEntry, 'e')
      .select('COALESCE(SUM(e.amount), 0)', 'sum')
      .where('e.account_id = :id', { id: account.id })
      .getRawOne()) as { sum: string | number };
    if (Number(sum) !== account.balance || account.balance < 0)
      drift.push({ accountId: account.id, balance: account.balance, sum: Number(sum) });
  }
  return drift;
}

/** Gives a villager points through the ledger, as an approved activity would. */
export async function grantPoints(app: TestApp, villagerId: number, villageId: number, points: number): Promise<void> {
  const village = app.core.stores.get('village');
  const account = await inTransaction(village, (m) => PointsLedger.ensureAccount(m, 'VILLAGER', villagerId, villageId));
  await inTransaction(village, (m) =>
    PointsLedger.credit(
      m,
      {
        accountId: account.id,
        kind: 'AWARD',
        amount: points,
        sourceType: 'test',
        sourceId: villagerId,
        reason: '测试发放',
        idempotencyKey: `test:${randomUUID()}`,
        createdBy: villagerId,
      },
      new Date(),
    ),
  );
}
