import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES, byTestId, open, screenshot, signedInPhone, stepsOfOneJourney, useChromium } from './harness';

const journey = 'complaints';

const browser = useChromium();

describe('浙江市场在线: a consumer and an ODR merchant settle a complaint between themselves', () => {
  stepsOfOneJourney();

  let consumer: Page;
  let merchant: Page;
  let regulator: Page;
  let complaintUrl: string;

  beforeAll(async () => {
    [consumer, merchant, regulator] = await Promise.all([
      signedInPhone(browser(), DEMO_PHONES.consumer),
      signedInPhone(browser(), DEMO_PHONES.merchant),
      signedInPhone(browser(), DEMO_PHONES.regulator),
    ]);
  });
  afterAll(async () => {
    await Promise.all([consumer, merchant, regulator].map((page) => page?.context().close()));
  });

  it("the consumer files against the demo merchant's cooperative", async () => {
    await open(consumer, '/packages/consumer/pages/file-complaint/index', 'merchant-search');
    await byTestId(consumer, 'merchant-search').fill('土鸡蛋');
    await byTestId(consumer, 'merchant-search-button').click();
    await byTestId(consumer, 'merchant-option').first().click();
    await byTestId(consumer, 'complaint-category-FOOD_SAFETY').click();
    await byTestId(consumer, 'complaint-narrative-input')
      .locator('textarea')
      .fill('11 月 20 日买的一盒土鸡蛋，打开有三个是臭的，要求退款 36 元。');
    await byTestId(consumer, 'complaint-demand-input-REFUND').click();
    await byTestId(consumer, 'complaint-amount-input').fill('36');
    await screenshot(consumer, journey, '01-file');
    await byTestId(consumer, 'file-review').click();
    await byTestId(consumer, 'confirm-ok').click();
    await byTestId(consumer, 'complaint-detail').waitFor();
    expect(await byTestId(consumer, 'complaint-status').getAttribute('data-status')).toBe('NEGOTIATING');
    expect(await byTestId(consumer, 'complaint-deadline').textContent()).toContain('10 个工作日');
    complaintUrl = consumer.url();
    await screenshot(consumer, journey, '02-filed');
  });

  it('the merchant proposes a refund from its inbox', async () => {
    await open(merchant, '/packages/merchant/pages/complaints/index', 'complaint-item');
    expect(await byTestId(merchant, 'complaint-item').first().textContent()).toContain('李*');
    await screenshot(merchant, journey, '03-inbox');
    await byTestId(merchant, 'complaint-item').first().click();
    await byTestId(merchant, 'settlement-form').waitFor();
    await byTestId(merchant, 'settlement-remedy-REFUND').click();
    await byTestId(merchant, 'settlement-amount').fill('36');
    await byTestId(merchant, 'settlement-terms').locator('textarea').fill('全额退款 36 元，今天微信转账');
    await byTestId(merchant, 'settlement-review').click();
    await byTestId(merchant, 'confirm-ok').click();
    await byTestId(merchant, 'offer-pending').waitFor();
    await screenshot(merchant, journey, '04-offer-sent');
  });

  it('the consumer accepts, and the complaint shows settled', async () => {
    await open(consumer, complaintUrl, 'settlement-accept');
    expect(await byTestId(consumer, 'settlement').first().textContent()).toContain('36');
    await screenshot(consumer, journey, '05-offer-received');
    await byTestId(consumer, 'settlement-accept').click();
    await byTestId(consumer, 'confirm-ok').click();
    await expect.poll(() => byTestId(consumer, 'complaint-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('SETTLED');
    await screenshot(consumer, journey, '06-settled');
  });

  it("the regulator's figure counts it", async () => {
    await open(regulator, '/packages/regulator/pages/complaints/index', 'figure-this-month-resolved');
    expect(await byTestId(regulator, 'figure-this-month-resolved').textContent()).toContain('办结 1 件');
    await screenshot(regulator, journey, '07-regulator-figure');
  });
});
