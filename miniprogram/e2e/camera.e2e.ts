import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumWithCamera, gs1DataMatrixModules, qrModules, type Modules } from './fake-camera';
import { DEMO_PHONES, bffUrl, byTestId, graphql, launchChromium, newPhone, open, screenshot, signedInPhone, tokenOf } from './harness';

const journey = 'camera';
const EGGS = { gtin: '06901234567892', lot: 'L20261120', serial: '00000007' };
const EGGS_LINK = `/01/${EGGS.gtin}/10/${EGGS.lot}/21/${EGGS.serial}`;

/**
 * Runs `steps` with a Chromium of its own whose camera shows this code (or none): the video is
 * given at launch, so each picture needs its own browser.
 */
async function withCamera(name: string, modules: Modules | null, steps: (browser: Browser) => Promise<void>): Promise<void> {
  const browser = await chromiumWithCamera(name, modules);
  try {
    await steps(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Lets this page use the camera, as when the person taps 允许, and keeps hold of each camera
 * stream the page opens so the journey can tell whether it is still on.
 */
async function allowCamera(page: Page): Promise<void> {
  await page.context().grantPermissions(['camera'], { origin: bffUrl });
  await page.context().addInitScript(() => {
    const streams: MediaStream[] = [];
    Object.assign(window, { cameraStreams: streams });
    const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/** Whether any camera the page opened still runs (its light would be on). */
function cameraOn(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    ((window as unknown as { cameraStreams?: MediaStream[] }).cameraStreams ?? []).some((stream) =>
      stream.getTracks().some((track) => track.readyState === 'live'),
    ),
  );
}

/** The scanner on the page being shown: which step it is at. */
function scannerStep(page: Page, testId = 'camera-scanner'): Promise<string | null> {
  return byTestId(page, testId).getAttribute('data-step');
}

/** Turns 长辈模式 on for this phone, as the switch on 我的 does. */
async function elderModeOn(page: Page): Promise<void> {
  await open(page, '/pages/me/index', 'elder-mode-switch');
  await byTestId(page, 'elder-mode-switch').click();
  await expect.poll(() => byTestId(page, 'elder-mode-switch').getAttribute('aria-checked')).toBe('true');
}

/** The smallest font of any text the scanner shows, in CSS pixels. */
function smallestScannerText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scanner = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="camera-scanner"]')).find((el) => el.offsetParent);
    if (!scanner) throw new Error('no scanner shown');
    const sizes = Array.from(scanner.querySelectorAll<HTMLElement>('*'))
      .filter(
        (el) => el.offsetParent && Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
      )
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    return Math.min(...sizes);
  });
}

describe('扫一扫 with the phone browser’s camera', () => {
  it('a consumer points the camera at the eggs’ QR code: the batch opens and the camera goes off', async () => {
    await withCamera('eggs-qr', qrModules(`${bffUrl}${EGGS_LINK}`), async (browser) => {
      const page = await newPhone(browser);
      await allowCamera(page);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await open(page, '/pages/scan/index', 'camera-scanner-open');
      // The decoder's WebAssembly comes only when the camera opens, and from our own server.
      const decoder = (url: string) => /zxing_reader\.[0-9a-f]{8}\.wasm$/.test(url);
      expect(requested.filter(decoder)).toEqual([]);
      const wasm = page.waitForResponse((response) => decoder(response.url()));
      await byTestId(page, 'camera-scanner-open').click();
      expect((await wasm).url()).toMatch(new RegExp(`^${bffUrl}/static/`));
      expect((await wasm).headers()['content-type']).toBe('application/wasm');
      await expect.poll(() => byTestId(page, 'scan-product').textContent(), { timeout: 20_000 }).toContain(EGGS.lot);
      expect(await byTestId(page, 'scan-product').textContent()).toContain(EGGS.gtin);
      expect(requested.filter((url) => !url.startsWith(bffUrl) && !url.startsWith('data:'))).toEqual([]);
      expect(await scannerStep(page)).toBe('read');
      expect(await cameraOn(page)).toBe(false);
      await screenshot(page, journey, '01-eggs-qr-read');
    });
  });

  it('the same eggs’ GS1 DataMatrix: its FNC1s reach the BFF as group separators, so lot and serial come apart', async () => {
    const modules = await gs1DataMatrixModules(`(01)${EGGS.gtin}(10)${EGGS.lot}(21)${EGGS.serial}`);
    await withCamera('eggs-datamatrix', modules, async (browser) => {
      const page = await newPhone(browser);
      await allowCamera(page);
      await open(page, '/pages/scan/index', 'camera-scanner-open');
      await byTestId(page, 'camera-scanner-open').click();
      await expect.poll(() => byTestId(page, 'scan-product').textContent(), { timeout: 20_000 }).toContain(EGGS.lot);
      await expect
        .poll(() => byTestId(page, 'scan-event').allTextContents())
        .toContainEqual(expect.stringContaining(`序号 ${EGGS.serial}`));
      expect(await cameraOn(page)).toBe(false);
    });
  });

  it('shows what the camera sees while it reads, in both modes, and turns it off when the page is left', async () => {
    await withCamera('no-code', null, async (browser) => {
      const page = await signedInPhone(browser, DEMO_PHONES.villager);
      await allowCamera(page);
      for (const mode of ['normal', 'elder'] as const) {
        if (mode === 'elder') await elderModeOn(page);
        await open(page, '/pages/scan/index', 'camera-scanner-open');
        await byTestId(page, 'camera-scanner-open').click();
        await expect.poll(() => scannerStep(page)).toBe('reading');
        // The picture is playing: frames arrive from the camera.
        await expect
          .poll(() => byTestId(page, 'camera-scanner-video').evaluate((video) => (video as HTMLVideoElement).videoWidth))
          .toBe(640);
        expect(await cameraOn(page)).toBe(true);
        expect(await smallestScannerText(page)).toBeGreaterThanOrEqual(mode === 'elder' ? 18 : 16);
        await screenshot(page, journey, mode === 'elder' ? 'elder-02-camera-view' : '02-camera-view');

        // Another tab: the scan page stays underneath, its camera off.
        await page.locator('.weui-tabbar__item', { hasText: '首页' }).click();
        await byTestId(page, 'home-greeting').waitFor();
        await expect.poll(() => cameraOn(page)).toBe(false);
        expect(await page.locator('[data-testid="camera-scanner"]').getAttribute('data-step')).toBe('off');
      }
      await page.context().close();
    });
  });

  it('a camera the person refused: says how to allow it in plain words, and typing the code still works', async () => {
    await withCamera('no-code', null, async (browser) => {
      // No permission granted: the browser answers as when a person taps 禁止.
      const page = await signedInPhone(browser, DEMO_PHONES.villager);
      for (const mode of ['normal', 'elder'] as const) {
        if (mode === 'elder') await elderModeOn(page);
        await open(page, '/pages/scan/index', 'camera-scanner-open');
        await byTestId(page, 'camera-scanner-open').click();
        const problem = byTestId(page, 'camera-scanner-problem');
        await expect.poll(() => problem.getAttribute('data-problem')).toBe('denied');
        expect(await problem.textContent()).toContain('改成“允许”');
        expect(await byTestId(page, 'camera-scanner-open').textContent()).toBe('重新打开相机');
        expect(await smallestScannerText(page)).toBeGreaterThanOrEqual(mode === 'elder' ? 18 : 16);
        await screenshot(page, journey, mode === 'elder' ? 'elder-03-camera-denied' : '03-camera-denied');
      }
      await byTestId(page, 'scan-code-input').fill(`${bffUrl}${EGGS_LINK}`);
      await byTestId(page, 'scan-submit').click();
      await expect.poll(() => byTestId(page, 'scan-product').textContent(), { timeout: 20_000 }).toContain(EGGS.lot);
      await page.context().close();
    });
  });

  it('the shop takes a villager’s points by pointing the camera at her live pay code', async () => {
    // Her pay code lasts a minute, so it is fetched just before the camera is made to show it.
    const plain = await launchChromium();
    const villagerToken = await tokenOf(plain, DEMO_PHONES.villager);
    await tokenOf(plain, DEMO_PHONES.merchant);
    await plain.close();
    const { myPaymentCode, myPointsBalance } = await graphql<{ myPaymentCode: { code: string }; myPointsBalance: number }>(
      villagerToken,
      'query { myPaymentCode { code } myPointsBalance }',
    );
    expect(myPaymentCode.code).toMatch(/^GFP1\./);
    expect(myPointsBalance).toBeGreaterThanOrEqual(2);

    await withCamera('pay-code', qrModules(myPaymentCode.code), async (browser) => {
      const shop = await signedInPhone(browser, DEMO_PHONES.merchant);
      await allowCamera(shop);
      await open(shop, '/pages/home/index', 'role-option-MERCHANT');
      await byTestId(shop, 'role-option-MERCHANT').click();
      await open(shop, '/packages/merchant/pages/take-points/index', 'take-code-input-camera-open');
      await byTestId(shop, 'take-code-input-camera-open').click();
      await expect.poll(() => byTestId(shop, 'take-code-input').inputValue(), { timeout: 20_000 }).toBe(myPaymentCode.code);
      expect(await cameraOn(shop)).toBe(false);
      await byTestId(shop, 'take-points-amount').fill('2');
      await screenshot(shop, journey, '04-shop-read-pay-code');
      await byTestId(shop, 'take-points-submit').click();
      await expect.poll(() => byTestId(shop, 'take-result').getAttribute('data-kind'), { timeout: 15_000 }).toBe('paid');
      expect(await byTestId(shop, 'take-result-points').textContent()).toBe('+2 工分');
      expect(await byTestId(shop, 'take-result-payer').textContent()).toContain('王秀英');
      await screenshot(shop, journey, '05-shop-paid');
    });
    const after = await graphql<{ myPointsBalance: number }>(villagerToken, 'query { myPointsBalance }');
    expect(after.myPointsBalance).toBe(myPointsBalance - 2);
  });

  it('the villager checks in at 主题党日 by scanning the cadre’s check-in code on 扫一扫', async () => {
    const plain = await launchChromium();
    const [villagerToken, adminToken] = [await tokenOf(plain, DEMO_PHONES.villager), await tokenOf(plain, DEMO_PHONES.admin)];
    await plain.close();
    const { openActivities } = await graphql<{ openActivities: { items: Array<{ id: string; title: string }> } }>(
      villagerToken,
      'query { openActivities(first: 50) { items { id title } } }',
    );
    const activity = openActivities.items.find((item) => item.title === '主题党日 · 志愿服务');
    expect(activity).toBeDefined();
    const { signUpForActivity } = await graphql<{ signUpForActivity: { __typename: string } }>(
      villagerToken,
      'mutation ($id: ID!) { signUpForActivity(activityId: $id) { __typename } }',
      { id: activity!.id },
    );
    expect(signUpForActivity.__typename).toBe('Participation');
    const { activityCheckinCode } = await graphql<{ activityCheckinCode: string }>(
      adminToken,
      'query ($id: ID!) { activityCheckinCode(activityId: $id) }',
      {
        id: activity!.id,
      },
    );

    await withCamera('checkin-code', qrModules(activityCheckinCode), async (browser) => {
      const page = await signedInPhone(browser, DEMO_PHONES.villager);
      await allowCamera(page);
      await open(page, '/pages/scan/index', 'camera-scanner-open');
      await byTestId(page, 'camera-scanner-open').click();
      await expect.poll(() => byTestId(page, 'activity-title').textContent(), { timeout: 20_000 }).toBe('主题党日 · 志愿服务');
      // Checked in at once: the next step is to submit for review.
      await expect.poll(() => byTestId(page, 'participation-status').getAttribute('data-step'), { timeout: 15_000 }).toBe('submit');
      await expect.poll(() => cameraOn(page)).toBe(false);
      await screenshot(page, journey, '06-villager-checked-in');
      await page.context().close();
    });
  });
});
