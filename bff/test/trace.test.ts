import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/roles';
import { errorCode, refusal, startTestApp, type TestApp } from './helpers';
import { newPerson, uploadPhoto } from './workpoints-helpers';

const REGISTER_PRODUCT = `mutation($input: RegisterProductInput!) { registerTraceProduct(input: $input) { ... on TraceProduct { id gtin name } ... on ErrorResult { errorCode message } } }`;
const REGISTER_BATCH = `mutation($input: RegisterBatchInput!) { registerTraceBatch(input: $input) { ... on TraceBatch { id lot quantity } ... on ErrorResult { errorCode message } } }`;
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
      `query($code: String!) { scan(code: $code, log: false) { ... on TraceScan { events { bizStep place quantity note } } } }`,
      { code: `(01)0${GTIN}(10)L20261120` },
    );
    expect(chain.data!.scan.events.filter((e: { bizStep: string }) => e.bizStep === 'COMMISSIONING')).toEqual([
      { bizStep: 'COMMISSIONING', place: '戴村镇大石盖村', quantity: 10000, note: '单品序号 00000001–00010000' },
      { bizStep: 'COMMISSIONING', place: '戴村镇大石盖村', quantity: 10000, note: '单品序号 00010001–00020000' },
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
    const farm = await newPerson(app, [Role.MERCHANT]);
    const wholesaler = await newPerson(app, [Role.MERCHANT]);
    const [shopA, shopB] = await Promise.all([newPerson(app, [Role.MERCHANT]), newPerson(app, [Role.MERCHANT])]);
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

    const scanned = await app.gql(
      `query($code: String!) { scan(code: $code) { ... on TraceScan { events { bizStep quantity temperatureCelsius timeZoneOffset counterparty { id } } } } }`,
      { code: '(01)05901234123457(10)DG01' },
    );
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
    expect(events[1].counterparty.id).toBe(String(wholesaler.id));
    expect(events[2].counterparty.id).toBe(String(farm.id));
    expect(events[3]).toMatchObject({ temperatureCelsius: 4.5, timeZoneOffset: '+08:00' });
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
    await app.gql(SAMPLE, { input: result(true, '2026-11-01') }, regulator);
    const failed = await app.gql(SAMPLE, { input: result(false, '2026-10-01') }, regulator);
    expect(failed.data!.recordSamplingResult.passed).toBe(false);
    const unclassed = await app.gql(SAMPLE, { input: { ...result(false, '2026-10-02'), recallClass: null } }, regulator);
    expect(refusal(unclassed)).toBe('RECALL_CLASS_REQUIRED');
    const scanned = await app.gql(
      `query($code: String!) { scan(code: $code) { ... on TraceScan { samplings { passed sampledOn findings } } } }`,
      { code: '(01)04006381333931(10)L20261120' },
    );
    expect(scanned.data!.scan.samplings.map((s: { passed: boolean }) => s.passed)).toEqual([false, true]);
    expect(errorCode(await app.gql(SAMPLE, { input: { ...result(true, '2026-11-02'), batchId: '999999' } }, regulator))).toBe('NOT_FOUND');
  });

  it('is not for merchants to record', async () => {
    expect(errorCode(await app.gql(SAMPLE, { input: result(true, '2026-11-03') }, producer.token))).toBe('FORBIDDEN');
  });
});

describe('counterfeit flags', () => {
  const SCAN_AT = `query($code: String!, $place: String) { scan(code: $code, place: $place) { ... on TraceScan { counterfeitWarning } } }`;

  it('flags a serial scanned implausibly often, and the regulator sees it', async () => {
    const code = '(01)04006381333931(10)L20261120(21)00000042';
    let warning: string | null = null;
    for (let i = 0; i < 20; i++) warning = (await app.gql(SCAN_AT, { code })).data!.scan.counterfeitWarning;
    expect(warning).toBe('一天内被扫 20 次');
    const regulator = await app.loginAs('demo-regulator');
    const flags = await app.gql('{ counterfeitFlags(first: 10) { items { serial reason batch { lot } } } }', {}, regulator);
    expect(flags.data!.counterfeitFlags.items).toContainEqual({
      serial: '00000042',
      reason: '一天内被扫 20 次',
      batch: { lot: 'L20261120' },
    });
    expect(errorCode(await app.gql('{ counterfeitFlags(first: 10) { items { serial } } }', {}, producer.token))).toBe('FORBIDDEN');
  });

  it('flags a serial scanned from far-apart places within a week', async () => {
    const code = '(01)04006381333931(10)L20261120(21)00000043';
    const places = ['杭州市萧山区', '温州市鹿城区', '广州市天河区', '成都市武侯区'];
    const warnings = [];
    for (const place of places) warnings.push((await app.gql(SCAN_AT, { code, place })).data!.scan.counterfeitWarning);
    expect(warnings).toEqual([null, null, null, '一周内在 4 个地方被扫']);
  });

  it('warns about a serial the batch never issued', async () => {
    const scanned = await app.gql(SCAN_AT, { code: '(01)04006381333931(10)L20261120(21)99999998' });
    expect(scanned.data!.scan.counterfeitWarning).toBe('该序号不是本批次签发的');
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
