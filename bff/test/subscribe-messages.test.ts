import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '@gongfu/shared-types/domain/credit-code';
import { errorCode, startTestApp, type TestApp } from './helpers';

let app: TestApp;
const ALLOW = `mutation($kinds: [NoticeKind!]!) { allowNoticeSubscriptions(kinds: $kinds) }`;

beforeAll(async () => {
  app = await startTestApp({ OUTBOX_POLL_MS: '60000', WECHAT_TEMPLATE_COMPLAINT: 'tpl-complaint-1' });
});
afterAll(() => app?.close());

/** Files a complaint as `consumer` against a fresh ODR business run by `merchant`, and has the merchant reply. */
async function replyTo(consumerToken: string, merchantToken: string, body: string): Promise<string> {
  const base = `91330109MA2${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const registered = await app.gql(
    `mutation($input: RegisterMerchantInput!) { registerMerchant(input: $input) { ... on Merchant { id } ... on ErrorResult { errorCode message } } }`,
    {
      input: {
        creditCode: base + creditCodeCheckChar(base),
        name: '订阅测试商行',
        address: '杭州市萧山区测试路 2 号',
        licenceScope: '食品',
        odr: true,
      },
    },
    merchantToken,
  );
  const filed = await app.gql(
    `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { ... on Complaint { id } ... on ErrorResult { errorCode message } } }`,
    {
      input: {
        merchantId: registered.data!.registerMerchant.id,
        category: 'QUALITY',
        narrative: '买的鸭蛋有一半是破的，商家不给换。',
        demand: 'REPLACEMENT',
        amountFen: 0,
        source: 'SEARCH',
        idempotencyKey: randomUUID(),
      },
    },
    consumerToken,
  );
  const id = filed.data!.fileComplaint.id;
  await app.gql(
    `mutation($input: PostComplaintMessageInput!) { postComplaintMessage(input: $input) { ... on ComplaintMessage { id } ... on ErrorResult { errorCode message } } }`,
    { input: { complaintId: id, body } },
    merchantToken,
  );
  await app.core.events.drain();
  return id;
}

describe('WeChat subscribe messages', () => {
  it('pushes a notice once per allowance, through a cached access token, refreshed when stale', async () => {
    const consumer = await app.loginAs(`sub-${randomUUID()}`);
    const merchant = await app.loginAs('demo-merchant');
    expect((await app.gql(`{ subscribeTemplates { kind templateId } }`, {}, consumer)).data!.subscribeTemplates).toEqual([
      { kind: 'COMPLAINT', templateId: 'tpl-complaint-1' },
    ]);
    expect(errorCode(await app.gql(ALLOW, { kinds: [] }, consumer))).toBe('BAD_USER_INPUT');
    expect((await app.gql(ALLOW, { kinds: ['COMPLAINT'] }, consumer)).data!.allowNoticeSubscriptions).toBe(1);

    const id = await replyTo(consumer, merchant, '您好，马上给您换。');
    expect(app.wechat.subscribeMessages).toHaveLength(1);
    expect(app.wechat.subscribeMessages[0]).toMatchObject({
      template_id: 'tpl-complaint-1',
      page: `packages/consumer/pages/complaint/index?id=${id}`,
      data: { thing1: { value: expect.stringContaining(`投诉 #${id}`) }, thing2: { value: expect.any(String) } },
    });
    expect([...app.wechat.subscribeMessages[0].data.thing2.value].length).toBeLessThanOrEqual(20);

    // The allowance is spent: the next reply stays in the message centre only.
    await replyTo(consumer, merchant, '已经寄出。');
    expect(app.wechat.subscribeMessages).toHaveLength(1);

    await app.gql(ALLOW, { kinds: ['COMPLAINT'] }, consumer);
    app.wechat.revokeTokens();
    await replyTo(consumer, merchant, '请查收。');
    expect(app.wechat.subscribeMessages).toHaveLength(2);
    expect(app.wechat.tokensIssued).toBe(2);
  });

  it('stops spending allowances WeChat refuses', async () => {
    const consumer = await app.loginAs(`refuses-${randomUUID()}`);
    const merchant = await app.loginAs('demo-merchant');
    await app.gql(ALLOW, { kinds: ['COMPLAINT', 'COMPLAINT'] }, consumer);
    const before = app.wechat.subscribeMessages.length;
    await replyTo(consumer, merchant, '您好。');
    expect(app.wechat.subscribeMessages).toHaveLength(before);
    const [row] = await app.core.stores
      .get('identity')
      .query(`SELECT remaining FROM notice_subscription WHERE kind = 'COMPLAINT' ORDER BY account_id DESC LIMIT 1`);
    expect(Number(row.remaining)).toBe(0);
  });
});
