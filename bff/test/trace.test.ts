import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/roles';
import { errorCode, refusal, startTestApp, type TestApp } from './helpers';
import { TraceScanLog } from '../src/modules/trace/trace.entity';
import { newBusiness } from './trace-helpers';
import { newPerson, uploadPhoto } from './workpoints-helpers';

const REGISTER_PRODUCT = `mutation($input: RegisterProductInput!) { registerTraceProduct(input: $input) { ... on TraceProduct { id gtin name } ... on ErrorResult { errorCode message } } }`;
const REGISTER_BATCH = `mutation($input: RegisterBatchInput!) { registerTraceBatch(input: $input) { ... on TraceBatch { id lot quantity } ... on ErrorResult { errorCode message field } } }`;
const ISSUE = `mutation($input: IssueTraceCodesInput!) { issueTraceCodes(input: $input) { ... on IssuedTraceCodes { issued firstSerial lastSerial firstLink } ... on ErrorResult { errorCode message } } }`;
const SCAN = `query($code: String!) {
  scan(code: $code) {
    __typename
    ... on TraceScan { link serial serialIssued product { gtin name } batch { lot productionDate } }
    ... on ErrorResult { errorCode message }
  }
}`;

let app: TestApp;
let producer: { token: string };
let batchId: string;
const GTIN = '4006381333931';

beforeAll(async () => {
  app = await startTestApp();
  producer = await newPerson(app, [Role.MERCHANT]);
  const product = await app.gql(REGISTER_PRODUCT, { input: { gtin: GTIN, name: '戴村土鸡蛋' } }, producer.token);
  expect(product.data!.registerTraceProduct).toMatchObject({ gtin: '04006381333931', name: '戴村土鸡蛋' });
  const batch = await app.gql(
    REGISTER_BATCH,
    {
      input: {
        productId: product.data!.registerTraceProduct.id,
        lot: 'L20261120',
        productionDate: '2026-11-20',
        expiryDate: '2026-12-20',
        quantity: 20000,
      },
    },
    producer.token,
  );
  batchId = batch.data!.registerTraceBatch.id;
});
afterAll(() => app?.close());

describe('registering products, batches and codes', () => {
  it('refuses a GTIN with a wrong check digit, a malformed one, and a second registration', async () => {
    expect(refusal(await app.gql(REGISTER_PRODUCT, { input: { gtin: '4006381333932', name: '鸡蛋' } }, producer.token))).toBe(
      'BAD_CHECK_DIGIT',
    );
    expect(refusal(await app.gql(REGISTER_PRODUCT, { input: { gtin: '40063813339', name: '鸡蛋' } }, producer.token))).toBe('INVALID_GTIN');
    expect(refusal(await app.gql(REGISTER_PRODUCT, { input: { gtin: '00000000', name: '鸡蛋' } }, producer.token))).toBe('INVALID_GTIN');
    expect(refusal(await app.gql(REGISTER_PRODUCT, { input: { gtin: GTIN, name: '鸡蛋' } }, producer.token))).toBe('GTIN_TAKEN');
  });

  it('issues 10,000 serials in one go, numbered in order, and no more than the batch holds', async () => {
    const issued = await app.gql(ISSUE, { input: { batchId, count: 10000 } }, producer.token);
    expect(issued.data!.issueTraceCodes).toMatchObject({ issued: 10000, firstSerial: '00000001', lastSerial: '00010000' });
    expect(issued.data!.issueTraceCodes.firstLink).toMatch(/\/01\/04006381333931\/10\/L20261120\/21\/00000001$/);
    const more = await app.gql(ISSUE, { input: { batchId, count: 10000 } }, producer.token);
    expect(more.data!.issueTraceCodes.firstSerial).toBe('00010001');
    expect(refusal(await app.gql(ISSUE, { input: { batchId, count: 1 } }, producer.token))).toBe('TOO_MANY_CODES');
    // Each issue is the chain's commissioning (赋码) event, at the producer's village.
    const chain = await app.gql(
      `query($code: String!) { scan(code: $code, log: false) { ... on TraceScan { events { bizStep place quantity note serials { first last } } } } }`,
      { code: `(01)0${GTIN}(10)L20261120` },
    );
    // The range is data, so that a scan of one item can say which issue it was among.
    expect(chain.data!.scan.events.filter((e: { bizStep: string }) => e.bizStep === 'COMMISSIONING')).toEqual([
      { bizStep: 'COMMISSIONING', place: '戴村镇大石盖村', quantity: 10000, note: '', serials: { first: '00000001', last: '00010000' } },
      { bizStep: 'COMMISSIONING', place: '戴村镇大石盖村', quantity: 10000, note: '', serials: { first: '00010001', last: '00020000' } },
    ]);
    expect(errorCode(await app.gql(ISSUE, { input: { batchId, count: 10001 } }, producer.token))).toBe('BAD_USER_INPUT');
  });

  it("lets only the batch's holder add to it, and only the product's maker add batches", async () => {
    const other = await newPerson(app, [Role.MERCHANT]);
    expect(refusal(await app.gql(ISSUE, { input: { batchId, count: 1 } }, other.token))).toBe('NOT_BATCH_HOLDER');
    const products = await app.gql('{ myTraceProducts { id batches { lot } } }', {}, producer.token);
    const productId = products.data!.myTraceProducts[0].id;
    const refused = await app.gql(
      REGISTER_BATCH,
      { input: { productId, lot: 'X1', productionDate: '2026-11-21', quantity: 5 } },
      other.token,
    );
    expect(refusal(refused)).toBe('NOT_YOUR_PRODUCT');
    const duplicate = await app.gql(
      REGISTER_BATCH,
      { input: { productId, lot: 'L20261120', productionDate: '2026-11-21', quantity: 5 } },
      producer.token,
    );
    expect(refusal(duplicate)).toBe('LOT_TAKEN');
  });

  it('takes only batch dates that make sense, and writes nothing for the rest', async () => {
    const products = await app.gql('{ myTraceProducts { id batches { lot } } }', {}, producer.token);
    const { id: productId, batches } = products.data!.myTraceProducts[0];
    const register = async (productionDate: string, expiryDate?: string) =>
      (await app.gql(REGISTER_BATCH, { input: { productId, lot: 'D1', productionDate, expiryDate, quantity: 5 } }, producer.token)).data!
        .registerTraceBatch;
    expect(await register('2026-99-99')).toMatchObject({ errorCode: 'BAD_USER_INPUT', field: 'productionDate' });
    expect(await register('0000-00-00')).toMatchObject({ errorCode: 'BAD_USER_INPUT', field: 'productionDate' });
    expect(await register('0001-01-01')).toMatchObject({ errorCode: 'BAD_USER_INPUT', message: '生产日期太早了，请检查年份' });
    expect(await register('9999-12-31')).toMatchObject({ errorCode: 'BAD_USER_INPUT', message: '生产日期不能晚于今天' });
    expect(await register('2026-11-20', '2026-02-30')).toMatchObject({ errorCode: 'BAD_USER_INPUT', field: 'expiryDate' });
    expect(await register('2026-11-20', '2026-11-19')).toMatchObject({
      errorCode: 'BAD_USER_INPUT',
      field: 'expiryDate',
      message: '保质期不能早于生产日期（2026-11-20）',
    });
    const after = await app.gql('{ myTraceProducts { id batches { lot } } }', {}, producer.token);
    expect(after.data!.myTraceProducts[0].batches).toEqual(batches);
    expect(await register('2026-11-20', '2026-11-20')).toMatchObject({ lot: 'D1' });
  });
});

describe('documents', () => {
  const ATTACH = `mutation($input: AttachTraceDocumentInput!) { attachTraceDocument(input: $input) { ... on TraceDocument { id kind passed originCountry } ... on ErrorResult { errorCode message } } }`;
  const certificate = (overrides: Record<string, unknown> = {}) => ({
    batchId,
    kind: 'CERTIFICATE_OF_CONFORMITY',
    issuedBy: '戴村土鸡蛋合作社',
    issuedOn: '2026-11-20',
    passed: true,
    summary: '感官、净含量合格',
    ...overrides,
  });

  it('lets the holder attach papers, with the import details of cold-chain food, and the scan shows them', async () => {
    const photo = await uploadPhoto(app, producer.token);
    const attached = await app.gql(ATTACH, { input: certificate({ fileKey: photo }) }, producer.token);
    expect(attached.data!.attachTraceDocument).toMatchObject({ kind: 'CERTIFICATE_OF_CONFORMITY', passed: true });
    const quarantine = await app.gql(
      ATTACH,
      {
        input: certificate({
          kind: 'IMPORT_QUARANTINE',
          issuedBy: '宁波海关',
          issuedOn: '2026-11-18',
          originCountry: '新西兰',
          entryPort: '宁波港',
          customsDeclarationNo: '310420261118000123',
        }),
      },
      producer.token,
    );
    expect(quarantine.data!.attachTraceDocument.originCountry).toBe('新西兰');
    const scanned = await app.gql(
      `query($code: String!) { scan(code: $code) { ... on TraceScan { documents { kind issuedBy entryPort } } } }`,
      { code: '(01)04006381333931(10)L20261120' },
    );
    expect(scanned.data!.scan.documents).toEqual([
      { kind: 'CERTIFICATE_OF_CONFORMITY', issuedBy: '戴村土鸡蛋合作社', entryPort: null },
      { kind: 'IMPORT_QUARANTINE', issuedBy: '宁波海关', entryPort: '宁波港' },
    ]);
  });

  it('refuses a paper dated on a day that does not exist or has not come yet', async () => {
    for (const [issuedOn, message] of [
      ['2026-13-01', '出具日期不存在，请检查年月日'],
      ['9999-12-31', '出具日期不能晚于今天'],
    ]) {
      const refused = await app.gql(ATTACH, { input: certificate({ issuedOn }) }, producer.token);
      expect(refused.data!.attachTraceDocument).toMatchObject({ errorCode: 'BAD_USER_INPUT', message });
    }
  });

  it("refuses papers from anyone but the holder, a bad customs number, and someone else's photo", async () => {
    const other = await newPerson(app, [Role.MERCHANT]);
    expect(refusal(await app.gql(ATTACH, { input: certificate() }, other.token))).toBe('NOT_BATCH_HOLDER');
    expect(errorCode(await app.gql(ATTACH, { input: certificate({ customsDeclarationNo: '123' }) }, producer.token))).toBe(
      'BAD_USER_INPUT',
    );
    const othersPhoto = await uploadPhoto(app, other.token);
    expect(refusal(await app.gql(ATTACH, { input: certificate({ fileKey: othersPhoto }) }, producer.token))).toBe('DOCUMENT_FILE_INVALID');
  });
});

describe('events along the chain: producer → wholesaler → two retailers', () => {
  const RECORD = `mutation($input: RecordTraceEventInput!) { recordTraceEvent(input: $input) { ... on TraceEvent { id bizStep } ... on ErrorResult { errorCode message } } }`;
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();

  it('lets each holder record its part, and the scan shows the whole chain in time order', async () => {
    const farm = await newBusiness(app, '戴村冬瓜合作社');
    const wholesaler = await newBusiness(app, '萧山蔬菜批发部');
    const [shopA, shopB] = await Promise.all([newBusiness(app, '便民超市 A'), newBusiness(app, '便民超市 B')]);
    const product = await app.gql(REGISTER_PRODUCT, { input: { gtin: '5901234123457', name: '冬瓜' } }, farm.token);
    const batch = await app.gql(
      REGISTER_BATCH,
      { input: { productId: product.data!.registerTraceProduct.id, lot: 'DG01', productionDate: '2026-11-19', quantity: 300 } },
      farm.token,
    );
    const id = batch.data!.registerTraceBatch.id;
    const record = (token: string, input: Record<string, unknown>) =>
      app.gql(RECORD, { input: { batchId: id, place: '戴村镇', ...input } }, token);

    expect((await record(farm.token, { bizStep: 'PRODUCING', eventTime: at(50) })).errors).toBeUndefined();
    expect(refusal(await record(shopA.token, { bizStep: 'STORING', eventTime: at(49) }))).toBe('NOT_BATCH_HOLDER');
    expect(refusal(await record(shopA.token, { bizStep: 'RECEIVING', eventTime: at(49) }))).toBe('NOTHING_SHIPPED_TO_YOU');
    expect(refusal(await record(farm.token, { bizStep: 'SHIPPING', eventTime: at(48) }))).toBe('SHIPMENT_NEEDS_RECEIVER');
    await record(farm.token, { bizStep: 'SHIPPING', eventTime: at(48), counterpartyAccountId: String(wholesaler.id), quantity: 300 });
    await record(wholesaler.token, { bizStep: 'RECEIVING', eventTime: at(47), quantity: 300 });
    await record(wholesaler.token, { bizStep: 'STORING', eventTime: at(46), temperatureCelsius: 4.5, place: '萧山冷库' });
    await record(wholesaler.token, { bizStep: 'SHIPPING', eventTime: at(30), counterpartyAccountId: String(shopA.id), quantity: 100 });
    await record(wholesaler.token, { bizStep: 'SHIPPING', eventTime: at(29), counterpartyAccountId: String(shopB.id), quantity: 200 });
    await record(shopA.token, { bizStep: 'RECEIVING', eventTime: at(20), quantity: 100 });
    await record(shopB.token, { bizStep: 'RECEIVING', eventTime: at(19), quantity: 200 });
    await record(shopA.token, { bizStep: 'RETAIL_SELLING', eventTime: at(2), quantity: 3 });
    expect(refusal(await record(shopA.token, { bizStep: 'RETAIL_SELLING', eventTime: at(-1) }))).toBe('EVENT_IN_FUTURE');

    const CHAIN = `query($code: String!) { scan(code: $code) { ... on TraceScan { events { bizStep quantity temperatureCelsius timeZoneOffset recorder { name district creditCode } counterparty { name } } } } }`;
    // A holder sees whom each shipment went to; a stranger sees the steps and who recorded them, not the shipper's customers.
    const scanned = await app.gql(CHAIN, { code: '(01)05901234123457(10)DG01' }, shopB.token);
    const events = scanned.data!.scan.events;
    expect(events.map((e: { bizStep: string }) => e.bizStep)).toEqual([
      'PRODUCING',
      'SHIPPING',
      'RECEIVING',
      'STORING',
      'SHIPPING',
      'SHIPPING',
      'RECEIVING',
      'RECEIVING',
      'RETAIL_SELLING',
    ]);
    expect(events[1].counterparty).toEqual({ name: '萧山蔬菜批发部' });
    expect(events[2].counterparty).toEqual({ name: '戴村冬瓜合作社' });
    expect(events[3]).toMatchObject({ temperatureCelsius: 4.5, timeZoneOffset: '+08:00' });
    expect(events[0].recorder).toEqual({ name: '戴村冬瓜合作社', district: '杭州市萧山区', creditCode: farm.creditCode });
    const anonymous = (await app.gql(CHAIN, { code: '(01)05901234123457(10)DG01' })).data!.scan.events;
    expect(anonymous.map((e: { counterparty: unknown }) => e.counterparty)).toEqual(Array(9).fill(null));
    expect(anonymous[8].recorder.name).toBe('便民超市 A');
    const consumer = await newPerson(app, [Role.CONSUMER]);
    const signedIn = (await app.gql(CHAIN, { code: '(01)05901234123457(10)DG01' }, consumer.token)).data!.scan.events;
    expect(signedIn.map((e: { counterparty: unknown }) => e.counterparty)).toEqual(Array(9).fill(null));
  });

  it('dates an event no earlier than the day the batch was made, in China, and no later than now', async () => {
    const farm = await newBusiness(app, '戴村南瓜合作社');
    const product = await app.gql(REGISTER_PRODUCT, { input: { gtin: '4012345000016', name: '南瓜' } }, farm.token);
    const batch = await app.gql(
      REGISTER_BATCH,
      { input: { productId: product.data!.registerTraceProduct.id, lot: 'NG01', productionDate: '2026-11-19', quantity: 50 } },
      farm.token,
    );
    const record = async (eventTime: string) =>
      (
        await app.gql(
          RECORD,
          { input: { batchId: batch.data!.registerTraceBatch.id, place: '戴村镇', bizStep: 'STORING', eventTime } },
          farm.token,
        )
      ).data!.recordTraceEvent;
    // Year 1 would not even fit a MySQL datetime; the day before production is a slip all the same.
    for (const eventTime of ['0001-01-01T00:00:00.000Z', '2026-11-18T15:59:59.000Z']) {
      expect(await record(eventTime)).toMatchObject({ errorCode: 'BAD_USER_INPUT', message: '时间不能早于这批货的生产日期（2026-11-19）' });
    }
    expect(await record('9999-12-31T00:00:00.000Z')).toMatchObject({ errorCode: 'EVENT_IN_FUTURE' });
    // Midnight in China on the production day is the earliest moment it can have.
    expect(await record('2026-11-18T16:00:00.000Z')).toMatchObject({ bizStep: 'STORING' });
  });

  it('traces a processed batch back to its ingredients, which the processor must hold', async () => {
    const kitchen = await newPerson(app, [Role.MERCHANT]);
    const product = await app.gql(REGISTER_PRODUCT, { input: { gtin: '96385074', name: '冬瓜汤' } }, kitchen.token);
    const soup = await app.gql(
      REGISTER_BATCH,
      { input: { productId: product.data!.registerTraceProduct.id, lot: 'SOUP1', productionDate: '2026-11-22', quantity: 50 } },
      kitchen.token,
    );
    const input = {
      batchId: soup.data!.registerTraceBatch.id,
      bizStep: 'PROCESSING',
      eventTime: new Date().toISOString(),
      place: '中央厨房',
    };
    expect(refusal(await app.gql(RECORD, { input }, kitchen.token))).toBe('PROCESSING_NEEDS_INPUTS');
    const notHeld = await app.gql(RECORD, { input: { ...input, inputBatchIds: [batchId] } }, kitchen.token);
    expect(refusal(notHeld)).toBe('NOT_BATCH_HOLDER');
    const own = await app.gql(
      REGISTER_BATCH,
      { input: { productId: product.data!.registerTraceProduct.id, lot: 'BASE1', productionDate: '2026-11-21', quantity: 10 } },
      kitchen.token,
    );
    const ok = await app.gql(RECORD, { input: { ...input, inputBatchIds: [own.data!.registerTraceBatch.id] } }, kitchen.token);
    expect(ok.errors).toBeUndefined();
    const scanned = await app.gql(
      `query($code: String!) { scan(code: $code) { ... on TraceScan { events { bizStep inputs { lot product { name } } } } } }`,
      { code: '(01)00000096385074(10)SOUP1' },
    );
    expect(scanned.data!.scan.events[0]).toEqual({ bizStep: 'PROCESSING', inputs: [{ lot: 'BASE1', product: { name: '冬瓜汤' } }] });
  });
});

describe('official sampling', () => {
  const SAMPLE = `mutation($input: RecordSamplingInput!) { recordSamplingResult(input: $input) { ... on TraceSampling { id passed } ... on ErrorResult { errorCode message } } }`;
  const result = (passed: boolean, sampledOn: string) => ({
    batchId,
    passed,
    agency: '杭州市食品药品检验研究院',
    sampledOn,
    reportNo: `HZ-${sampledOn}`,
    findings: passed ? '恩诺沙星未检出，合格' : '恩诺沙星 120 μg/kg，超出限量，不合格',
    ...(passed ? {} : { recallClass: 'CLASS_II' }),
  });

  it('is recorded by a regulator, and a failed result comes first on the scan', async () => {
    const regulator = await app.loginAs('demo-regulator');
    await app.gql(SAMPLE, { input: result(true, '2026-11-22') }, regulator);
    const failed = await app.gql(SAMPLE, { input: result(false, '2026-11-21') }, regulator);
    expect(failed.data!.recordSamplingResult.passed).toBe(false);
    const unclassed = await app.gql(SAMPLE, { input: { ...result(false, '2026-11-23'), recallClass: null } }, regulator);
    expect(refusal(unclassed)).toBe('RECALL_CLASS_REQUIRED');
    const scanned = await app.gql(
      `query($code: String!) { scan(code: $code) { ... on TraceScan { samplings { passed sampledOn findings } } } }`,
      { code: '(01)04006381333931(10)L20261120' },
    );
    expect(scanned.data!.scan.samplings.map((s: { passed: boolean }) => s.passed)).toEqual([false, true]);
    expect(errorCode(await app.gql(SAMPLE, { input: { ...result(true, '2026-11-24'), batchId: '999999' } }, regulator))).toBe('NOT_FOUND');
  });

  it('is dated on a real day, between the production of the batch and today', async () => {
    const regulator = await app.loginAs('demo-regulator');
    const refusedOn = async (sampledOn: string) =>
      (await app.gql(SAMPLE, { input: result(true, sampledOn) }, regulator)).data!.recordSamplingResult;
    expect(await refusedOn('2026-02-30')).toMatchObject({ errorCode: 'BAD_USER_INPUT', message: '抽样日期不存在，请检查年月日' });
    expect(await refusedOn('0000-00-00')).toMatchObject({ errorCode: 'BAD_USER_INPUT' });
    expect(await refusedOn('2026-11-19')).toMatchObject({ errorCode: 'BAD_USER_INPUT', message: '抽样日期不能早于生产日期（2026-11-20）' });
    expect(await refusedOn('9999-12-31')).toMatchObject({ errorCode: 'BAD_USER_INPUT', message: '抽样日期不能晚于今天' });
  });

  it('is not for merchants to record', async () => {
    expect(errorCode(await app.gql(SAMPLE, { input: result(true, '2026-11-25') }, producer.token))).toBe('FORBIDDEN');
  });
});

describe('counterfeit flags', () => {
  const SCAN_AT = `query($code: String!, $regionCode: String) { scan(code: $code, regionCode: $regionCode) { ... on TraceScan { counterfeitWarning } } }`;
  const FLAGS = '{ counterfeitFlags(first: 50) { items { id serial reason batch { lot } } } }';
  const CLEAR = `mutation($input: ClearCounterfeitFlagInput!) { clearCounterfeitFlag(input: $input) { ... on TraceCounterfeitFlag { id clearedAt clearingNote } ... on ErrorResult { errorCode message field } } }`;
  const serial = (n: number) => `(01)04006381333931(10)L20261120(21)${String(n).padStart(8, '0')}`;
  const warningOf = async (code: string, token?: string, regionCode?: string) =>
    (await app.gql(SCAN_AT, { code, regionCode }, token)).data!.scan.counterfeitWarning as string | null;
  const flagged = async (regulator: string) =>
    (await app.gql(FLAGS, {}, regulator)).data!.counterfeitFlags.items as Array<{ id: string; serial: string; reason: string }>;

  it('counts signed-in people, once a day each, not anonymous scans nor repeats', async () => {
    const code = serial(42);
    // Anonymous scans (from different machines) and one person scanning over and over are no sign of a copy.
    for (let i = 0; i < 25; i++) {
      const scan = await app.server.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        remoteAddress: `10.0.42.${i + 1}`,
        payload: JSON.stringify({ query: SCAN_AT, variables: { code } }),
      });
      expect(scan.json().data.scan.counterfeitWarning).toBeNull();
    }
    const buyer = await newPerson(app, [Role.CONSUMER]);
    for (let i = 0; i < 25; i++) expect(await warningOf(code, buyer.token)).toBeNull();
    const regulator = await app.loginAs('demo-regulator');
    expect((await flagged(regulator)).map((f) => f.serial)).not.toContain('00000042');

    // Twenty different people in a day cannot all hold the one box.
    const people = await Promise.all(Array.from({ length: 19 }, () => newPerson(app, [Role.CONSUMER])));
    const warnings = [];
    for (const person of people) warnings.push(await warningOf(code, person.token));
    expect(warnings.slice(0, 18)).toEqual(Array(18).fill(null));
    expect(warnings[18]).toBe('一天内有 20 人扫过');
    expect(await flagged(regulator)).toContainEqual({
      id: expect.any(String),
      serial: '00000042',
      reason: '一天内有 20 人扫过',
      batch: { lot: 'L20261120' },
    });
    expect(errorCode(await app.gql(FLAGS, {}, producer.token))).toBe('FORBIDDEN');
  });

  it('flags a serial different people scanned in four cities within a week, never one traveller', async () => {
    const code = serial(43);
    const trace = app.core.stores.get('trace').manager;
    const [traveller, companion, ...others] = await Promise.all(Array.from({ length: 5 }, () => newPerson(app, [Role.CONSUMER])));
    // One buyer may carry the box from Hangzhou to Lishui over four days (a day's scans count once).
    for (const [day, regionCode] of ['330109', '330302', '330702', '331102'].entries()) {
      expect(await warningOf(code, traveller.token, regionCode)).toBeNull();
      await trace.query(`UPDATE trace_serial_sighting SET day = ? WHERE account_id = ? AND day > '2001'`, [
        `2000-01-0${day + 1}`,
        traveller.id,
      ]);
    }
    // Each person counts in one city, the first they shared: the companion in Hangzhou adds none.
    expect(await warningOf(code, companion.token, '330100')).toBeNull();
    expect(await warningOf(code, others[0].token, '330203')).toBeNull();
    expect(await warningOf(code, others[1].token, '330300')).toBeNull();
    expect(await warningOf(code, others[2].token, '331002')).toBe('一周内在 4 个市被不同的人扫过');
  });

  it('takes the place only as a Zhejiang region code from the list, and names it itself', async () => {
    const scanned = await app.gql(SCAN_AT, { code: serial(44), regionCode: '杭州市萧山区' });
    expect(errorCode(scanned)).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(SCAN_AT, { code: serial(44), regionCode: '440106' }))).toBe('BAD_USER_INPUT');
    const consumer = await newPerson(app, [Role.CONSUMER]);
    await app.gql(SCAN_AT, { code: serial(44), regionCode: '330109' }, consumer.token);
    const mine = await app.gql('{ myScans(first: 5) { items { serial lastPlace } } }', {}, consumer.token);
    expect(mine.data!.myScans.items).toEqual([{ serial: '00000044', lastPlace: '杭州市萧山区' }]);
  });

  it("puts a serial the batch never issued on the regulator's list, from any scan", async () => {
    expect(await warningOf(serial(99999998))).toBe('该序号不是本批次签发的');
    const regulator = await app.loginAs('demo-regulator');
    expect(await flagged(regulator)).toContainEqual(expect.objectContaining({ serial: '99999998', reason: '该序号不是本批次签发的' }));
  });

  it('lets a regulator clear a flag with a reason: off the list and the scan, and raised again only by new evidence', async () => {
    const regulator = await app.loginAs('demo-regulator');
    const flag = (await flagged(regulator)).find((f) => f.serial === '00000042')!;
    expect(refusal(await app.gql(CLEAR, { input: { flagId: flag.id, clearingNote: '到店核查' } }, producer.token))).toBe(
      'thrown:FORBIDDEN',
    );
    expect(errorCode(await app.gql(CLEAR, { input: { flagId: flag.id, clearingNote: '查' } }, regulator))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(CLEAR, { input: { flagId: '999999', clearingNote: '到店核查' } }, regulator))).toBe('NOT_FOUND');

    const cleared = await app.gql(
      CLEAR,
      { input: { flagId: flag.id, clearingNote: '到店核查：合作社开放日，二十位村民扫码体验' } },
      regulator,
    );
    expect(cleared.data!.clearCounterfeitFlag).toMatchObject({
      id: flag.id,
      clearedAt: expect.any(String),
      clearingNote: expect.stringContaining('开放日'),
    });
    expect(refusal(await app.gql(CLEAR, { input: { flagId: flag.id, clearingNote: '再解除一次' } }, regulator))).toBe(
      'FLAG_ALREADY_CLEARED',
    );
    expect((await flagged(regulator)).map((f) => f.serial)).not.toContain('00000042');
    const someone = await newPerson(app, [Role.CONSUMER]);
    expect(await warningOf(serial(42), someone.token)).toBeNull();

    // The twenty from before were looked into; twenty new people are new evidence.
    const more = await Promise.all(Array.from({ length: 19 }, () => newPerson(app, [Role.CONSUMER])));
    let warning: string | null = null;
    for (const person of more) warning = await warningOf(serial(42), person.token);
    expect(warning).toBe('一天内有 20 人扫过');
    expect((await flagged(regulator)).map((f) => f.serial)).toContain('00000042');

    // An unissued serial, once cleared, stays off the list; the scan still says what it is.
    const unissued = (await flagged(regulator)).find((f) => f.serial === '99999998')!;
    await app.gql(CLEAR, { input: { flagId: unissued.id, clearingNote: '商家打印标签时印错了序号' } }, regulator);
    expect(await warningOf(serial(99999998))).toBe('该序号不是本批次签发的');
    expect((await flagged(regulator)).map((f) => f.serial)).not.toContain('99999998');
  });

  it('logs anonymous scans from one address only up to a limit, still answering them', async () => {
    const trace = app.core.stores.get('trace').manager;
    const code = serial(45);
    const scanFrom = (remoteAddress: string) =>
      app.server.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        remoteAddress,
        payload: JSON.stringify({ query: SCAN_AT, variables: { code } }),
      });
    for (let i = 0; i < 65; i++) expect((await scanFrom('10.0.45.1')).statusCode).toBe(200);
    expect((await scanFrom('10.0.45.1')).json().data.scan).toEqual({ counterfeitWarning: null });
    expect(await trace.countBy(TraceScanLog, { serial: '00000045' })).toBe(60);
    await scanFrom('10.0.45.2');
    expect(await trace.countBy(TraceScanLog, { serial: '00000045' })).toBe(61);
  });
});

describe('my scans', () => {
  it('lists each code once, with how often and when it was last scanned, the latest first, a page at a time', async () => {
    const consumer = await newPerson(app, [Role.CONSUMER]);
    const scan = (code: string, regionCode?: string) =>
      app.gql(
        'query($code: String!, $regionCode: String) { scan(code: $code, regionCode: $regionCode) { __typename } }',
        { code, regionCode },
        consumer.token,
      );
    await scan('(01)04006381333931(10)L20261120(21)00000051');
    await scan('(01)04006381333931(10)L20261120');
    await scan('(01)04006381333931(10)L20261120(21)00000051', '330109');
    await scan('(01)04006381333931(10)L20261120(21)00000052');
    await scan('(01)04006381333931(10)L20261120');
    const MINE = `query($after: String) { myScans(first: 2, after: $after) { items { serial scans lastPlace link } nextCursor } }`;
    const first = (await app.gql(MINE, {}, consumer.token)).data!.myScans;
    expect(first.items).toEqual([
      { serial: null, scans: 2, lastPlace: null, link: expect.stringMatching(/\/10\/L20261120$/) },
      { serial: '00000052', scans: 1, lastPlace: null, link: expect.stringMatching(/\/21\/00000052$/) },
    ]);
    const next = (await app.gql(MINE, { after: first.nextCursor }, consumer.token)).data!.myScans;
    expect(next).toEqual({
      items: [{ serial: '00000051', scans: 2, lastPlace: '杭州市萧山区', link: expect.stringMatching(/\/21\/00000051$/) }],
      nextCursor: null,
    });
  });
});

describe('the scan, for anyone', () => {
  it('finds the product, batch and serial from a Digital Link, an element string or barcode data', async () => {
    for (const code of [
      'https://id.gs1.org/01/04006381333931/10/L20261120/21/00000007',
      '(01)04006381333931(10)L20261120(21)00000007',
      ']d2010400638133393110L20261120\u001d2100000007',
    ]) {
      const scanned = await app.gql(SCAN, { code });
      expect(scanned.data!.scan).toMatchObject({
        __typename: 'TraceScan',
        serial: '00000007',
        serialIssued: true,
        product: { gtin: '04006381333931', name: '戴村土鸡蛋' },
        batch: { lot: 'L20261120', productionDate: '2026-11-20' },
      });
    }
  });

  it('marks a serial the batch never issued', async () => {
    const scanned = await app.gql(SCAN, { code: '(01)04006381333931(10)L20261120(21)99999999' });
    expect(scanned.data!.scan).toMatchObject({ __typename: 'TraceScan', serialIssued: false });
  });

  it('says why a code is no good', async () => {
    const reason = async (code: string) => (await app.gql(SCAN, { code })).data!.scan.errorCode;
    expect(await reason('(01)04006381333932(10)L20261120')).toBe('BAD_CHECK_DIGIT');
    expect(await reason('(01)09506000134352')).toBe('UNKNOWN_PRODUCT');
    expect(await reason('(01)04006381333931(10)NOSUCHLOT')).toBe('UNKNOWN_LOT');
    expect(await reason('not a code')).toBe('UNREADABLE_CODE');
  });
});

describe('the Digital Link resolver', () => {
  const get = (url: string, headers: Record<string, string> = {}) => app.server.inject({ method: 'GET', url, headers });

  it('sends a browser to the scan page for the code', async () => {
    const response = await get('/01/04006381333931/10/L20261120/21/00000007');
    expect(response.statusCode).toBe(307);
    const location = new URL(response.headers.location as string);
    expect(location.hash).toMatch(/^#\/pages\/scan\/index\?code=/);
    expect(decodeURIComponent(location.hash.split('code=')[1])).toMatch(/\/01\/04006381333931\/10\/L20261120\/21\/00000007$/);
  });

  it('answers the GS1 linkset when asked', async () => {
    for (const response of [
      await get('/01/04006381333931/10/L20261120', { accept: 'application/linkset+json' }),
      await get('/01/04006381333931/10/L20261120?linkType=all'),
    ]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/linkset+json');
      const [set] = response.json().linkset;
      expect(set.anchor).toMatch(/\/01\/04006381333931\/10\/L20261120$/);
      expect(set['https://gs1.org/voc/defaultLink'][0].href).toContain('#/pages/scan/index?code=');
    }
  });

  it('falls back to the product for an unknown lot or serial', async () => {
    const lot = await get('/01/04006381333931/10/NOSUCHLOT?linkType=all');
    expect(lot.json().linkset[0].anchor).toMatch(/\/01\/04006381333931$/);
    const serial = await get('/01/04006381333931/10/L20261120/21/99999999?linkType=all');
    expect(serial.json().linkset[0].anchor).toMatch(/\/01\/04006381333931\/10\/L20261120$/);
  });

  it('is 404 for an unknown GTIN and 400 for an invalid one', async () => {
    expect((await get('/01/09506000134352')).statusCode).toBe(404);
    const invalid = await get('/01/04006381333932');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('BAD_CHECK_DIGIT');
  });
});
