import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineEvent, subscribe } from '../src/core/events/events';
import { OutboxEvent } from '../src/core/events/outbox.entity';
import { Role } from '../src/core/roles';
import { Notice } from '../src/modules/notices/notices.entity';
import { RecallOpened } from '../src/modules/trace/trace.events';
import { errorCode, refusal, startTestApp, type TestApp } from './helpers';
import { newBusiness, type TestBusiness } from './trace-helpers';
import { newPerson } from './workpoints-helpers';

const REGISTER_PRODUCT = `mutation($input: RegisterProductInput!) { registerTraceProduct(input: $input) { ... on TraceProduct { id } ... on ErrorResult { errorCode message } } }`;
const REGISTER_BATCH = `mutation($input: RegisterBatchInput!) { registerTraceBatch(input: $input) { ... on TraceBatch { id } ... on ErrorResult { errorCode message } } }`;
const ISSUE = `mutation($input: IssueTraceCodesInput!) { issueTraceCodes(input: $input) { ... on IssuedTraceCodes { issued } ... on ErrorResult { errorCode message } } }`;
const EVENT = `mutation($input: RecordTraceEventInput!) { recordTraceEvent(input: $input) { ... on TraceEvent { id } ... on ErrorResult { errorCode message } } }`;
const SAMPLE = `mutation($input: RecordSamplingInput!) { recordSamplingResult(input: $input) { ... on TraceSampling { id passed recall { id recallClass status origin } } ... on ErrorResult { errorCode message } } }`;
const VOLUNTARY = `mutation($input: OpenVoluntaryRecallInput!) { openVoluntaryRecall(input: $input) { ... on TraceRecall { id origin status } ... on ErrorResult { errorCode message } } }`;
const ACK = `mutation($input: AcknowledgeRecallInput!) { acknowledgeRecall(input: $input) { ... on RecallHolder { id acknowledgedAt quantityRemoved } ... on ErrorResult { errorCode message } } }`;
const CLOSE = `mutation($input: CloseRecallInput!) { closeRecall(input: $input) { ... on TraceRecall { id status closingNote } ... on ErrorResult { errorCode message } } }`;
const RECALL = `query($id: ID!) {
  recall(id: $id) {
    id status recallClass
    affectedBatches { relation batch { id lot } }
    holders { id merchant { creditCode } batch { id } acknowledgedAt quantityRemoved }
    scope { made received sold scans scanners shipped { quantity to { creditCode } batch { id } } }
    progress { holders acknowledged quantityRemoved }
  }
}`;
const TASKS = `query($pendingOnly: Boolean) { myRecallTasks(pendingOnly: $pendingOnly, first: 50) { items { id batch { id } recall { id status } } } }`;
const NOTICES = `{ myNotices(first: 50) { items { kind title body link } } unreadNoticeCount }`;

type Person = { id: number; token: string };
let app: TestApp;
let regulator: string;
let seq = 0;

beforeAll(async () => {
  // A long poll, so that deliveries in these tests come from the kicks and the explicit drains.
  app = await startTestApp({ OUTBOX_POLL_MS: '60000' });
  regulator = await app.loginAs('demo-regulator');
});
afterAll(() => app?.close());

/** A GTIN-13 with its check digit, different each call. */
function nextGtin(): string {
  const body = `690${String(Date.now() % 1e6).padStart(6, '0')}${String(++seq).padStart(3, '0')}`;
  const sum = [...body].reverse().reduce((n, d, i) => n + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return body + ((10 - (sum % 10)) % 10);
}

async function batchOf(maker: Person, name: string, quantity: number): Promise<{ batchId: string; code: string }> {
  const gtin = nextGtin();
  const product = await app.gql(REGISTER_PRODUCT, { input: { gtin, name } }, maker.token);
  const lot = `L${seq}`;
  const batch = await app.gql(
    REGISTER_BATCH,
    { input: { productId: product.data!.registerTraceProduct.id, lot, productionDate: '2026-11-10', quantity } },
    maker.token,
  );
  return { batchId: batch.data!.registerTraceBatch.id, code: `(01)0${gtin}(10)${lot}` };
}

const event = (batchId: string, bizStep: string, extra: Record<string, unknown> = {}) => ({
  input: { batchId, bizStep, eventTime: '2026-11-15T08:00:00.000Z', place: '杭州市萧山区', ...extra },
});

async function ship(from: Person, to: Person, batchId: string, quantity: number) {
  expect((await app.gql(EVENT, event(batchId, 'SHIPPING', { counterpartyAccountId: to.id, quantity }), from.token)).errors).toBeUndefined();
  expect((await app.gql(EVENT, event(batchId, 'RECEIVING', { quantity }), to.token)).errors).toBeUndefined();
}

const failed = (batchId: string, extra: Record<string, unknown> = {}) => ({
  input: {
    batchId,
    passed: false,
    agency: '杭州市食品药品检验研究院',
    sampledOn: '2026-11-18',
    reportNo: `HZ-${++seq}`,
    findings: '恩诺沙星 120 μg/kg，超出限量',
    recallClass: 'CLASS_I',
    ...extra,
  },
});

async function noticesOf(person: Person) {
  await app.core.events.drain();
  return (await app.gql(NOTICES, {}, person.token)).data!;
}

describe('a failed sample in a multi-hop chain', () => {
  let farm: TestBusiness, wholesaler: TestBusiness, shopA: TestBusiness, shopB: TestBusiness, shopC: TestBusiness, deli: TestBusiness;
  let eggScanner: Person, otherScanner: Person, braisedScanner: Person;
  let eggs: { batchId: string; code: string };
  let otherEggs: { batchId: string; code: string };
  let braised: { batchId: string; code: string };
  let recallId: string;

  beforeAll(async () => {
    [farm, wholesaler, shopA, shopB, shopC, deli] = await Promise.all(Array.from({ length: 6 }, () => newBusiness(app)));
    [eggScanner, otherScanner, braisedScanner] = await Promise.all(Array.from({ length: 3 }, () => newPerson(app, [Role.CONSUMER])));
    eggs = await batchOf(farm, '戴村土鸡蛋', 1000);
    otherEggs = await batchOf(farm, '戴村鸭蛋', 500);
    // producer → wholesaler → two retailers; the wholesaler also braises some eggs and ships those to a deli.
    await ship(farm, wholesaler, eggs.batchId, 800);
    await ship(wholesaler, shopA, eggs.batchId, 300);
    await ship(wholesaler, shopB, eggs.batchId, 200);
    await app.gql(EVENT, event(eggs.batchId, 'RETAIL_SELLING', { quantity: 40 }), shopA.token);
    await ship(farm, shopC, otherEggs.batchId, 100);
    braised = await batchOf(wholesaler, '五香卤蛋', 400);
    await app.gql(EVENT, event(braised.batchId, 'PROCESSING', { inputBatchIds: [eggs.batchId] }), wholesaler.token);
    await ship(wholesaler, deli, braised.batchId, 150);

    await app.gql(`query($code: String!) { scan(code: $code) { __typename } }`, { code: eggs.code }, eggScanner.token);
    await app.gql(`query($code: String!) { scan(code: $code) { __typename } }`, { code: eggs.code });
    await app.gql(`query($code: String!) { scan(code: $code) { __typename } }`, { code: otherEggs.code }, otherScanner.token);
    await app.gql(`query($code: String!) { scan(code: $code) { __typename } }`, { code: braised.code }, braisedScanner.token);

    const sampled = await app.gql(SAMPLE, failed(eggs.batchId), regulator);
    expect(sampled.errors).toBeUndefined();
    expect(sampled.data!.recordSamplingResult.recall).toMatchObject({ recallClass: 'CLASS_I', status: 'OPEN', origin: 'SAMPLING' });
    recallId = sampled.data!.recordSamplingResult.recall.id;
  });

  it('reaches forward through shipping and processing to exactly the right holders', async () => {
    const { recall } = (await app.gql(RECALL, { id: recallId }, regulator)).data!;
    expect(recall.affectedBatches).toEqual(
      expect.arrayContaining([
        { relation: 'ROOT', batch: expect.objectContaining({ id: eggs.batchId }) },
        { relation: 'DOWNSTREAM', batch: expect.objectContaining({ id: braised.batchId }) },
      ]),
    );
    expect(recall.affectedBatches).toHaveLength(2);
    const holders = recall.holders
      .map((h: { merchant: { creditCode: string }; batch: { id: string } }) => `${h.batch.id}:${h.merchant.creditCode}`)
      .sort();
    expect(holders).toEqual(
      [
        `${eggs.batchId}:${farm.creditCode}`,
        `${eggs.batchId}:${wholesaler.creditCode}`,
        `${eggs.batchId}:${shopA.creditCode}`,
        `${eggs.batchId}:${shopB.creditCode}`,
        `${braised.batchId}:${wholesaler.creditCode}`,
        `${braised.batchId}:${deli.creditCode}`,
      ].sort(),
    );
    expect(recall.scope).toMatchObject({ made: 1400, received: 800 + 300 + 200 + 150, sold: 40, scans: 3, scanners: 2 });
    expect(recall.scope.shipped.map((s: { quantity: number; to: { creditCode: string } }) => [s.to.creditCode, s.quantity])).toEqual(
      expect.arrayContaining([
        [wholesaler.creditCode, 800],
        [shopA.creditCode, 300],
        [shopB.creditCode, 200],
        [deli.creditCode, 150],
      ]),
    );
    expect(recall.progress).toEqual({ holders: 6, acknowledged: 0, quantityRemoved: 0 });
  });

  it('shows the recall first on the scan, for anyone', async () => {
    const scanned = await app.gql(
      `query($code: String!) { scan(code: $code) { ... on TraceScan { recalls { recallClass status reason } } } }`,
      { code: braised.code },
    );
    expect(scanned.data!.scan.recalls).toEqual([expect.objectContaining({ recallClass: 'CLASS_I', status: 'OPEN' })]);
    expect(scanned.data!.scan.recalls[0].reason).toContain('恩诺沙星');
  });

  it('notifies each holder and each signed-in scanner of an affected batch, and no one else', async () => {
    const scanner = await noticesOf(eggScanner);
    expect(scanner.myNotices.items).toEqual([expect.objectContaining({ kind: 'RECALL', title: '您扫过的商品被召回' })]);
    expect(scanner.myNotices.items[0].link).toContain('/pages/scan/index?code=');
    expect((await noticesOf(braisedScanner)).myNotices.items).toHaveLength(1);
    expect((await noticesOf(otherScanner)).myNotices.items).toHaveLength(0);
    expect((await noticesOf(shopC)).myNotices.items).toHaveLength(0);
    const wholesalerNotices = await noticesOf(wholesaler);
    expect(wholesalerNotices.myNotices.items.map((n: { kind: string }) => n.kind)).toEqual(['RECALL_TASK', 'RECALL_TASK']);
    expect(wholesalerNotices.unreadNoticeCount).toBe(2);
  });

  it('delivers a repeated outbox event only once', async () => {
    const ctx = app.systemContext('test');
    await ctx.transaction('trace', () => ctx.publish(RecallOpened, { recallId: Number(recallId) }));
    await app.core.events.drain();
    const count = await app.core.stores.get('identity').manager.countBy(Notice, { accountId: eggScanner.id });
    expect(count).toBe(1);
  });

  it('joins a second failed result to the open recall', async () => {
    const again = await app.gql(SAMPLE, failed(eggs.batchId, { recallClass: 'CLASS_II' }), regulator);
    expect(again.data!.recordSamplingResult.recall.id).toBe(recallId);
  });

  it('refuses shipping or selling what an open recall reaches', async () => {
    const more = await app.gql(EVENT, event(eggs.batchId, 'SHIPPING', { counterpartyAccountId: shopC.id, quantity: 10 }), wholesaler.token);
    expect(refusal(more)).toBe('BATCH_RECALLED');
    expect(refusal(await app.gql(EVENT, event(braised.batchId, 'RETAIL_SELLING', { quantity: 1 }), deli.token))).toBe('BATCH_RECALLED');
  });

  it('refuses processing with an ingredient an open recall reaches, since the recall would not follow the new food', async () => {
    const stew = await batchOf(wholesaler, '卤蛋拼盘', 50);
    const processing = event(stew.batchId, 'PROCESSING', { inputBatchIds: [eggs.batchId] });
    const refused = await app.gql(
      `mutation($input: RecordTraceEventInput!) { recordTraceEvent(input: $input) { ... on ErrorResult { errorCode message field } } }`,
      processing,
      wholesaler.token,
    );
    expect(refused.data!.recordTraceEvent).toMatchObject({ errorCode: 'BATCH_RECALLED', field: 'inputBatchIds' });
    expect(refused.data!.recordTraceEvent.message).toContain('正在召回');
    // Made from eggs reached downstream (the braised eggs) is refused too; nothing was recorded.
    const viaDownstream = event(stew.batchId, 'PROCESSING', { inputBatchIds: [braised.batchId] });
    expect(refusal(await app.gql(EVENT, viaDownstream, wholesaler.token))).toBe('BATCH_RECALLED');
    const chain = await app.gql(
      `query($code: String!) { scan(code: $code, log: false) { ... on TraceScan { events { bizStep } recalls { id } } } }`,
      { code: stew.code },
    );
    expect(chain.data!.scan).toEqual({ events: [], recalls: [] });
  });

  it('shows a batch reached through public fields only to its holders and regulators', async () => {
    const PEEK = `query($code: String!) { scan(code: $code) { ... on TraceScan { product { batches { id } } recalls { batch { events { bizStep } documents { id } codesIssued } } } } }`;
    const anonymous = (await app.gql(PEEK, { code: braised.code })).data!.scan;
    expect(anonymous.product.batches).toEqual([]);
    expect(anonymous.recalls[0].batch).toEqual({ events: [], documents: [], codesIssued: 0 });
    expect(
      errorCode(
        await app.gql(`query($code: String!) { scan(code: $code) { ... on TraceScan { recalls { progress { holders } } } } }`, {
          code: braised.code,
        }),
      ),
    ).toBe('UNAUTHENTICATED');
    const asHolder = (await app.gql(PEEK, { code: braised.code }, shopA.token)).data!.scan;
    expect(asHolder.recalls[0].batch.events.length).toBeGreaterThan(0);
    const asRegulator = (await app.gql(PEEK, { code: eggs.code }, regulator)).data!.scan;
    expect(asRegulator.product.batches).toEqual([{ id: eggs.batchId }]);
  });

  it('keeps the details to regulators and the merchants concerned', async () => {
    expect(errorCode(await app.gql(RECALL, { id: recallId }, shopC.token))).toBe('NOT_RECALL_PARTY');
    expect(errorCode(await app.gql(RECALL, { id: recallId }, eggScanner.token))).toBe('FORBIDDEN');
    const snooping = await app.gql(
      `query($code: String!) { scan(code: $code) { ... on TraceScan { recalls { holders { id } } } } }`,
      { code: eggs.code },
      eggScanner.token,
    );
    expect(errorCode(snooping)).toBe('NOT_RECALL_PARTY');
    expect((await app.gql(RECALL, { id: recallId }, deli.token)).data!.recall.id).toBe(recallId);
  });

  it('refuses the wrong holder, a negative or impossible quantity, and closing too early', async () => {
    const tasks = (await app.gql(TASKS, { pendingOnly: true }, shopA.token)).data!.myRecallTasks.items;
    expect(tasks).toHaveLength(1);
    const task = tasks[0].id;
    expect(refusal(await app.gql(ACK, { input: { recallHolderId: task, quantityRemoved: 1 } }, shopB.token))).toBe('NOT_RECALL_HOLDER');
    expect(errorCode(await app.gql(ACK, { input: { recallHolderId: task, quantityRemoved: -1 } }, shopA.token))).toBe('BAD_USER_INPUT');
    // Shop A was shipped 300: it cannot have taken more off its shelves.
    expect(refusal(await app.gql(ACK, { input: { recallHolderId: task, quantityRemoved: 301 } }, shopA.token))).toBe(
      'REMOVED_MORE_THAN_HELD',
    );
    const held = await app.gql(`{ myRecallTasks(first: 5) { items { quantityHeld } } }`, {}, shopA.token);
    expect(held.data!.myRecallTasks.items).toEqual([{ quantityHeld: 300 }]);
    expect(errorCode(await app.gql(ACK, { input: { recallHolderId: task, quantityRemoved: 1 } }, eggScanner.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CLOSE, { input: { recallId, note: '全部下架销毁' } }, shopA.token))).toBe('FORBIDDEN');
    const early = await app.gql(CLOSE, { input: { recallId, note: '全部下架销毁' } }, regulator);
    expect(refusal(early)).toBe('RECALL_HOLDERS_PENDING');
    expect(early.data!.closeRecall.message).toContain('6 家');
  });

  it('tracks acknowledgements until the regulator closes it', async () => {
    const removed = new Map([
      [farm, 200],
      [wholesaler, 300],
      [shopA, 250],
      [shopB, 200],
      [deli, 150],
    ]);
    // The wholesaler was shipped 800 eggs and is the producer of 400 braised ones: 300 fits both.
    for (const [holder, quantity] of removed) {
      const tasks = (await app.gql(TASKS, { pendingOnly: true }, holder.token)).data!.myRecallTasks.items;
      for (const task of tasks) {
        const acked = await app.gql(ACK, { input: { recallHolderId: task.id, quantityRemoved: quantity } }, holder.token);
        expect(acked.data!.acknowledgeRecall).toMatchObject({ quantityRemoved: quantity, acknowledgedAt: expect.any(String) });
      }
    }
    // A second report replaces the first.
    const [shopATask] = (await app.gql(TASKS, {}, shopA.token)).data!.myRecallTasks.items;
    await app.gql(ACK, { input: { recallHolderId: shopATask.id, quantityRemoved: 260 } }, shopA.token);
    const { progress } = (await app.gql(RECALL, { id: recallId }, regulator)).data!.recall;
    expect(progress).toEqual({ holders: 6, acknowledged: 6, quantityRemoved: 200 + 300 * 2 + 260 + 200 + 150 });

    const closed = await app.gql(CLOSE, { input: { recallId, note: '全部下架销毁' } }, regulator);
    expect(closed.data!.closeRecall).toMatchObject({ status: 'CLOSED', closingNote: '全部下架销毁' });
    expect(refusal(await app.gql(CLOSE, { input: { recallId, note: '再来一次' } }, regulator))).toBe('RECALL_CLOSED');
    expect(refusal(await app.gql(ACK, { input: { recallHolderId: shopATask.id, quantityRemoved: 1 } }, shopA.token))).toBe('RECALL_CLOSED');
    const notices = await noticesOf(deli);
    expect(notices.myNotices.items[0].title).toContain('召回已结束');
  });

  it('looks again at a code without counting another scan', async () => {
    const again = await app.gql(
      `query($code: String!) { scan(code: $code, log: false) { ... on TraceScan { recalls { status } } } }`,
      { code: eggs.code },
      otherScanner.token,
    );
    expect(again.data!.scan.recalls).toHaveLength(1);
    const scans = await app.gql(`{ myScans(first: 10) { items { batch { id } } } }`, {}, otherScanner.token);
    expect(scans.data!.myScans.items).toHaveLength(1);
  });

  it("lists the consumer's scans, one line per code, marking the recalled batch", async () => {
    const scans = await app.gql(`{ myScans(first: 10) { items { link recalled scans batch { id } } } }`, {}, eggScanner.token);
    // Scanned once before the recall, once after (the scan that tried to read its holders).
    expect(scans.data!.myScans.items).toEqual([expect.objectContaining({ recalled: true, scans: 2, batch: { id: eggs.batchId } })]);
    const other = await app.gql(`{ myScans(first: 10) { items { recalled } } }`, {}, otherScanner.token);
    expect(other.data!.myScans.items).toEqual([{ recalled: false }]);
  });

  it("marks notices read, only the caller's own", async () => {
    const mine = await app.gql(`mutation { markNoticesRead }`, {}, wholesaler.token);
    expect(mine.data!.markNoticesRead).toBe(3);
    expect((await app.gql(NOTICES, {}, wholesaler.token)).data!.unreadNoticeCount).toBe(0);
    const ids = (await app.gql(NOTICES, {}, deli.token)).data!.myNotices.items.length;
    expect(ids).toBeGreaterThan(0);
    expect((await app.gql(NOTICES, {}, deli.token)).data!.unreadNoticeCount).toBe(ids);
  });
});

describe('recalls the producer opens, and ingredients at fault', () => {
  it("traces a producer's own recall back to the ingredient and forward to its other products made from it", async () => {
    const [farm, kitchen] = await Promise.all([newPerson(app, [Role.MERCHANT]), newPerson(app, [Role.MERCHANT])]);
    const flour = await batchOf(farm, '富阳面粉', 100);
    await ship(farm, kitchen, flour.batchId, 100);
    const buns = await batchOf(kitchen, '菜包', 300);
    const noodles = await batchOf(kitchen, '手工面', 200);
    await app.gql(EVENT, event(buns.batchId, 'PROCESSING', { inputBatchIds: [flour.batchId] }), kitchen.token);
    await app.gql(EVENT, event(noodles.batchId, 'PROCESSING', { inputBatchIds: [flour.batchId] }), kitchen.token);

    expect(
      refusal(await app.gql(VOLUNTARY, { input: { batchId: buns.batchId, recallClass: 'CLASS_II', reason: '面粉霉变' } }, farm.token)),
    ).toBe('NOT_PRODUCER');
    const opened = await app.gql(
      VOLUNTARY,
      { input: { batchId: buns.batchId, recallClass: 'CLASS_II', reason: '面粉霉变，主动召回', includeIngredients: true } },
      kitchen.token,
    );
    expect(opened.data!.openVoluntaryRecall).toMatchObject({ origin: 'VOLUNTARY', status: 'OPEN' });
    const { recall } = (await app.gql(RECALL, { id: opened.data!.openVoluntaryRecall.id }, regulator)).data!;
    const relations = Object.fromEntries(
      recall.affectedBatches.map((a: { relation: string; batch: { id: string } }) => [a.batch.id, a.relation]),
    );
    // The farm's flour, and whatever others made from it, are the regulator's or the farm's to recall.
    expect(relations).toEqual({ [buns.batchId]: 'ROOT', [noodles.batchId]: 'DOWNSTREAM' });

    expect(refusal(await app.gql(ISSUE, { input: { batchId: buns.batchId, count: 10 } }, kitchen.token))).toBe('BATCH_RECALLED');
    expect(refusal(await app.gql(ISSUE, { input: { batchId: noodles.batchId, count: 10 } }, kitchen.token))).toBe('BATCH_RECALLED');
    // A regulator who finds the flour at fault recalls it with everything made from it, whoever made it.
    const sampled = await app.gql(SAMPLE, failed(noodles.batchId, { includeIngredients: true }), regulator);
    const { recall: official } = (await app.gql(RECALL, { id: sampled.data!.recordSamplingResult.recall.id }, regulator)).data!;
    const officialRelations = Object.fromEntries(
      official.affectedBatches.map((a: { relation: string; batch: { id: string } }) => [a.batch.id, a.relation]),
    );
    expect(officialRelations).toEqual({ [noodles.batchId]: 'ROOT', [flour.batchId]: 'INGREDIENT', [buns.batchId]: 'DOWNSTREAM' });

    const twice = await app.gql(
      VOLUNTARY,
      { input: { batchId: buns.batchId, recallClass: 'CLASS_II', reason: '再召回一次' } },
      kitchen.token,
    );
    expect(refusal(twice)).toBe('RECALL_ALREADY_OPEN');
  });

  it('opens one recall when failed results for a batch arrive at once', async () => {
    const farm = await newPerson(app, [Role.MERCHANT]);
    const batch = await batchOf(farm, '青菜', 50);
    const results = await Promise.all(Array.from({ length: 6 }, () => app.gql(SAMPLE, failed(batch.batchId), regulator)));
    const ids = new Set(results.map((r) => r.data!.recordSamplingResult.recall.id));
    expect(ids.size).toBe(1);
    const { recall } = (await app.gql(RECALL, { id: [...ids][0] }, regulator)).data!;
    expect(recall.holders).toHaveLength(1);
  });
});

describe('codes for printing', () => {
  let farm: Person;
  let batch: { batchId: string; code: string };

  beforeAll(async () => {
    farm = await newPerson(app, [Role.MERCHANT]);
    batch = await batchOf(farm, '临安山核桃', 5000);
    await app.gql(ISSUE, { input: { batchId: batch.batchId, count: 1200 } }, farm.token);
  });

  it('pages the serials in issue order with their Digital Links', async () => {
    const page = await app.gql(
      `query($batchId: ID!) { traceCodes(batchId: $batchId, first: 2) { items { serial link } nextCursor } traceBatch(id: $batchId) { codesIssued } }`,
      { batchId: batch.batchId },
      farm.token,
    );
    expect(page.data!.traceCodes.items.map((c: { serial: string }) => c.serial)).toEqual(['00000001', '00000002']);
    expect(page.data!.traceCodes.items[0].link).toMatch(/\/01\/\d{14}\/10\/L\d+\/21\/00000001$/);
    expect(page.data!.traceBatch.codesIssued).toBe(1200);
    const other = await newPerson(app, [Role.MERCHANT]);
    expect(errorCode(await app.gql(`query($b: ID!) { traceCodes(batchId: $b) { nextCursor } }`, { b: batch.batchId }, other.token))).toBe(
      'NOT_BATCH_HOLDER',
    );
  });

  it('numbers serials without gaps or clashes when issued at once', async () => {
    const racing = await batchOf(farm, '临安笋干', 1000);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => app.gql(ISSUE, { input: { batchId: racing.batchId, count: 100 } }, farm.token)),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    const csv = await app.server.inject({
      url: `/trace/batches/${racing.batchId}/codes.csv`,
      headers: { authorization: `Bearer ${farm.token}` },
    });
    const serials = csv.rawPayload
      .toString('utf8')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(new Set(serials).size).toBe(400);
    expect(serials.at(-1)).toBe('00000400');
  });

  it('exports every code as CSV to the producer only', async () => {
    const csv = await app.server.inject({
      url: `/trace/batches/${batch.batchId}/codes.csv`,
      headers: { authorization: `Bearer ${farm.token}` },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.rawPayload
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('序号,溯源码链接');
    expect(lines).toHaveLength(1201);
    expect(lines[1200]).toMatch(/^00001200,http.*\/21\/00001200$/);
    const other = await newPerson(app, [Role.MERCHANT]);
    const refused = await app.server.inject({
      url: `/trace/batches/${batch.batchId}/codes.csv`,
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(refused.statusCode).toBe(403);
    expect((await app.server.inject({ url: `/trace/batches/${batch.batchId}/codes.csv` })).statusCode).toBe(401);
  });

  it('finds a batch by its code for a regulator, and lists what was shipped to a merchant', async () => {
    const found = await app.gql(`query($code: String!) { traceBatchByCode(code: $code) { id } }`, { code: batch.code }, regulator);
    expect(found.data!.traceBatchByCode.id).toBe(batch.batchId);
    const shop = await newPerson(app, [Role.MERCHANT]);
    await ship(farm, shop, batch.batchId, 10);
    const held = await app.gql(`{ myHeldBatches(first: 5) { items { id } } }`, {}, shop.token);
    expect(held.data!.myHeldBatches.items).toEqual([{ id: batch.batchId }]);
    expect(
      errorCode(await app.gql(`query($code: String!) { traceBatchByCode(code: $code) { id } }`, { code: '(01)09999999999999' }, regulator)),
    ).toBe('BAD_CHECK_DIGIT');
  });
});

describe('the outbox', () => {
  it('keeps retrying a failing delivery with back-off and never loses it', async () => {
    const failing = await startTestApp({ OUTBOX_POLL_MS: '60000' });
    try {
      let calls = 0;
      const Flaky = defineEvent<Record<string, never>>('test.flaky', 'trace');
      failing.core.events.subscribe(
        subscribe(Flaky, 'test.flaky', async () => {
          calls++;
          if (calls === 1) throw new Error('identity store away');
        }),
      );
      const ctx = failing.systemContext('test');
      await ctx.transaction('trace', () => ctx.publish(Flaky, {}));
      expect(await failing.core.events.drain()).toBe(0);
      const trace = failing.core.stores.get('trace');
      const [row] = await trace.query('SELECT attempts, last_error, delivered_at FROM outbox_event');
      expect(row).toMatchObject({ last_error: 'identity store away', delivered_at: null });
      await trace
        .createQueryBuilder()
        .update(OutboxEvent)
        .set({ availableAt: new Date(Date.now() - 1000) })
        .execute();
      expect(await failing.core.events.drain()).toBe(1);
      expect(calls).toBe(2);
    } finally {
      await failing.close();
    }
  });
});
