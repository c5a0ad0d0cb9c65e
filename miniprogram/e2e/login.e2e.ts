import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEMO_PHONES,
  bffUrl,
  byTestId,
  newPhone,
  open,
  screenshot,
  signInThroughUi,
  signedInPhone,
  tapDemoAccount,
  useChromium,
} from './harness';

const browser = useChromium();

/** Console errors and failed responses, which a person never sees but a broken page leaves behind. */
function faultsOf(page: Page): string[] {
  const faults: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') faults.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) faults.push(`${response.status()} ${response.url()}`);
  });
  return faults;
}

describe('the demo villager in a phone browser', () => {
  // Up to a minute longer when the villager's shared sign-in asked for a code just before.
  it('logs in with one tap, sees her village, turns on elder mode and logs out', { timeout: 120_000 }, async () => {
    // A phone of its own, signed in through the UI here: this journey logs its session out, so it
    // cannot share the villager's stored one.
    const page = await newPhone(browser());
    const faults = faultsOf(page);
    const journey = 'login';

    await open(page, '/', 'demo-account');
    await screenshot(page, journey, '01-login');

    await signInThroughUi(page, DEMO_PHONES.villager);
    await expect.poll(() => byTestId(page, 'home-greeting').textContent()).toContain('王秀英');
    await expect.poll(() => byTestId(page, 'home-village').textContent()).toContain('大石盖村');
    await screenshot(page, journey, '02-villager-home');

    await open(page, '/pages/me/index', 'elder-mode-switch');
    const elderSwitch = byTestId(page, 'elder-mode-switch');
    await expect.poll(() => elderSwitch.getAttribute('aria-checked')).toBe('false');
    await elderSwitch.click();
    await expect.poll(() => elderSwitch.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => page.locator('.page.elder').count()).toBeGreaterThan(0);
    await screenshot(page, journey, '03-me-elder-mode');

    // Remembered on the device: still on after a reload.
    await page.reload();
    await byTestId(page, 'elder-mode-switch').waitFor();
    await expect.poll(() => byTestId(page, 'elder-mode-switch').getAttribute('aria-checked')).toBe('true');

    await byTestId(page, 'logout-button').click();
    await byTestId(page, 'login-button').waitFor();
    await screenshot(page, journey, '04-logged-out');
    // Nothing failed on the way, not even the browser's request for the site's icon.
    expect(faults).toEqual([]);

    // The old session is gone: opening the app again lands on the login page.
    const reopened = await page.context().newPage();
    await reopened.goto(`${bffUrl}/#/pages/home/index`);
    await byTestId(reopened, 'login-button').waitFor();
    await page.context().close();
  });

  it('shows the demo accounts on a small phone without scrolling, in normal and in elder mode', async () => {
    for (const elder of [false, true]) {
      const context = await browser().newContext({
        viewport: { width: 360, height: 640 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
      });
      // Taro's H5 storage keeps each value as JSON {"data": value}.
      if (elder) await context.addInitScript(() => localStorage.setItem('gongfu.elderMode', JSON.stringify({ data: true })));
      const page = await context.newPage();
      await open(page, '/', 'demo-account');
      expect(await page.locator('.page.elder').count()).toBe(elder ? 1 : 0);
      const first = await byTestId(page, 'demo-account').first().boundingBox();
      expect(first && first.y + first.height).toBeLessThanOrEqual(640);
      await screenshot(page, 'login', `05-small-phone-${elder ? 'elder' : 'normal'}`);
      await context.close();
    }
  });
});

describe('a link followed while signed out', () => {
  it('opens the login page, and after one tap the linked page with its query', { timeout: 120_000 }, async () => {
    const page = await newPhone(browser());
    await open(page, '/packages/villager/pages/activity/index?id=1', 'demo-account');
    expect(decodeURIComponent(page.url())).toContain('returnTo=/packages/villager/pages/activity/index?id=1');
    await screenshot(page, 'login', '06-link-signed-out');

    await tapDemoAccount(page, DEMO_PHONES.admin, 'activity-title');
    await expect.poll(() => byTestId(page, 'activity-title').textContent()).toContain('垃圾分类');
    expect(page.url()).toContain('#/packages/villager/pages/activity/index?id=1');
    await screenshot(page, 'login', '07-link-after-login');
    await page.context().close();
  });
});

describe('a page for another role', () => {
  it('says once whose page it is, with the way home, and nothing failing', async () => {
    const page = await signedInPhone(browser(), DEMO_PHONES.consumer);
    await open(page, '/packages/villager/pages/points/index', 'other-role');
    expect(await byTestId(page, 'other-role').textContent()).toContain('此页面供村民使用');
    expect(await page.locator('[data-testid="error-retry"]').count()).toBe(0);
    await screenshot(page, 'login', '08-other-role');

    await byTestId(page, 'other-role-home').click();
    await byTestId(page, 'home-greeting').waitFor();
    await page.context().close();
  });
});
