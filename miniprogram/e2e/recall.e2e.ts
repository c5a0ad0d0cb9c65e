import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES, byTestId, graphql, open, screenshot, signedInPhone, stepsOfOneJourney, tokenOf, useChromium } from './harness';

const DEMO_EGGS_GTIN = '06901234567892';
const journey = 'recall';

const browser = useChromium();

/**
 * A batch of the demo eggs of this journey's own, made by the demo shop through the API. The
 * failed sample below recalls its batch: on the demo batch (L20261120), that recall would reach
 * every journey on the same BFF that looks at those eggs, like the trace journey's scan. The lot
 * is new on every run of this file, so a second run against the same BFF starts clean too.
 */
async function eggsOfTheirOwn(): Promise<{ lot: string; link: string }> {
  const token = await tokenOf(browser(), DEMO_PHONES.merchant);
  const { myTraceProducts } = await graphql<{ myTraceProducts: Array<{ id: string; gtin: string }> }>(
    token,
    'query { myTraceProducts { id gtin } }',
  );
  const eggs = myTraceProducts.find((p) => p.gtin === DEMO_EGGS_GTIN);
  if (!eggs) throw new Error(`the demo shop has no product ${DEMO_EGGS_GTIN}`);
  const lot = `E2E${Date.now().toString(36).toUpperCase()}`;
  const { registerTraceBatch: batch } = await graphql<{ registerTraceBatch: { id?: string; message?: string } }>(
    token,
    'mutation ($input: RegisterBatchInput!) { registerTraceBatch(input: $input) { ... on TraceBatch { id } ... on ErrorResult { errorCode message } } }',
    { input: { productId: eggs.id, lot, productionDate: '2026-11-21', expiryDate: '2026-12-21', quantity: 1000 } },
  );
  if (!batch.id) throw new Error(`the batch was refused: ${batch.message}`);
  const { issueTraceCodes } = await graphql<{ issueTraceCodes: { firstLink?: string; message?: string } }>(
    token,
    'mutation ($input: IssueTraceCodesInput!) { issueTraceCodes(input: $input) { ... on IssuedTraceCodes { firstLink } ... on ErrorResult { errorCode message } } }',
    { input: { batchId: batch.id, count: 10 } },
  );
  if (!issueTraceCodes.firstLink) throw new Error(`the codes were refused: ${issueTraceCodes.message}`);
  return { lot, link: issueTraceCodes.firstLink };
}

/** The count in the 我的 page's "N 条未读" badge; no badge is none. */
async function unreadCount(page: Page): Promise<number> {
  const badge = byTestId(page, 'me-notices-badge');
  if (!(await badge.isVisible())) return 0;
  return Number(/(\d+)/.exec((await badge.textContent()) ?? '')?.[1] ?? 0);
}

describe('浙食链 recall: a failed official sample reaches the shopper who scanned the eggs', () => {
  stepsOfOneJourney();

  let eggs: { lot: string; link: string };
  let consumer: Page;
  let regulator: Page;
  let unreadBefore: number;

  beforeAll(async () => {
    eggs = await eggsOfTheirOwn();
    [consumer, regulator] = await Promise.all([
      signedInPhone(browser(), DEMO_PHONES.consumer),
      signedInPhone(browser(), DEMO_PHONES.regulator),
    ]);
  });
  afterAll(async () => {
    await Promise.all([consumer?.context().close(), regulator?.context().close()]);
  });

  it('the consumer scans the eggs, having chosen to record the city', async () => {
    // The consumer shares the run's BFF with other journeys, whose messages may be unread.
    await open(consumer, '/pages/me/index', 'me-notices');
    unreadBefore = await unreadCount(consumer);

    await open(consumer, '/pages/scan/index', 'place-edit');
    await byTestId(consumer, 'place-edit').click();
    await byTestId(consumer, 'place-city-330100').click();
    await byTestId(consumer, 'place-district-330109').click();
    await screenshot(consumer, journey, '01-place-consent');
    await byTestId(consumer, 'place-save').click();
    expect(await byTestId(consumer, 'place-state').textContent()).toContain('杭州市萧山区');

    await byTestId(consumer, 'scan-code-input').fill(eggs.link);
    await byTestId(consumer, 'scan-submit').click();
    await byTestId(consumer, 'scan-product').waitFor();
    expect(await byTestId(consumer, 'scan-recalls').count()).toBe(0);
  });

  it('the regulator records a failed sample, which opens a class I recall', async () => {
    await open(regulator, '/packages/regulator/pages/desk/index', 'service-sampling');
    await screenshot(regulator, journey, '02-regulator-desk');

    await byTestId(regulator, 'service-sampling').click();
    await byTestId(regulator, 'sampling-code').fill(eggs.link);
    await byTestId(regulator, 'sampling-find').click();
    await byTestId(regulator, 'sampling-batch').waitFor();
    expect(await byTestId(regulator, 'sampling-batch').textContent()).toContain(eggs.lot);
    await screenshot(regulator, journey, '03-sampling-batch-found');
    await byTestId(regulator, 'sampling-agency').fill('浦江县食品检验检测中心');
    await byTestId(regulator, 'sampling-report').fill('PJ-2026-118');
    await byTestId(regulator, 'sampling-findings').fill('恩诺沙星 120 μg/kg，超过限量');
    await byTestId(regulator, 'sampling-verdict-FAILED').click();
    await byTestId(regulator, 'sampling-class-CLASS_I').click();
    await screenshot(regulator, journey, '04-sampling-form');
    await byTestId(regulator, 'sampling-submit').click();
    await byTestId(regulator, 'sampling-confirm').waitFor();
    await screenshot(regulator, journey, '05-sampling-confirm');
    await byTestId(regulator, 'confirm-ok').click();
    await byTestId(regulator, 'sampling-result').waitFor();
    expect(await byTestId(regulator, 'sampling-recall').textContent()).toContain('已发起一级召回');
    await screenshot(regulator, journey, '06-sampling-recorded');

    await byTestId(regulator, 'sampling-open-recall-link').click();
    await byTestId(regulator, 'recall-class').waitFor();
    expect(await byTestId(regulator, 'recall-root').textContent()).toContain(eggs.lot);
    expect(await byTestId(regulator, 'recall-holder').count()).toBeGreaterThan(0);
    await screenshot(regulator, journey, '07-recall-detail');
    await byTestId(regulator, 'recall-holder').first().scrollIntoViewIfNeeded();
    await screenshot(regulator, journey, '08-recall-holders');

    // A shop still has to acknowledge: the BFF refuses to close, and says why.
    await byTestId(regulator, 'close-note').fill('问题鸡蛋已全部下架销毁');
    await byTestId(regulator, 'close-submit').click();
    await byTestId(regulator, 'confirm-ok').click();
    await expect.poll(() => byTestId(regulator, 'close-notice').textContent(), { timeout: 10_000 }).toContain('没有确认');
    await byTestId(regulator, 'close-notice').scrollIntoViewIfNeeded();
    await screenshot(regulator, journey, '09-recall-close-refused');

    await open(regulator, '/packages/regulator/pages/recalls/index', 'recall-item');
    const recall = regulator.locator('[data-testid="recall-item"]:visible', { hasText: eggs.lot });
    expect(await recall.locator('[data-testid="recall-progress"]').textContent()).toMatch(/已确认 0\/\d+ 家，已下架 0 件/);
    await screenshot(regulator, journey, '10-recalls');

    await open(regulator, '/packages/regulator/pages/flags/index', ['counterfeit-flag', 'empty-state']);
    await screenshot(regulator, journey, '11-flags');
  });

  it('the consumer is told, sees the recall on the product, and in the scan history', async () => {
    await open(consumer, '/pages/me/index', 'me-notices');
    await expect
      .poll(
        async () => {
          await consumer.reload();
          await byTestId(consumer, 'me-notices').waitFor();
          // The badge follows its own query: give it the moment it takes.
          await byTestId(consumer, 'me-notices-badge')
            .waitFor({ timeout: 2_000 })
            .catch(() => undefined);
          return unreadCount(consumer);
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBeGreaterThan(unreadBefore);
    expect(await byTestId(consumer, 'me-notices-badge').textContent()).toContain('条未读');
    await screenshot(consumer, journey, '12-me-unread');

    await byTestId(consumer, 'me-notices').click();
    const message = consumer.locator('[data-testid="notice-item"]:visible', { hasText: eggs.lot });
    await message.waitFor();
    expect(await message.textContent()).toContain('被召回');
    await screenshot(consumer, journey, '13-notices');
    // Opening the message marks it read and shows the recalled eggs on the 扫一扫 tab.
    await message.click();
    await byTestId(consumer, 'scan-recall').first().waitFor();

    await open(consumer, '/packages/consumer/pages/my-scans/index', 'my-scan');
    // The scan made where the consumer was carries the city; re-opening it from the message was a
    // look, not another scan.
    const scans = (await byTestId(consumer, 'my-scan').allTextContents()).filter((text) => text.includes(eggs.lot));
    expect(scans).toHaveLength(1);
    expect(scans[0]).toContain('杭州市萧山区');
    expect(await byTestId(consumer, 'my-scan-recalled').count()).toBeGreaterThan(0);
    await screenshot(consumer, journey, '14-my-scans');
    await consumer.locator('[data-testid="my-scan"]:visible', { hasText: eggs.lot }).click();
    await expect.poll(() => byTestId(consumer, 'scan-recall').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await open(consumer, new URL(eggs.link).pathname, 'scan-recall');
    expect(await byTestId(consumer, 'scan-recall').first().textContent()).toContain('一级召回');
    await screenshot(consumer, journey, '15-scan-recalled');
  });
});
