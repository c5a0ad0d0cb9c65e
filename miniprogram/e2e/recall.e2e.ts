import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byTestId, launchChromium, loginAsDemo, open, phonePage, screenshot, startBff, type RunningBff } from './harness';

const CONSUMER = '13800000002';
const REGULATOR = '13800000005';
const EGGS = '/01/06901234567892/10/L20261120/21/00000007';
const journey = 'recall';

let bff: RunningBff;
let browser: Browser;
// One phone each, signed in once: a second login within a minute would be refused a new code.
let consumer: Page;
let regulator: Page;

beforeAll(async () => {
  bff = await startBff();
  browser = await launchChromium();
  [consumer, regulator] = await Promise.all([phonePage(browser), phonePage(browser)]);
});
afterAll(async () => {
  await browser?.close();
  await bff?.stop();
});

describe('浙食链 recall: a failed official sample reaches the shopper who scanned the eggs', () => {
  it('the consumer scans the eggs, having chosen to record the city', async () => {
    await loginAsDemo(consumer, CONSUMER);
    await open(consumer, '/pages/scan/index', 'place-edit');
    await byTestId(consumer, 'place-edit').click();
    await byTestId(consumer, 'place-city-杭州市').click();
    await byTestId(consumer, 'place-district').fill('萧山区');
    await screenshot(consumer, journey, '01-place-consent');
    await byTestId(consumer, 'place-save').click();
    expect(await byTestId(consumer, 'place-state').textContent()).toContain('杭州市萧山区');

    await byTestId(consumer, 'scan-code-input').fill(`${bff.url}${EGGS}`);
    await byTestId(consumer, 'scan-submit').click();
    await byTestId(consumer, 'scan-product').waitFor();
    expect(await byTestId(consumer, 'scan-recalls').count()).toBe(0);
  });

  it('the regulator records a failed sample, which opens a class I recall', async () => {
    await loginAsDemo(regulator, REGULATOR);
    await open(regulator, '/packages/regulator/pages/desk/index', 'service-sampling');
    await screenshot(regulator, journey, '02-regulator-desk');

    await byTestId(regulator, 'service-sampling').click();
    await byTestId(regulator, 'sampling-code').fill(`${bff.url}${EGGS}`);
    await byTestId(regulator, 'sampling-find').click();
    await byTestId(regulator, 'sampling-batch').waitFor();
    expect(await byTestId(regulator, 'sampling-batch').textContent()).toContain('L20261120');
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
    expect(await byTestId(regulator, 'recall-root').textContent()).toContain('L20261120');
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
    expect(await byTestId(regulator, 'recall-progress').first().textContent()).toMatch(/已确认 0\/\d+ 家，已下架 0 件/);
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
          return byTestId(consumer, 'me-notices-badge').textContent({ timeout: 5_000 }).catch(() => '');
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain('条未读');
    await screenshot(consumer, journey, '12-me-unread');

    await byTestId(consumer, 'me-notices').click();
    await byTestId(consumer, 'notice-item').first().waitFor();
    expect(await byTestId(consumer, 'notice-item').first().textContent()).toContain('被召回');
    await screenshot(consumer, journey, '13-notices');
    // Opening the message marks it read and shows the recalled eggs on the 扫一扫 tab.
    await byTestId(consumer, 'notice-item').first().click();
    await byTestId(consumer, 'scan-recall').first().waitFor();

    await open(consumer, '/packages/consumer/pages/my-scans/index', 'my-scan');
    // The scan made where the consumer was carries the city; re-opening it from the message was a
    // look, not another scan.
    const scans = await byTestId(consumer, 'my-scan').allTextContents();
    expect(scans).toHaveLength(1);
    expect(scans[0]).toContain('杭州市萧山区');
    expect(await byTestId(consumer, 'my-scan-recalled').count()).toBeGreaterThan(0);
    await screenshot(consumer, journey, '14-my-scans');
    await byTestId(consumer, 'my-scan').first().click();
    await expect.poll(() => byTestId(consumer, 'scan-recall').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await open(consumer, EGGS, 'scan-recall');
    expect(await byTestId(consumer, 'scan-recall').first().textContent()).toContain('一级召回');
    await screenshot(consumer, journey, '15-scan-recalled');
  });
});
