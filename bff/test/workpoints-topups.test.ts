import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RequestContext } from '../src/core/context';
import { Role } from '../src/core/roles';
import { PointsLedgerEntry } from '../src/modules/workpoints/ledger/ledger.entity';
import { MallItem, Redemption } from '../src/modules/workpoints/mall/mall.entity';
import type { TopUpOrder, TopUpProvider, TopUpState } from '../src/modules/workpoints/mall/topup.provider';
import { TopUpService } from '../src/modules/workpoints/mall/topup.service';
import { refusal, startTestApp, type TestApp } from './helpers';
import { grantPoints, ledgerDrift, newKey, newPerson } from './workpoints-helpers';

type Settled = Extract<TopUpState, { state: 'DONE' | 'FAILED' }>;

/**
 * A carrier's gateway on a bad day: it carries out an order id at most once, however often it is
 * sent, and the answer to a call may be lost after the order went through (or failed).
 */
class FakeCarrier implements TopUpProvider {
  /** What the next new order comes to. */
  mode: 'ok' | 'fail' | 'ok-answer-lost' | 'fail-answer-lost' | 'down' = 'ok';
  readonly orders = new Map<string, { order: TopUpOrder; state: Settled }>();
  topUpCalls = 0;
  statusCalls = 0;

  async topUp(order: TopUpOrder): Promise<Settled> {
    this.topUpCalls++;
    const known = this.orders.get(order.orderId);
    if (known) return known.state;
    if (this.mode === 'down') throw new Error('connect ETIMEDOUT');
    const state: Settled = this.mode.startsWith('ok')
      ? { state: 'DONE', reference: `ref-${order.orderId}` }
      : { state: 'FAILED', reason: '号码已停机' };
    this.orders.set(order.orderId, { order, state });
    if (this.mode.endsWith('answer-lost')) throw new Error('read ETIMEDOUT');
    return state;
  }

  async status(orderId: string): Promise<TopUpState> {
    this.statusCalls++;
    return this.orders.get(orderId)?.state ?? { state: 'UNKNOWN' };
  }

  /** Phones actually credited. */
  credited(): number {
    return [...this.orders.values()].filter((o) => o.state.state === 'DONE').length;
  }
}

const REDEEM = `mutation($input: RedeemInput!) { redeemMallItem(input: $input) { __typename ... on Redemption { id status } ... on ErrorResult { errorCode message } } }`;

let app: TestApp;
let admin: string;
let itemId: string;
const carrier = new FakeCarrier();

beforeAll(async () => {
  app = await startTestApp({}, { overrides: { topUps: carrier } });
  admin = await app.loginAs('demo-admin');
  const saved = await app.gql(
    `mutation($input: SaveMallItemInput!) { saveMallItem(input: $input) { ... on MallItem { id } } }`,
    { input: { name: '话费 10 元', kind: 'PHONE_CREDIT', faceValue: 10, pointsPrice: 100, stock: 1000, active: true } },
    admin,
  );
  itemId = saved.data!.saveMallItem.id;
});
afterAll(() => app?.close());

const village = () => app.core.stores.get('village').manager;
const stock = async () => (await village().findOneByOrFail(MallItem, { id: Number(itemId) })).stock;
const redemption = (id: string) => village().findOneByOrFail(Redemption, { id: Number(id) });
const balanceOf = async (token: string) => (await app.gql('{ myPointsBalance }', {}, token)).data!.myPointsBalance as number;

/** The check job as one instance runs it, some minutes from now (when pending top-ups are due). */
function runCheckJob(minutesFromNow = 10) {
  const later = { ...app.core, clock: { now: () => new Date(Date.now() + minutesFromNow * 60_000) } };
  return app.core.services.get(TopUpService).checkPending(RequestContext.system(later, 'job:workpoints.topUpChecks'));
}

async function redeemCredit(mode: FakeCarrier['mode']) {
  carrier.mode = mode;
  const villager = await newPerson(app, [Role.VILLAGER]);
  await grantPoints(app, villager.id, villager.villageId, 300);
  const redeemed = await app.gql(REDEEM, { input: { itemId, idempotencyKey: newKey(), phone: '13912345678' } }, villager.token);
  expect(redeemed.data!.redeemMallItem).toMatchObject({ __typename: 'Redemption', status: 'TOPUP_PENDING' });
  return { villager, id: redeemed.data!.redeemMallItem.id as string };
}

describe('top-ups after a mall redemption', () => {
  it('are sent from the outbox once the redemption has committed', async () => {
    const credited = carrier.credited();
    const { villager, id } = await redeemCredit('ok');
    await app.core.events.drain();
    expect(await redemption(id)).toMatchObject({ status: 'TOPUP_DONE', topupReference: `ref-redemption-${id}`, topupCheckAt: null });
    expect(carrier.credited()).toBe(credited + 1);
    expect(carrier.orders.get(`redemption-${id}`)!.order).toMatchObject({ phone: '13912345678', kind: 'PHONE_CREDIT', faceValue: 10 });
    expect(await balanceOf(villager.token)).toBe(200);
  });

  it('survive a crash between the redemption and the top-up: the outbox sends it after the restart, once', async () => {
    const calls = carrier.topUpCalls;
    // Nothing runs after the commit in a process that has died.
    const kick = vi.spyOn(app.core.events, 'kick').mockImplementation(() => undefined);
    let id: string;
    try {
      ({ id } = await redeemCredit('ok'));
    } finally {
      kick.mockRestore();
    }
    expect(carrier.topUpCalls).toBe(calls);
    expect((await redemption(id)).status).toBe('TOPUP_PENDING');

    await app.core.events.drain();
    expect((await redemption(id)).status).toBe('TOPUP_DONE');
    await runCheckJob();
    expect(carrier.topUpCalls).toBe(calls + 1);
  });

  it('survive a crash whose outbox delivery comes late: the job sends it first, and the delivery finds it done', async () => {
    const calls = carrier.topUpCalls;
    const kick = vi.spyOn(app.core.events, 'kick').mockImplementation(() => undefined);
    let id: string;
    try {
      ({ id } = await redeemCredit('ok'));
    } finally {
      kick.mockRestore();
    }
    await runCheckJob();
    expect((await redemption(id)).status).toBe('TOPUP_DONE');
    await app.core.events.drain();
    expect(carrier.topUpCalls).toBe(calls + 1);
  });

  it('are not refunded after a timeout that in fact went through: the job asks, and finds it done', async () => {
    const credited = carrier.credited();
    const { villager, id } = await redeemCredit('ok-answer-lost');
    await app.core.events.drain();
    expect((await redemption(id)).status).toBe('TOPUP_PENDING');
    expect(await balanceOf(villager.token)).toBe(200);

    // Not yet due: the job leaves it to its check time.
    expect((await runCheckJob(0)).checked).toBe(0);
    await runCheckJob();
    expect((await redemption(id)).status).toBe('TOPUP_DONE');
    expect(await balanceOf(villager.token)).toBe(200);
    expect(carrier.credited()).toBe(credited + 1);
    expect(await village().countBy(PointsLedgerEntry, { sourceType: 'redemption', sourceId: Number(id), kind: 'REVERSAL' })).toBe(0);
  });

  it('refund points and stock once when the carrier says the top-up failed, however often that is heard', async () => {
    const before = await stock();
    const { villager, id } = await redeemCredit('fail');
    await app.core.events.drain();
    expect(await redemption(id)).toMatchObject({ status: 'TOPUP_FAILED', topupFailure: '号码已停机' });
    expect(await balanceOf(villager.token)).toBe(300);
    expect(await stock()).toBe(before);

    // A redelivery of the event, and the job, hear it again.
    const service = app.core.services.get(TopUpService);
    await service.send(RequestContext.system(app.core, 'event:again'), Number(id));
    await runCheckJob();
    expect(await balanceOf(villager.token)).toBe(300);
    expect(await stock()).toBe(before);
    expect(await village().countBy(PointsLedgerEntry, { sourceType: 'redemption', sourceId: Number(id), kind: 'REVERSAL' })).toBe(1);
    expect(await ledgerDrift(app)).toEqual([]);
    const history = await app.gql('{ myPointsHistory(first: 2) { items { kind reversed } } }', {}, villager.token);
    expect(history.data!.myPointsHistory.items).toEqual([
      { kind: 'REVERSAL', reversed: false },
      { kind: 'REDEMPTION', reversed: true },
    ]);
  });

  it('refund once a failure whose answer was lost, when the job learns of it', async () => {
    const { villager, id } = await redeemCredit('fail-answer-lost');
    await app.core.events.drain();
    expect(await balanceOf(villager.token)).toBe(200);
    await Promise.all([runCheckJob(), runCheckJob()]);
    await runCheckJob(20);
    expect((await redemption(id)).status).toBe('TOPUP_FAILED');
    expect(await balanceOf(villager.token)).toBe(300);
    expect(await village().countBy(PointsLedgerEntry, { sourceType: 'redemption', sourceId: Number(id), kind: 'REVERSAL' })).toBe(1);
  });

  it('are asked after once each when two instances run the check at once', async () => {
    const pending = [await redeemCredit('down'), await redeemCredit('down')];
    await app.core.events.drain();
    carrier.mode = 'ok';
    const asked = carrier.statusCalls;
    const runs = await Promise.all([runCheckJob(), runCheckJob()]);
    expect(runs[0].checked + runs[1].checked).toBe(2);
    expect(carrier.statusCalls - asked).toBe(2);
    for (const { id } of pending) expect((await redemption(id)).status).toBe('TOPUP_DONE');
  });

  it('want a phone number to top up', async () => {
    const noPhone = await newPerson(app, [Role.VILLAGER]);
    await grantPoints(app, noPhone.id, noPhone.villageId, 300);
    expect(refusal(await app.gql(REDEEM, { input: { itemId, idempotencyKey: newKey() } }, noPhone.token))).toBe('PHONE_REQUIRED');
  });
});
