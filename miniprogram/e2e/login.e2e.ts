import { describe, expect, it } from 'vitest';
import { DEMO_PHONES, bffUrl, byTestId, newPhone, open, screenshot, signInThroughUi, useChromium } from './harness';

const browser = useChromium();

describe('the demo villager in a phone browser', () => {
  // Up to a minute longer when the villager's shared sign-in asked for a code just before.
  it('logs in with phone and code, sees her village, turns on elder mode and logs out', { timeout: 120_000 }, async () => {
    // A phone of its own, signed in through the UI here: this journey logs its session out, so it
    // cannot share the villager's stored one.
    const page = await newPhone(browser());
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

    // The old session is gone: opening the app again lands on the login page.
    const reopened = await page.context().newPage();
    await reopened.goto(`${bffUrl}/#/pages/home/index`);
    await byTestId(reopened, 'login-button').waitFor();
    await page.context().close();
  });
});
