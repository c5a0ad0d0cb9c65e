import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/roles';
import { Complaint } from '../src/modules/complaints/complaints.entity';
import { creditCodeCheckChar } from '@gongfu/shared-types/domain/credit-code';
import { CreditComplaintOutcome } from '../src/modules/credit/credit.entity';
import { runDeadlineJob } from '../src/modules/complaints/deadline.job';
import { WorkingCalendar } from '../src/modules/complaints/working-days';
import { ManualClock } from '../src/core/clock';
import { errorCode, refusal, startTestApp, type TestApp } from './helpers';
import { newPerson, uploadPhoto } from './workpoints-helpers';

const REGISTER = `mutation($input: RegisterMerchantInput!) { registerMerchant(input: $input) { ... on Merchant { id creditCode odr } ... on ErrorResult { errorCode message } } }`;
const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { ... on Complaint { id status deadline { stage dueAt workingDaysLeft paused } } ... on ErrorResult { errorCode message } } }`;
const DETAIL = `query($id: ID!) {
  complaint(id: $id) {
    id status myParty evidence rating merchantOverdue
    consumer { displayName phone }
    deadline { stage dueAt paused workingDaysLeft overdue }
    messages { party authorName body attachments }
    settlements { id status amountFen }
    audit { party action fromStatus toStatus actorName }
  }
}`;
const ACCEPT = `mutation($input: AcceptComplaintInput!) { acceptComplaint(input: $input) { ... on Complaint { id status deadline { stage } } ... on ErrorResult { errorCode message } } }`;
const DECLINE = `mutation($input: DeclineComplaintInput!) { declineComplaint(input: $input) { ... on Complaint { id status declineReason } ... on ErrorResult { errorCode message } } }`;
const POST = `mutation($input: PostComplaintMessageInput!) { postComplaintMessage(input: $input) { ... on ComplaintMessage { id party } ... on ErrorResult { errorCode message } } }`;
const PROPOSE = `mutation($input: ProposeSettlementInput!) { proposeSettlement(input: $input) { ... on ComplaintSettlement { id status } ... on ErrorResult { errorCode message } } }`;
const RESPOND = `mutation($input: RespondToSettlementInput!) { respondToSettlement(input: $input) { ... on Complaint { id status deadline { paused dueAt } } ... on ErrorResult { errorCode message } } }`;
const MEDIATE = `mutation($input: RequestMediationInput!) { requestMediation(input: $input) { ... on Complaint { id status deadline { stage } } ... on ErrorResult { errorCode message } } }`;
const RECORD = `mutation($input: RecordMediationInput!) { recordMediation(input: $input) { ... on Complaint { id status mediationOutcome } ... on ErrorResult { errorCode message } } }`;
const RATE = `mutation($input: RateComplaintInput!) { rateComplaintOutcome(input: $input) { ... on Complaint { id rating } ... on ErrorResult { errorCode message } } }`;
const WITHDRAW = `mutation($input: WithdrawComplaintInput!) { withdrawComplaint(input: $input) { ... on Complaint { id status } ... on ErrorResult { errorCode message } } }`;

type Person = { id: number; token: string; displayName: string };
let app: TestApp;
let regulator: string;
let codeSeq = 0;

/** A credit code with a correct check character, different each call. */
function creditCode(): string {
  const body = `91330109MA2${String(Date.now() % 1e5).padStart(5, '0')}${(++codeSeq % 10).toString()}`;
  return body + creditCodeCheckChar(body);
}

async function business(agent: Person, odr: boolean): Promise<string> {
  const made = await app.gql(
    REGISTER,
    { input: { creditCode: creditCode(), name: `测试商行${codeSeq}`, address: '杭州市萧山区测试路 1 号', licenceScope: '食品销售', odr } },
    agent.token,
  );
  expect(made.errors).toBeUndefined();
  return made.data!.registerMerchant.id;
}

const complaintInput = (merchantId: string, extra: Record<string, unknown> = {}) => ({
  input: {
    merchantId,
    category: 'FOOD_SAFETY',
    narrative: '11 月 20 日买的土鸡蛋，打开发现三个是臭的，要求退款。',
    demand: 'REFUND',
    amountFen: 3600,
    source: 'SEARCH',
    idempotencyKey: randomUUID(),
    ...extra,
  },
});

async function file(consumer: Person, merchantId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const filed = await app.gql(FILE, complaintInput(merchantId, extra), consumer.token);
  expect(filed.errors).toBeUndefined();
  return filed.data!.fileComplaint.id;
}

const detail = async (id: string, token: string) => (await app.gql(DETAIL, { id }, token)).data?.complaint;

beforeAll(async () => {
  app = await startTestApp({ OUTBOX_POLL_MS: '60000' });
  regulator = await app.loginAs('demo-regulator');
});
afterAll(() => app?.close());

describe('merchants', () => {
  it('register with a valid credit code, once, and only merchant accounts', async () => {
    const agent = await newPerson(app, [Role.MERCHANT]);
    const code = creditCode();
    const made = await app.gql(
      REGISTER,
      { input: { creditCode: code.toLowerCase(), name: '戴村豆腐坊', address: '戴村镇老街 8 号', licenceScope: '豆制品', odr: true } },
      agent.token,
    );
    expect(made.data!.registerMerchant).toMatchObject({ creditCode: code, odr: true });
    const again = await app.gql(
      REGISTER,
      { input: { creditCode: code, name: '另一家', address: '戴村镇老街 9 号', licenceScope: '豆制品', odr: true } },
      agent.token,
    );
    expect(refusal(again)).toBe('CREDIT_CODE_TAKEN');
    const corrupted = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const bad = await app.gql(
      REGISTER,
      { input: { creditCode: corrupted, name: '坏代码', address: '戴村镇老街 9 号', licenceScope: '豆制品', odr: true } },
      agent.token,
    );
    expect(refusal(bad)).toBe('CREDIT_CODE_CHECK');
    const consumer = await newPerson(app, [Role.CONSUMER]);
    expect(
      errorCode(
        await app.gql(
          REGISTER,
          { input: { creditCode: creditCode(), name: '无权', address: '戴村镇老街 9 号', licenceScope: '豆制品', odr: true } },
          consumer.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const found = await app.gql(`query($q: String!) { searchMerchants(query: $q) { items { id name } } }`, { q: code }, consumer.token);
    expect(found.data!.searchMerchants.items).toEqual([{ id: made.data!.registerMerchant.id, name: '戴村豆腐坊' }]);
    const byName = await app.gql(
      `query($q: String!) { searchMerchants(query: $q) { items { name accountId } } }`,
      { q: '豆腐' },
      consumer.token,
    );
    expect(byName.data!.searchMerchants.items).toContainEqual({ name: '戴村豆腐坊', accountId: null });
    // A shipper finds the receiving business by name and ships to the account that acts for it.
    const shipper = await newPerson(app, [Role.MERCHANT]);
    const forShipping = await app.gql(
      `query($q: String!) { searchMerchants(query: $q) { items { name accountId } } }`,
      { q: '豆腐' },
      shipper.token,
    );
    expect(forShipping.data!.searchMerchants.items).toContainEqual({ name: '戴村豆腐坊', accountId: String(agent.id) });
  });
});

describe('a complaint against an ODR merchant, settled between the two', () => {
  let consumer: Person, agent: Person, otherAgent: Person;
  let merchantId: string, complaintId: string, photo: string;

  beforeAll(async () => {
    [consumer, agent, otherAgent] = await Promise.all([
      newPerson(app, [Role.CONSUMER]),
      newPerson(app, [Role.MERCHANT]),
      newPerson(app, [Role.MERCHANT]),
    ]);
    merchantId = await business(agent, true);
    await business(otherAgent, true);
    photo = await uploadPhoto(app, consumer.token);
    complaintId = await file(consumer, merchantId, { evidence: [photo] });
  });

  it('goes straight to the merchant, with a 10-working-day clock', async () => {
    const seen = await detail(complaintId, consumer.token);
    expect(seen).toMatchObject({ status: 'NEGOTIATING', myParty: 'CONSUMER', evidence: [photo] });
    expect(seen.deadline).toMatchObject({ stage: '协商', paused: false, overdue: false, workingDaysLeft: 10 });
    expect(seen.audit).toEqual([expect.objectContaining({ action: 'FILED', toStatus: 'NEGOTIATING', party: 'CONSUMER' })]);
  });

  it('shows the merchant a masked consumer, and no other merchant anything', async () => {
    const seen = await detail(complaintId, agent.token);
    expect(seen.myParty).toBe('MERCHANT');
    expect(seen.consumer.displayName).toMatch(/^村\*+\d?$|^村\*/);
    expect(seen.consumer.displayName).not.toBe(consumer.displayName);
    expect(errorCode(await app.gql(DETAIL, { id: complaintId }, otherAgent.token))).toBe('NOT_COMPLAINT_PARTY');
    expect(refusal(await app.gql(POST, { input: { complaintId, body: '我来回答' } }, otherAgent.token))).toBe('NOT_COMPLAINT_PARTY');
    expect(
      refusal(await app.gql(PROPOSE, { input: { complaintId, remedy: 'REFUND', amountFen: 100, terms: '退一块钱' } }, otherAgent.token)),
    ).toBe('NOT_COMPLAINT_PARTY');
  });

  it('keeps the evidence to the two parties and regulators', async () => {
    const read = (token: string) => app.server.inject({ url: `/files/${photo}`, headers: { authorization: `Bearer ${token}` } });
    expect((await read(consumer.token)).statusCode).toBe(200);
    expect((await read(agent.token)).statusCode).toBe(200);
    expect((await read(regulator)).statusCode).toBe(200);
    expect((await read(otherAgent.token)).statusCode).toBe(403);
    const cadre = await newPerson(app, [Role.VILLAGE_ADMIN]);
    expect((await read(cadre.token)).statusCode).toBe(403);
  });

  it('tells the merchant of the new complaint', async () => {
    await app.core.events.drain();
    const notices = await app.gql(`{ myNotices(first: 5) { items { kind title link } } }`, {}, agent.token);
    expect(notices.data!.myNotices.items[0]).toMatchObject({
      kind: 'COMPLAINT',
      link: `/packages/merchant/pages/complaint/index?id=${complaintId}`,
    });
  });

  it('stops the clock while an offer waits on the consumer, and runs it again when declined', async () => {
    const reply = await app.gql(POST, { input: { complaintId, body: '非常抱歉，我们核实一下。' } }, agent.token);
    expect(reply.data!.postComplaintMessage.party).toBe('MERCHANT');
    expect(
      errorCode(await app.gql(PROPOSE, { input: { complaintId, remedy: 'REFUND', amountFen: 1000, terms: '退 10 元' } }, consumer.token)),
    ).toBe('FORBIDDEN');
    const offer = await app.gql(PROPOSE, { input: { complaintId, remedy: 'REFUND', amountFen: 1000, terms: '退 10 元' } }, agent.token);
    expect(offer.data!.proposeSettlement.status).toBe('PROPOSED');
    expect(
      refusal(await app.gql(PROPOSE, { input: { complaintId, remedy: 'REFUND', amountFen: 2000, terms: '退 20 元' } }, agent.token)),
    ).toBe('SETTLEMENT_PENDING');
    expect((await detail(complaintId, consumer.token)).deadline).toMatchObject({ paused: true, dueAt: null, workingDaysLeft: 10 });
    const settlementId = offer.data!.proposeSettlement.id;
    expect(refusal(await app.gql(RESPOND, { input: { settlementId, accept: true } }, agent.token))).toBe('ILLEGAL_TRANSITION');
    const declined = await app.gql(RESPOND, { input: { settlementId, accept: false, note: '只退 10 元不够' } }, consumer.token);
    expect(declined.data!.respondToSettlement).toMatchObject({ status: 'NEGOTIATING', deadline: { paused: false } });
    expect(refusal(await app.gql(RESPOND, { input: { settlementId, accept: true } }, consumer.token))).toBe('SETTLEMENT_NOT_PENDING');
  });

  it("settles when the consumer accepts, once rated, and records the outcome for the merchant's credit", async () => {
    const offer = await app.gql(
      PROPOSE,
      { input: { complaintId, remedy: 'REFUND', amountFen: 3600, terms: '全额退 36 元，今天转账' } },
      agent.token,
    );
    const settled = await app.gql(RESPOND, { input: { settlementId: offer.data!.proposeSettlement.id, accept: true } }, consumer.token);
    expect(settled.data!.respondToSettlement.status).toBe('SETTLED');
    expect(refusal(await app.gql(POST, { input: { complaintId, body: '还有一事' } }, consumer.token))).toBe('ILLEGAL_TRANSITION');
    expect(refusal(await app.gql(MEDIATE, { input: { complaintId, note: '反悔了' } }, consumer.token))).toBe('ILLEGAL_TRANSITION');
    expect(refusal(await app.gql(RATE, { input: { complaintId, stars: 5 } }, agent.token))).toBe('ILLEGAL_TRANSITION');
    expect(errorCode(await app.gql(RATE, { input: { complaintId, stars: 6 } }, consumer.token))).toBe('BAD_USER_INPUT');
    const resolvedAt = (await app.core.stores.get('market').manager.findOneByOrFail(Complaint, { id: Number(complaintId) })).resolvedAt;
    expect(
      (await app.gql(RATE, { input: { complaintId, stars: 5, comment: '处理很快' } }, consumer.token)).data!.rateComplaintOutcome.rating,
    ).toBe(5);
    // Rating later does not move when it was resolved.
    expect((await app.core.stores.get('market').manager.findOneByOrFail(Complaint, { id: Number(complaintId) })).resolvedAt).toEqual(
      resolvedAt,
    );
    expect(refusal(await app.gql(RATE, { input: { complaintId, stars: 4 } }, consumer.token))).toBe('ALREADY_RATED');
    await app.core.events.drain();
    const outcome = await app.core.stores.get('credit').manager.findOneBy(CreditComplaintOutcome, { complaintId: Number(complaintId) });
    expect(outcome).toMatchObject({ outcome: 'SETTLED', merchantOverdue: false, merchantId: Number(merchantId) });
    const trail = (await detail(complaintId, agent.token)).audit.map((a: { action: string }) => a.action);
    expect(trail).toEqual(['FILED', 'MESSAGE', 'PROPOSED', 'SETTLEMENT_DECLINED', 'PROPOSED', 'SETTLEMENT_ACCEPTED', 'RATED']);
  });

  it("counts it in the regulator's figure for this month", async () => {
    const stats = await app.gql(
      `{ complaintStats { thisMonth { month resolved medianWorkingDays } lastMonth { resolved } missingCalendarYears } }`,
      {},
      regulator,
    );
    expect(stats.data!.complaintStats.thisMonth.resolved).toBeGreaterThanOrEqual(1);
    expect(stats.data!.complaintStats.thisMonth.medianWorkingDays).toBeGreaterThanOrEqual(0);
    expect(errorCode(await app.gql(`{ complaintStats { missingCalendarYears } }`, {}, consumer.token))).toBe('FORBIDDEN');
  });
});

describe('a complaint against a merchant outside ODR', () => {
  let consumer: Person, agent: Person;
  let merchantId: string;

  beforeAll(async () => {
    [consumer, agent] = await Promise.all([newPerson(app, [Role.CONSUMER]), newPerson(app, [Role.MERCHANT])]);
    merchantId = await business(agent, false);
  });

  it('waits for a regulator, hidden from the merchant until accepted', async () => {
    const id = await file(consumer, merchantId);
    expect((await detail(id, consumer.token)).deadline).toMatchObject({ stage: '受理', workingDaysLeft: 7 });
    expect(errorCode(await app.gql(DETAIL, { id }, agent.token))).toBe('NOT_COMPLAINT_PARTY');
    const queue = await app.gql(`{ complaintAcceptanceQueue(first: 50) { items { id } } }`, {}, regulator);
    expect(queue.data!.complaintAcceptanceQueue.items.map((c: { id: string }) => c.id)).toContain(id);
    expect(errorCode(await app.gql(ACCEPT, { input: { complaintId: id } }, agent.token))).toBe('FORBIDDEN');
    await app.core.events.drain();
    const told = await app.gql(`{ myNotices(first: 50) { items { title link } } }`, {}, regulator);
    expect(told.data!.myNotices.items).toContainEqual({
      title: expect.stringContaining(`投诉 #${id}`),
      link: `/packages/regulator/pages/complaint/index?id=${id}`,
    });
    const accepted = await app.gql(ACCEPT, { input: { complaintId: id, note: '转商家协商' } }, regulator);
    expect(accepted.data!.acceptComplaint).toMatchObject({ status: 'NEGOTIATING', deadline: { stage: '协商' } });
    expect(refusal(await app.gql(ACCEPT, { input: { complaintId: id } }, regulator))).toBe('ILLEGAL_TRANSITION');
    expect((await detail(id, agent.token)).myParty).toBe('MERCHANT');
  });

  it('can be declined with a 12315 reason, and then nothing more happens to it', async () => {
    const id = await file(consumer, merchantId);
    const declined = await app.gql(DECLINE, { input: { complaintId: id, reason: 'IN_COURT', note: '已向法院起诉' } }, regulator);
    expect(declined.data!.declineComplaint).toMatchObject({ status: 'DECLINED', declineReason: 'IN_COURT' });
    expect(refusal(await app.gql(ACCEPT, { input: { complaintId: id } }, regulator))).toBe('ILLEGAL_TRANSITION');
    expect(refusal(await app.gql(WITHDRAW, { input: { complaintId: id } }, consumer.token))).toBe('ILLEGAL_TRANSITION');
  });

  it("goes to mediation when a side asks, and closes with the regulator's outcome", async () => {
    const id = await file(consumer, merchantId);
    await app.gql(ACCEPT, { input: { complaintId: id } }, regulator);
    expect(refusal(await app.gql(POST, { input: { complaintId: id, body: '监管留言' } }, regulator))).toBe('ILLEGAL_TRANSITION');
    expect(
      refusal(
        await app.gql(
          RECORD,
          { input: { complaintId: id, outcome: 'AGREEMENT', summary: '达成协议', inConsumersFavour: true } },
          regulator,
        ),
      ),
    ).toBe('ILLEGAL_TRANSITION');
    await app.core.events.drain();
    const toldAccepted = await app.gql(`{ myNotices(first: 50) { items { title body } } }`, {}, consumer.token);
    // Said once: the notice does not repeat a note nobody wrote.
    expect(toldAccepted.data!.myNotices.items).toContainEqual({
      title: expect.stringContaining(`投诉 #${id}`),
      body: '市场监管部门已受理您的投诉，已转商家协商',
    });
    const asked = await app.gql(MEDIATE, { input: { complaintId: id, note: '谈不拢，请监管部门调解' } }, agent.token);
    expect(asked.data!.requestMediation).toMatchObject({ status: 'MEDIATING', deadline: { stage: '调解' } });
    expect(
      (await app.gql(POST, { input: { complaintId: id, body: '请双方 11 月 30 日到所里调解' } }, regulator)).data!.postComplaintMessage
        .party,
    ).toBe('REGULATOR');
    const done = await app.gql(
      RECORD,
      { input: { complaintId: id, outcome: 'AGREEMENT', summary: '商家退款 36 元', inConsumersFavour: true } },
      regulator,
    );
    expect(done.data!.recordMediation).toMatchObject({ status: 'MEDIATED', mediationOutcome: 'AGREEMENT' });
    await app.core.events.drain();
    const outcome = await app.core.stores.get('credit').manager.findOneBy(CreditComplaintOutcome, { complaintId: Number(id) });
    expect(outcome?.outcome).toBe('MEDIATED_FOR_CONSUMER');
    const seen = await detail(id, consumer.token);
    expect(seen.messages.map((msg: { authorName: string }) => msg.authorName)).toEqual(['市场监管部门']);
  });

  it('never shows the merchant a complaint withdrawn before a regulator accepted it', async () => {
    const photo = await uploadPhoto(app, consumer.token);
    const id = await file(consumer, merchantId, { evidence: [photo] });
    await app.gql(WITHDRAW, { input: { complaintId: id, note: '想了想算了' } }, consumer.token);
    expect(errorCode(await app.gql(DETAIL, { id }, agent.token))).toBe('NOT_COMPLAINT_PARTY');
    const inbox = await app.gql(`{ merchantComplaintInbox(first: 50, openOnly: false) { items { id } } }`, {}, agent.token);
    expect(inbox.data!.merchantComplaintInbox.items.map((c: { id: string }) => c.id)).not.toContain(id);
    const read = await app.server.inject({ url: `/files/${photo}`, headers: { authorization: `Bearer ${agent.token}` } });
    expect(read.statusCode).toBe(403);
    await app.core.events.drain();
    const told = await app.gql(`{ myNotices(first: 50) { items { title } } }`, {}, agent.token);
    expect(told.data!.myNotices.items.map((n: { title: string }) => n.title).join()).not.toContain(`投诉 #${id}`);
  });

  it('lets the consumer withdraw an open complaint', async () => {
    const id = await file(consumer, merchantId);
    expect(
      (await app.gql(WITHDRAW, { input: { complaintId: id, note: '商家已经退了' } }, consumer.token)).data!.withdrawComplaint.status,
    ).toBe('WITHDRAWN');
    // Not yet accepted, so not the merchant's at all.
    expect(refusal(await app.gql(WITHDRAW, { input: { complaintId: id } }, agent.token))).toBe('NOT_COMPLAINT_PARTY');
  });
});

describe('the thread', () => {
  it('takes messages sent at once, and they never refuse the transition made meanwhile', async () => {
    const [consumer, agent] = await Promise.all([newPerson(app, [Role.CONSUMER]), newPerson(app, [Role.MERCHANT])]);
    const complaintId = await file(consumer, await business(agent, true));
    const versionOf = async () =>
      (await app.core.stores.get('market').manager.findOneByOrFail(Complaint, { id: Number(complaintId) })).version;
    const before = await versionOf();
    const offer = app.gql(PROPOSE, { input: { complaintId, remedy: 'REFUND', amountFen: 1000, terms: '退 10 元' } }, agent.token);
    const sent = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        app.gql(POST, { input: { complaintId, body: `第 ${i + 1} 条留言` } }, i % 2 ? agent.token : consumer.token),
      ),
    );
    expect((await offer).data!.proposeSettlement.status).toBe('PROPOSED');
    expect(sent.map((r) => r.data?.postComplaintMessage.party ?? r.data?.postComplaintMessage.errorCode)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? 'MERCHANT' : 'CONSUMER')),
    );
    // Only the offer moved the complaint on.
    expect(await versionOf()).toBe(before + 1);
    expect((await detail(complaintId, consumer.token)).messages).toHaveLength(12);
    await app.core.events.drain();
    const told = await app.gql(`{ myNotices(first: 50) { items { title body } } }`, {}, consumer.token);
    expect(told.data!.myNotices.items).toContainEqual({
      title: expect.stringContaining(`投诉 #${complaintId}`),
      body: '商家回复了您的投诉：“第 2 条留言”',
    });
  });
});

describe('filing', () => {
  it('files once for a double tap, and refuses bad evidence, own business and odd amounts', async () => {
    const [consumer, agent] = await Promise.all([newPerson(app, [Role.CONSUMER]), newPerson(app, [Role.MERCHANT, Role.CONSUMER])]);
    const merchantId = await business(agent, true);
    const input = complaintInput(merchantId);
    const both = await Promise.all([app.gql(FILE, input, consumer.token), app.gql(FILE, input, consumer.token)]);
    expect(both[0].data!.fileComplaint.id).toBe(both[1].data!.fileComplaint.id);
    expect(await app.core.stores.get('market').manager.countBy(Complaint, { consumerId: consumer.id })).toBe(1);

    const others = await uploadPhoto(app, agent.token);
    expect(refusal(await app.gql(FILE, complaintInput(merchantId, { evidence: [others] }), consumer.token))).toBe('EVIDENCE_INVALID');
    expect(refusal(await app.gql(FILE, complaintInput(merchantId), agent.token))).toBe('CANNOT_COMPLAIN_ABOUT_OWN_BUSINESS');
    expect(refusal(await app.gql(FILE, complaintInput(merchantId, { demand: 'APOLOGY', amountFen: 100 }), consumer.token))).toBe(
      'AMOUNT_NOT_ALLOWED',
    );
    expect(errorCode(await app.gql(FILE, complaintInput(merchantId, { amountFen: -1 }), consumer.token))).toBe('BAD_USER_INPUT');
    expect(refusal(await app.gql(FILE, complaintInput('999999'), consumer.token))).toBe('MERCHANT_NOT_FOUND');
    expect(errorCode(await app.gql(FILE, complaintInput(merchantId)))).toBe('UNAUTHENTICATED');
  });

  it('finds the maker of a scanned product', async () => {
    const consumer = await newPerson(app, [Role.CONSUMER]);
    const found = await app.gql(
      `query($code: String!) { merchantForTraceCode(code: $code) { name odr } }`,
      { code: '(01)06901234567892(10)L20261120' },
      consumer.token,
    );
    expect(found.data!.merchantForTraceCode).toEqual({ name: '萧山区戴村土鸡蛋专业合作社', odr: true });
  });
});

describe('deadlines', () => {
  it('escalates an overdue negotiation to mediation once, marking the merchant, and warns a day before', async () => {
    const [consumer, agent] = await Promise.all([newPerson(app, [Role.CONSUMER]), newPerson(app, [Role.MERCHANT])]);
    const merchantId = await business(agent, true);
    const late = await file(consumer, merchantId);
    const soon = await file(consumer, merchantId);
    const market = app.core.stores.get('market').manager;
    const now = new Date();
    await market.update(Complaint, { id: Number(late) }, { dueAt: new Date(now.getTime() - 1000) });
    await market.update(Complaint, { id: Number(soon) }, { dueAt: new Date(now.getTime() + 12 * 3600 * 1000) });

    const runs = await Promise.all([runDeadlineJob(app.systemContext('test:job')), runDeadlineJob(app.systemContext('test:job'))]);
    expect(runs.reduce((n, r) => n + r.escalated, 0)).toBe(1);
    expect(runs.reduce((n, r) => n + r.warned, 0)).toBe(1);
    const escalated = await detail(late, consumer.token);
    expect(escalated).toMatchObject({ status: 'MEDIATING', merchantOverdue: true });
    expect(escalated.audit.at(-1)).toMatchObject({ action: 'ESCALATED_OVERDUE', party: 'SYSTEM', actorName: '系统' });
    expect((await detail(soon, consumer.token)).status).toBe('NEGOTIATING');

    await app.core.events.drain();
    const notices = await app.gql(`{ myNotices(first: 10) { items { title } } }`, {}, agent.token);
    expect(notices.data!.myNotices.items.map((n: { title: string }) => n.title)).toContain(`投诉 #${soon} 明天到期`);
    const overdue = await app.gql(`{ overdueComplaints(first: 50) { items { id } } }`, {}, regulator);
    expect(overdue.data!.overdueComplaints.items.map((c: { id: string }) => c.id)).not.toContain(late);
    await market.update(Complaint, { id: Number(late) }, { dueAt: new Date(now.getTime() - 1000) });
    const overdueNow = await app.gql(`{ overdueComplaints(first: 50) { items { id deadline { overdue } } } }`, {}, regulator);
    expect(overdueNow.data!.overdueComplaints.items).toContainEqual({ id: late, deadline: { overdue: true } });
  });

  it('counts working days across National Day and its make-up Saturday, and mediation from the acceptance', async () => {
    const [consumer, agent] = await Promise.all([newPerson(app, [Role.CONSUMER]), newPerson(app, [Role.MERCHANT])]);
    const merchantId = await business(agent, true);
    const id = await file(consumer, merchantId);
    const calendar = app.core.services.get(WorkingCalendar);
    const acceptedAt = new Date('2026-09-30T10:00:00+08:00');
    // 10 working days after 30 September: 8, 9, 10 (a make-up Saturday), 12–16, 19 and 20 October.
    expect(calendar.addWorkingDays(acceptedAt, 10).toISOString()).toBe('2026-10-20T15:59:59.000Z');
    await app.core.stores
      .get('market')
      .manager.update(Complaint, { id: Number(id) }, { stageStartedAt: acceptedAt, dueAt: calendar.addWorkingDays(acceptedAt, 10) });
    const mediating = await app.gql(
      `mutation($input: RequestMediationInput!) { requestMediation(input: $input) { ... on Complaint { deadline { dueAt } } ... on ErrorResult { errorCode message } } }`,
      { input: { complaintId: id, note: '请调解' } },
      consumer.token,
    );
    expect(mediating.data!.requestMediation.deadline.dueAt).toBe(calendar.addWorkingDays(acceptedAt, 45).toISOString());
  });

  it('refuses an offer made after the negotiation ran out, and a regulator deciding a case of their own', async () => {
    const [consumer, agent] = await Promise.all([newPerson(app, [Role.CONSUMER]), newPerson(app, [Role.MERCHANT])]);
    const merchantId = await business(agent, true);
    const id = await file(consumer, merchantId);
    await app.core.stores.get('market').manager.update(Complaint, { id: Number(id) }, { dueAt: new Date(Date.now() - 1000) });
    const late = await app.gql(PROPOSE, { input: { complaintId: id, remedy: 'REFUND', amountFen: 100, terms: '退 1 元' } }, agent.token);
    expect(refusal(late)).toBe('DEADLINE_PASSED');

    const [regulatorConsumer, stall] = await Promise.all([
      newPerson(app, [Role.REGULATOR, Role.CONSUMER]),
      newPerson(app, [Role.MERCHANT]),
    ]);
    const stallId = await business(stall, false);
    const own = await file(regulatorConsumer, stallId);
    expect(refusal(await app.gql(ACCEPT, { input: { complaintId: own } }, regulatorConsumer.token))).toBe('OWN_CASE');
    expect((await app.gql(ACCEPT, { input: { complaintId: own } }, regulator)).data!.acceptComplaint.status).toBe('NEGOTIATING');
  });

  it('keeps time by the clock the app is given: ten working days later the job escalates', async () => {
    const clock = new ManualClock(new Date('2026-11-02T09:00:00+08:00'));
    const timed = await startTestApp({}, { overrides: { clock } });
    try {
      const consumer = await newPerson(timed, [Role.CONSUMER]);
      const agent = await newPerson(timed, [Role.MERCHANT]);
      const registered = await timed.gql(
        REGISTER,
        {
          input: {
            creditCode: creditCode(),
            name: '按时钟测试的商行',
            address: '杭州市萧山区测试路 2 号',
            licenceScope: '食品销售',
            odr: true,
          },
        },
        agent.token,
      );
      const filed = await timed.gql(FILE, complaintInput(registered.data!.registerMerchant.id), consumer.token);
      // Ten working days from Monday 2 November: 3–6, 9–13 and 16 November, to its last second.
      expect(filed.data!.fileComplaint.deadline).toMatchObject({ stage: '协商', workingDaysLeft: 10, dueAt: '2026-11-16T15:59:59.000Z' });
      const job = () => runDeadlineJob(timed.systemContext('test:job'));
      clock.set(new Date('2026-11-13T12:00:00+08:00'));
      expect(await job()).toEqual({ escalated: 0, warned: 0 });
      clock.set(new Date('2026-11-16T09:00:00+08:00'));
      expect(await job()).toEqual({ escalated: 0, warned: 1 });
      clock.set(new Date('2026-11-17T09:00:00+08:00'));
      expect(await job()).toEqual({ escalated: 1, warned: 0 });
      // A week's login has run out by the clock too: the regulator signs in now.
      const reviewer = await newPerson(timed, [Role.REGULATOR]);
      const after = await timed.gql(DETAIL, { id: filed.data!.fileComplaint.id }, reviewer.token);
      expect(after.data!.complaint).toMatchObject({ status: 'MEDIATING', merchantOverdue: true });
    } finally {
      await timed.close();
    }
  });

  it("sorts the merchant's inbox by deadline, soonest first", async () => {
    const [consumer, agent] = await Promise.all([newPerson(app, [Role.CONSUMER]), newPerson(app, [Role.MERCHANT])]);
    const merchantId = await business(agent, true);
    const ids = [await file(consumer, merchantId), await file(consumer, merchantId), await file(consumer, merchantId)];
    const market = app.core.stores.get('market').manager;
    const base = Date.now() + 5 * 24 * 3600 * 1000;
    await market.update(Complaint, { id: Number(ids[0]) }, { dueAt: new Date(base + 3000) });
    await market.update(Complaint, { id: Number(ids[1]) }, { dueAt: new Date(base + 1000) });
    await market.update(Complaint, { id: Number(ids[2]) }, { dueAt: new Date(base + 2000) });
    const first = await app.gql(`{ merchantComplaintInbox(first: 2) { items { id } nextCursor } }`, {}, agent.token);
    expect(first.data!.merchantComplaintInbox.items.map((c: { id: string }) => c.id)).toEqual([ids[1], ids[2]]);
    const rest = await app.gql(
      `query($after: String) { merchantComplaintInbox(first: 2, after: $after) { items { id } nextCursor } }`,
      { after: first.data!.merchantComplaintInbox.nextCursor },
      agent.token,
    );
    expect(rest.data!.merchantComplaintInbox).toEqual({ items: [{ id: ids[0] }], nextCursor: null });
  });
});
