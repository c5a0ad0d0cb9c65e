import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/roles';
import { MallItem } from '../src/modules/workpoints/mall/mall.entity';
import { PaymentCodeSigner } from '../src/modules/workpoints/payments/payment-code';
import { errorCode, refusal, startTestApp, type TestApp } from './helpers';
import { grantPoints, ledgerDrift, newKey, newPerson } from './workpoints-helpers';

const BALANCE = `{ myPointsBalance }`;
const PAYMENT_CODE = `{ myPaymentCode { code expiresAt } }`;
const TAKE = `mutation($input: TakePointsInput!) {
  takePoints(input: $input) {
    __typename
    ... on PointsPayment { id points payer { displayName phone } }
    ... on ErrorResult { errorCode message }
    ... on InsufficientPointsError { balance required }
  }
}`;
const REDEEM = `mutation($input: RedeemInput!) {
  redeemMallItem(input: $input) {
    __typename
    ... on Redemption { id status pickupCode points item { name } }
    ... on ErrorResult { errorCode message }
  }
}`;

let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('demo-admin');
});
afterAll(() => app?.close());

async function villagerWith(points: number, village = '大石盖村') {
  const person = await newPerson(app, [Role.VILLAGER], village);
  if (points) await grantPoints(app, person.id, person.villageId, points);
  return person;
}

async function codeOf(token: string): Promise<string> {
  return (await app.gql(PAYMENT_CODE, {}, token)).data!.myPaymentCode.code;
}

describe('paying a village shop with the personal QR code', () => {
  it("moves points from the villager to the shop, masking the villager's phone", async () => {
    const villager = await villagerWith(100);
    const shop = await newPerson(app, [Role.MERCHANT, Role.VILLAGER]);
    const paid = await app.gql(TAKE, { input: { code: await codeOf(villager.token), points: 30, idempotencyKey: newKey() } }, shop.token);
    expect(paid.data!.takePoints).toMatchObject({ __typename: 'PointsPayment', points: 30 });
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(70);
    expect((await app.gql('{ myShopPointsBalance }', {}, shop.token)).data!.myShopPointsBalance).toBe(30);
    const takings = await app.gql('{ myTakings(first: 5) { items { points payer { displayName } } } }', {}, shop.token);
    expect(takings.data!.myTakings.items[0].points).toBe(30);
    const history = await app.gql('{ myPointsHistory(first: 1) { items { kind amount reason } } }', {}, villager.token);
    expect(history.data!.myPointsHistory.items[0]).toEqual({ kind: 'PAYMENT', amount: -30, reason: `在${shop.displayName}的店付工分` });
  });

  it('accepts a code once only', async () => {
    const villager = await villagerWith(100);
    const shop = await newPerson(app, [Role.MERCHANT]);
    const code = await codeOf(villager.token);
    await app.gql(TAKE, { input: { code, points: 10, idempotencyKey: newKey() } }, shop.token);
    const replay = await app.gql(TAKE, { input: { code, points: 10, idempotencyKey: newKey() } }, shop.token);
    expect(replay.data!.takePoints).toMatchObject({ __typename: 'PaymentCodeError', errorCode: 'PAYMENT_CODE_USED' });
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(90);
  });

  it('tells the villager when her code has been paid with, and no one else', async () => {
    const villager = await villagerWith(100);
    const other = await villagerWith(0);
    const shop = await newPerson(app, [Role.MERCHANT]);
    const code = await codeOf(villager.token);
    const USED = `query($code: String!) { myPaymentByCode(code: $code) { points merchant { displayName } } }`;
    expect((await app.gql(USED, { code }, villager.token)).data!.myPaymentByCode).toBeNull();
    await app.gql(TAKE, { input: { code, points: 12, idempotencyKey: newKey() } }, shop.token);
    expect((await app.gql(USED, { code }, villager.token)).data!.myPaymentByCode).toEqual({
      points: 12,
      merchant: { displayName: shop.displayName },
    });
    expect(errorCode(await app.gql(USED, { code }, other.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(USED, { code: `${code.slice(0, -2)}xx` }, villager.token))).toBe('BAD_USER_INPUT');
  });

  it('answers a retried request with the first payment and changes nothing', async () => {
    const villager = await villagerWith(100);
    const shop = await newPerson(app, [Role.MERCHANT]);
    const input = { code: await codeOf(villager.token), points: 25, idempotencyKey: newKey() };
    const first = await app.gql(TAKE, { input }, shop.token);
    const retries = await Promise.all(Array.from({ length: 5 }, () => app.gql(TAKE, { input }, shop.token)));
    for (const retry of retries) expect(retry.data!.takePoints.id).toBe(first.data!.takePoints.id);
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(75);
  });

  it('refuses expired, forged and other-village codes with clear codes', async () => {
    const villager = await villagerWith(100);
    const shop = await newPerson(app, [Role.MERCHANT]);
    const signer = new PaymentCodeSigner(app.config.jwtSecret);
    const expired = signer.issue(villager.id, villager.villageId, new Date(Date.now() - 120_000)).code;
    const take = (code: string) => app.gql(TAKE, { input: { code, points: 5, idempotencyKey: newKey() } }, shop.token);
    expect((await take(expired)).data!.takePoints.errorCode).toBe('PAYMENT_CODE_EXPIRED');

    const genuine = await codeOf(villager.token);
    const parts = genuine.split('.');
    const forged = [parts[0], shop.id.toString(36), ...parts.slice(2)].join('.');
    expect((await take(forged)).data!.takePoints.errorCode).toBe('PAYMENT_CODE_INVALID');
    expect((await take('GFP1.not-a-code.at-all')).data!.takePoints.errorCode).toBe('PAYMENT_CODE_INVALID');

    const outsider = await villagerWith(100, '云石村');
    const otherVillage = await take(await codeOf(outsider.token));
    expect(otherVillage.data!.takePoints).toMatchObject({ errorCode: 'PAYMENT_CODE_OTHER_VILLAGE' });
    expect(otherVillage.data!.takePoints.message).toContain('外村');
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(100);
  });

  it('says how many points the villager has when they are not enough', async () => {
    const villager = await villagerWith(20);
    const shop = await newPerson(app, [Role.MERCHANT]);
    const short = await app.gql(TAKE, { input: { code: await codeOf(villager.token), points: 50, idempotencyKey: newKey() } }, shop.token);
    expect(short.data!.takePoints).toMatchObject({ __typename: 'InsufficientPointsError', balance: 20, required: 50 });
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(20);
  });

  it('never overdraws a balance under 50 concurrent payments, and the ledger adds up', async () => {
    const villager = await villagerWith(100);
    const shops = await Promise.all(Array.from({ length: 5 }, () => newPerson(app, [Role.MERCHANT])));
    const codes = await Promise.all(Array.from({ length: 50 }, () => codeOf(villager.token)));
    const results = await Promise.all(
      codes.map((code, i) => app.gql(TAKE, { input: { code, points: 7, idempotencyKey: newKey() } }, shops[i % shops.length].token)),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const paid = results.filter((r) => r.data?.takePoints?.__typename === 'PointsPayment').length;
    const refused = results.filter((r) => r.data?.takePoints?.__typename === 'InsufficientPointsError').length;
    expect(paid).toBe(14);
    expect(refused).toBe(36);
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(100 - 14 * 7);
    expect(await ledgerDrift(app)).toEqual([]);
  });

  it('is only for shops of the village', async () => {
    const villager = await villagerWith(100);
    const cityShop = await newPerson(app, [Role.CONSUMER]);
    const refused = await app.gql(
      TAKE,
      { input: { code: await codeOf(villager.token), points: 5, idempotencyKey: newKey() } },
      cityShop.token,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const bad = await app.gql(
      TAKE,
      { input: { code: await codeOf(villager.token), points: 0, idempotencyKey: 'x' } },
      (await newPerson(app, [Role.MERCHANT])).token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('settling with shops', () => {
  it('pays the shop at the village rate and takes the points off its account', async () => {
    const villager = await villagerWith(100);
    const shop = await newPerson(app, [Role.MERCHANT]);
    await app.gql(TAKE, { input: { code: await codeOf(villager.token), points: 40, idempotencyKey: newKey() } }, shop.token);
    const rate = await app.gql(
      'mutation { setPointsRate(fenPerPoint: 12) { ... on PointsRate { fenPerPoint } ... on ErrorResult { errorCode message } } }',
      {},
      admin,
    );
    expect(rate.data!.setPointsRate).toEqual({ fenPerPoint: 12 });
    const balances = await app.gql('{ shopPointsBalances { merchantAccountId balance } }', {}, admin);
    expect(balances.data!.shopPointsBalances).toContainEqual({ merchantAccountId: String(shop.id), balance: 40 });

    const settle = `mutation($input: SettleShopInput!) { settleShopPoints(input: $input) { ... on PointsSettlement { id points amountFen fenPerPoint merchant { id } } ... on ErrorResult { errorCode message } } }`;
    const input = { merchantAccountId: String(shop.id), points: 40, idempotencyKey: newKey() };
    const settled = await app.gql(settle, { input }, admin);
    expect(settled.data!.settleShopPoints).toMatchObject({ points: 40, fenPerPoint: 12, amountFen: 480 });
    const again = await app.gql(settle, { input }, admin);
    expect(again.data!.settleShopPoints.id).toBe(settled.data!.settleShopPoints.id);
    expect((await app.gql('{ myShopPointsBalance }', {}, shop.token)).data!.myShopPointsBalance).toBe(0);
    const tooMuch = await app.gql(settle, { input: { ...input, idempotencyKey: newKey() } }, admin);
    expect(refusal(tooMuch)).toBe('INSUFFICIENT_POINTS');
    const shopView = await app.gql('{ pointsSettlements(first: 5) { items { amountFen } } }', {}, shop.token);
    expect(shopView.data!.pointsSettlements.items).toEqual([{ amountFen: 480 }]);
  });
});

describe('settling with shops, double submits and other villages', () => {
  const SETTLE = `mutation($input: SettleShopInput!) { settleShopPoints(input: $input) { __typename ... on PointsSettlement { id points amountFen merchant { id } } ... on ErrorResult { errorCode message field } } }`;
  const RATE = 'mutation($fen: Int!) { setPointsRate(fenPerPoint: $fen) { __typename } }';

  /** A village with its own cadre, rate and a shop holding takings. */
  async function villageWithShop(village: string, takings: number, fenPerPoint = 10) {
    const cadre = await newPerson(app, [Role.VILLAGE_ADMIN], village);
    const villager = await villagerWith(takings, village);
    const shop = await newPerson(app, [Role.MERCHANT], village);
    await app.gql(TAKE, { input: { code: await codeOf(villager.token), points: takings, idempotencyKey: newKey() } }, shop.token);
    await app.gql(RATE, { fen: fenPerPoint }, cadre.token);
    return { cadre, shop };
  }

  it('answers the same settlement submitted at once with the first one, and pays once', async () => {
    const { cadre, shop } = await villageWithShop('溪口村', 100);
    const input = { merchantAccountId: String(shop.id), points: 60, idempotencyKey: newKey() };
    const results = await Promise.all(Array.from({ length: 6 }, () => app.gql(SETTLE, { input }, cadre.token)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data!.settleShopPoints.id)).size).toBe(1);
    expect((await app.gql('{ myShopPointsBalance }', {}, shop.token)).data!.myShopPointsBalance).toBe(40);
    expect(await ledgerDrift(app)).toEqual([]);
  });

  it("scopes the request id to its cadre: another village's cadre with the same id settles its own shop", async () => {
    const first = await villageWithShop('溪口村', 50);
    const second = await villageWithShop('云石村', 30);
    const idempotencyKey = newKey();
    const mine = await app.gql(
      SETTLE,
      { input: { merchantAccountId: String(first.shop.id), points: 50, idempotencyKey } },
      first.cadre.token,
    );
    const theirs = await app.gql(
      SETTLE,
      { input: { merchantAccountId: String(second.shop.id), points: 30, idempotencyKey } },
      second.cadre.token,
    );
    expect(theirs.data!.settleShopPoints).toMatchObject({
      __typename: 'PointsSettlement',
      points: 30,
      merchant: { id: String(second.shop.id) },
    });
    expect(theirs.data!.settleShopPoints.id).not.toBe(mine.data!.settleShopPoints.id);
  });

  it('refuses a settlement whose amount would not fit, and writes nothing', async () => {
    const { cadre, shop } = await villageWithShop('溪口村', 10, 10000);
    const input = { merchantAccountId: String(shop.id), points: 300_000, idempotencyKey: newKey() };
    const refused = await app.gql(SETTLE, { input }, cadre.token);
    expect(refused.data!.settleShopPoints).toMatchObject({ errorCode: 'BAD_USER_INPUT', field: 'points' });
    const written = await app.gql('{ pointsSettlements(first: 5) { items { id } } }', {}, shop.token);
    expect(written.data!.pointsSettlements.items).toEqual([]);
    expect((await app.gql('{ myShopPointsBalance }', {}, shop.token)).data!.myShopPointsBalance).toBe(10);
  });
});

describe('deductions and appeals', () => {
  const DEDUCT = `mutation($input: DeductPointsInput!) { deductPoints(input: $input) { ... on Deduction { id points reason appealStatus } ... on ErrorResult { errorCode message } } }`;

  it('takes points with a reason, and gives them back when an appeal succeeds', async () => {
    const villager = await villagerWith(50);
    const deducted = await app.gql(
      DEDUCT,
      { input: { villagerId: String(villager.id), points: 10, reason: '垃圾未分类投放', idempotencyKey: newKey() } },
      admin,
    );
    expect(deducted.data!.deductPoints).toMatchObject({ points: 10, appealStatus: null });
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(40);

    const id = deducted.data!.deductPoints.id;
    const appeal = `mutation($id: ID!) { appealDeduction(deductionId: $id, reason: "那天我不在家，是邻居放错了") { ... on Deduction { appealStatus } ... on ErrorResult { errorCode message } } }`;
    expect((await app.gql(appeal, { id }, villager.token)).data!.appealDeduction.appealStatus).toBe('PENDING');
    expect(refusal(await app.gql(appeal, { id }, villager.token))).toBe('APPEAL_EXISTS');
    const pending = await app.gql('{ pendingAppeals(first: 10) { items { id villager { id } } } }', {}, admin);
    expect(pending.data!.pendingAppeals.items.map((d: { id: string }) => d.id)).toContain(id);

    const decide = `mutation($id: ID!) { decideAppeal(deductionId: $id, overturn: true, note: "经核实，撤销扣分") { ... on Deduction { appealStatus appealDecisionNote } ... on ErrorResult { errorCode message } } }`;
    expect((await app.gql(decide, { id }, admin)).data!.decideAppeal.appealStatus).toBe('OVERTURNED');
    expect(refusal(await app.gql(decide, { id }, admin))).toBe('NO_PENDING_APPEAL');
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(50);
    // The history shows the deduction as undone, not as points still taken.
    const history = await app.gql('{ myPointsHistory(first: 3) { items { kind amount reversed } } }', {}, villager.token);
    expect(history.data!.myPointsHistory.items).toEqual([
      { kind: 'REVERSAL', amount: 10, reversed: false },
      { kind: 'DEDUCTION', amount: -10, reversed: true },
      { kind: 'AWARD', amount: 50, reversed: false },
    ]);
  });

  it('takes and gives back points for the longest reason the form allows, the ledger keeping what fits', async () => {
    const villager = await villagerWith(50);
    const reason = '垃圾未分类'.repeat(40);
    const deducted = await app.gql(
      DEDUCT,
      { input: { villagerId: String(villager.id), points: 5, reason, idempotencyKey: newKey() } },
      admin,
    );
    expect(deducted.data!.deductPoints).toMatchObject({ points: 5, reason });
    const id = deducted.data!.deductPoints.id;
    await app.gql(`mutation($id: ID!) { appealDeduction(deductionId: $id, reason: "不是我") { __typename } }`, { id }, villager.token);
    const decided = await app.gql(
      `mutation($id: ID!) { decideAppeal(deductionId: $id, overturn: true, note: "撤销") { ... on Deduction { appealStatus } ... on ErrorResult { errorCode } } }`,
      { id },
      admin,
    );
    expect(decided.data!.decideAppeal).toEqual({ appealStatus: 'OVERTURNED' });
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(50);
    const history = await app.gql('{ myPointsHistory(first: 5) { items { kind reason } } }', {}, villager.token);
    const [reversal, deduction] = history.data!.myPointsHistory.items as Array<{ kind: string; reason: string }>;
    expect(reversal.kind).toBe('REVERSAL');
    expect(deduction.kind).toBe('DEDUCTION');
    for (const entry of [reversal, deduction]) expect([...entry.reason].length).toBeLessThanOrEqual(200);
    expect(deduction.reason.startsWith('扣分：垃圾未分类')).toBe(true);
    expect(deduction.reason.endsWith('…')).toBe(true);
  });

  it('answers the same deduction submitted at once with the first one, and takes the points once', async () => {
    const villager = await villagerWith(50);
    const input = { villagerId: String(villager.id), points: 10, reason: '乱倒垃圾', idempotencyKey: newKey() };
    const results = await Promise.all(Array.from({ length: 6 }, () => app.gql(DEDUCT, { input }, admin)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data!.deductPoints.id)).size).toBe(1);
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(40);
    expect(await ledgerDrift(app)).toEqual([]);
  });

  it("scopes the request id to its cadre: another village's cadre with the same id deducts from its own villager", async () => {
    const villager = await villagerWith(50);
    const idempotencyKey = newKey();
    const mine = await app.gql(DEDUCT, { input: { villagerId: String(villager.id), points: 3, reason: '违规', idempotencyKey } }, admin);
    const otherCadre = await newPerson(app, [Role.VILLAGE_ADMIN], '云石村');
    const outsider = await villagerWith(20, '云石村');
    const WITH_VILLAGER = `mutation($input: DeductPointsInput!) { deductPoints(input: $input) { __typename ... on Deduction { id points villager { id } } } }`;
    const theirs = await app.gql(
      WITH_VILLAGER,
      { input: { villagerId: String(outsider.id), points: 4, reason: '违规', idempotencyKey } },
      otherCadre.token,
    );
    expect(theirs.data!.deductPoints).toMatchObject({ __typename: 'Deduction', points: 4, villager: { id: String(outsider.id) } });
    expect(theirs.data!.deductPoints.id).not.toBe(mine.data!.deductPoints.id);
    expect((await app.gql(BALANCE, {}, outsider.token)).data!.myPointsBalance).toBe(16);
  });

  it("refuses to take more than the balance, and another villager's appeal", async () => {
    const villager = await villagerWith(5);
    const tooMuch = await app.gql(
      DEDUCT,
      { input: { villagerId: String(villager.id), points: 10, reason: '违规', idempotencyKey: newKey() } },
      admin,
    );
    expect(refusal(tooMuch)).toBe('INSUFFICIENT_POINTS');
    const ok = await app.gql(
      DEDUCT,
      { input: { villagerId: String(villager.id), points: 5, reason: '违规', idempotencyKey: newKey() } },
      admin,
    );
    const someoneElse = await villagerWith(0);
    const refused = await app.gql(
      `mutation($id: ID!) { appealDeduction(deductionId: $id, reason: "不是我") { ... on Deduction { id } ... on ErrorResult { errorCode message } } }`,
      { id: ok.data!.deductPoints.id },
      someoneElse.token,
    );
    expect(errorCode(refused)).toBe('NOT_FOUND');
    const outsider = await villagerWith(10, '云石村');
    const otherVillage = await app.gql(
      DEDUCT,
      { input: { villagerId: String(outsider.id), points: 1, reason: '违规', idempotencyKey: newKey() } },
      admin,
    );
    expect(refusal(otherVillage)).toBe('NOT_YOUR_VILLAGE');
  });
});

describe('the points mall', () => {
  async function item(fields: Partial<MallItem> = {}) {
    const saved = await app.gql(
      `mutation($input: SaveMallItemInput!) { saveMallItem(input: $input) { ... on MallItem { id stock } ... on ErrorResult { errorCode message } } }`,
      { input: { name: '酱油 500 毫升', kind: 'GOODS', faceValue: 0, pointsPrice: 40, stock: 10, active: true, ...fields } },
      admin,
    );
    return saved.data!.saveMallItem.id as string;
  }

  it('takes points and stock together, gives a pickup code, and the cadre hands the goods over', async () => {
    const villager = await villagerWith(100);
    const itemId = await item();
    const redeemed = await app.gql(REDEEM, { input: { itemId, idempotencyKey: newKey() } }, villager.token);
    expect(redeemed.data!.redeemMallItem).toMatchObject({ __typename: 'Redemption', status: 'AWAITING_PICKUP', points: 40 });
    const pickupCode = redeemed.data!.redeemMallItem.pickupCode;
    expect(pickupCode).toMatch(/^\d{6}$/);
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(60);

    const collect = `mutation($code: String!) { markRedemptionCollected(pickupCode: $code) { ... on Redemption { status } ... on ErrorResult { errorCode message } } }`;
    expect((await app.gql(collect, { code: pickupCode }, admin)).data!.markRedemptionCollected.status).toBe('COLLECTED');
    expect(refusal(await app.gql(collect, { code: pickupCode }, admin))).toBe('ALREADY_COLLECTED');
    expect(refusal(await app.gql(collect, { code: '000000' === pickupCode ? '111111' : '000000' }, admin))).toBe('PICKUP_CODE_INVALID');
  });

  it('leaves points and stock alone when the points are not enough', async () => {
    const villager = await villagerWith(10);
    const itemId = await item({ pointsPrice: 40, stock: 3 });
    const refused = await app.gql(REDEEM, { input: { itemId, idempotencyKey: newKey() } }, villager.token);
    expect(refused.data!.redeemMallItem).toMatchObject({ __typename: 'InsufficientPointsError', errorCode: 'INSUFFICIENT_POINTS' });
    const stock = await app.core.stores.get('village').manager.findOneByOrFail(MallItem, { id: Number(itemId) });
    expect(stock.stock).toBe(3);
  });

  it('never sells more than the stock, nor overdraws, under 50 concurrent redemptions', async () => {
    const itemId = await item({ pointsPrice: 10, stock: 5 });
    const rich = await villagerWith(1000);
    const poor = await villagerWith(25);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => app.gql(REDEEM, { input: { itemId, idempotencyKey: newKey() } }, (i % 2 ? rich : poor).token)),
    );
    const kinds = results.map((r) => r.data?.redeemMallItem?.__typename);
    expect(kinds.filter((k) => k === 'Redemption')).toHaveLength(5);
    expect(kinds.filter((k) => k === undefined)).toHaveLength(0);
    const stock = await app.core.stores.get('village').manager.findOneByOrFail(MallItem, { id: Number(itemId) });
    expect(stock.stock).toBe(0);
    expect((await app.gql(BALANCE, {}, poor.token)).data!.myPointsBalance).toBeGreaterThanOrEqual(5);
    expect(await ledgerDrift(app)).toEqual([]);
  });

  it('answers a retried redemption with the first one', async () => {
    const villager = await villagerWith(100);
    const itemId = await item({ pointsPrice: 30 });
    const input = { itemId, idempotencyKey: newKey() };
    const first = await app.gql(REDEEM, { input }, villager.token);
    const again = await app.gql(REDEEM, { input }, villager.token);
    expect(again.data!.redeemMallItem.id).toBe(first.data!.redeemMallItem.id);
    expect((await app.gql(BALANCE, {}, villager.token)).data!.myPointsBalance).toBe(70);
  });

  it('shows villagers only active items of their village', async () => {
    const hidden = await item({ name: '已下架的米', active: false });
    const villager = await villagerWith(0);
    const items = await app.gql('{ mallItems { id } }', {}, villager.token);
    expect(items.data!.mallItems.map((i: { id: string }) => i.id)).not.toContain(hidden);
    expect(refusal(await app.gql(REDEEM, { input: { itemId: hidden, idempotencyKey: newKey() } }, villager.token))).toBe('ITEM_INACTIVE');
  });
});

describe('household points', () => {
  it("sums the members of the demo villager's household", async () => {
    const token = await app.loginAs('demo-villager');
    const household = await app.gql('{ myHouseholdPoints { householdName total members { displayName balance } } }', {}, token);
    expect(household.data!.myHouseholdPoints).toMatchObject({
      householdName: '王秀英户',
      total: 120,
      members: [{ displayName: '王秀英', balance: 120 }],
    });
  });
});
