import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES, byTestId, open, screenshot, signedInPhone, stepsOfOneJourney, useChromium } from './harness';
import { evidencePng } from './png';

const journey = 'workpoints';

const browser = useChromium();

/**
 * A screenshot of the whole page being shown. Taro's H5 pages scroll inside their own container,
 * so a full-page shot would stop at the window: the window is made as tall as the page for it.
 */
async function shot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
      (el) => el.offsetParent !== null || el.getClientRects().length > 0,
    );
    const current = shown[shown.length - 1];
    return current ? current.scrollHeight : document.documentElement.scrollHeight;
  });
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: Math.min(4000, Math.max(viewport.height, height + 60)) });
  await screenshot(page, journey, name);
  await page.setViewportSize(viewport);
}

/** Picks the role to work in on the home page. */
async function chooseRole(page: Page, role: string): Promise<void> {
  await byTestId(page, `role-option-${role}`).click();
  await expect.poll(() => byTestId(page, `role-option-${role}`).getAttribute('aria-pressed')).toBe('true');
}

async function balanceOn(page: Page): Promise<string> {
  await open(page, '/packages/villager/pages/points/index', 'points-balance');
  return (await byTestId(page, 'points-balance').textContent())?.trim() ?? '';
}

describe('工分宝 from activity to shop, in phone browsers', () => {
  stepsOfOneJourney();

  // One phone each, for the whole journey: each step goes on from where the one before left them.
  let villager: Page;
  let admin: Page;
  let merchant: Page;

  afterAll(async () => {
    await Promise.all([villager, admin, merchant].map((page) => page?.context().close()));
  });

  it('the villager, the admin and the shop sign in on their own phones', async () => {
    [villager, admin, merchant] = await Promise.all([
      signedInPhone(browser(), DEMO_PHONES.villager),
      signedInPhone(browser(), DEMO_PHONES.admin),
      signedInPhone(browser(), DEMO_PHONES.merchant),
    ]);
    for (const page of [villager, admin, merchant]) await open(page, '/pages/home/index', 'home-greeting');
  });

  it('a villager earns points for a photo, the admin approves, she redeems and pays a village shop', async () => {
    // The villager starts with the demo's 120 工分 and opens the photo activity.
    await byTestId(villager, 'workspace-link').click();
    await byTestId(villager, 'points-balance').waitFor({ timeout: 15_000 });
    await expect.poll(() => byTestId(villager, 'points-balance').textContent()).toBe('120');
    await byTestId(villager, 'activity-item').first().waitFor();
    await shot(villager, '01-villager-points');

    await villager.locator('[data-testid="activity-item"][data-title="垃圾分类入户宣传"]:visible').click();
    await expect.poll(() => byTestId(villager, 'activity-title').textContent(), { timeout: 15_000 }).toBe('垃圾分类入户宣传');
    await expect.poll(() => byTestId(villager, 'participation-status').getAttribute('data-step')).toBe('sign-up');
    await shot(villager, '02-activity');

    // Sign up, then the photo step.
    await byTestId(villager, 'signup-button').click();
    await expect.poll(() => byTestId(villager, 'participation-status').getAttribute('data-step')).toBe('submit');

    const chooser = villager.waitForEvent('filechooser');
    await byTestId(villager, 'add-photo').click();
    // A phone browser first asks camera or album.
    const album = villager.getByText('从相册选择');
    if (await album.isVisible().catch(() => false)) await album.click();
    await (await chooser).setFiles({ name: 'evidence.png', mimeType: 'image/png', buffer: evidencePng() });
    await expect.poll(() => byTestId(villager, 'photo-item').getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
    await byTestId(villager, 'evidence-note').fill('宣传了 12 户');
    await shot(villager, '03-photo-uploaded');

    await byTestId(villager, 'submit-evidence').click();
    await expect.poll(() => byTestId(villager, 'participation-status').getAttribute('data-step')).toBe('pending');
    await expect.poll(() => byTestId(villager, 'participation-status').textContent()).toContain('待审核');
    await shot(villager, '04-submitted');

    // The admin approves it in the review queue, the photo fetched with the admin's token.
    await chooseRole(admin, 'VILLAGE_ADMIN');
    await shot(admin, '05-admin-home');
    await byTestId(admin, 'workspace-link').click();
    const item = admin.locator('[data-testid="review-item"][data-villager="王秀英"]:visible');
    await item.waitFor({ timeout: 15_000 });
    await expect.poll(() => item.getAttribute('data-activity')).toBe('垃圾分类入户宣传');
    await expect.poll(() => item.locator('[data-testid="private-image"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('ready');
    await expect.poll(() => item.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 10_000 }).toBe(64);
    await shot(admin, '06-admin-review');
    await item.locator('[data-testid="approve-button"]').click();
    await expect.poll(() => byTestId(admin, 'review-notice').textContent()).toContain('已通过：王秀英 得 10 工分');
    await shot(admin, '07-admin-approved');

    // Her balance rose to 130; the approval is in her history.
    await expect.poll(() => balanceOn(villager), { timeout: 20_000 }).toBe('130');
    await expect.poll(() => byTestId(villager, 'history-entry').first().textContent()).toContain('参加活动：垃圾分类入户宣传');
    await shot(villager, '08-villager-130');

    // She redeems 食盐 500 克 and gets a pickup code; 110 left.
    await open(villager, '/packages/villager/pages/mall/index', 'mall-balance');
    await expect.poll(() => byTestId(villager, 'mall-balance').textContent()).toBe('130');
    await villager.locator('[data-testid="mall-item"][data-name="食盐 500 克"]:visible [data-testid="redeem-button"]').click();
    await byTestId(villager, 'redeem-confirm').waitFor();
    await screenshot(villager, journey, '09-redeem-confirm');
    await byTestId(villager, 'confirm-ok').click();
    await expect.poll(() => byTestId(villager, 'pickup-code').textContent(), { timeout: 15_000 }).toMatch(/^\d{6}$/);
    await expect.poll(() => byTestId(villager, 'mall-balance').textContent()).toBe('110');
    await screenshot(villager, journey, '10-redeemed');
    await byTestId(villager, 'result-close').click();
    await expect.poll(() => byTestId(villager, 'redemption').first().textContent()).toContain('待领取');

    // Her payment code, as a QR image with its text in data-code.
    await open(villager, '/packages/villager/pages/pay-code/index', 'payment-qr');
    const code = (await byTestId(villager, 'payment-qr').getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^GFP1\./);
    await expect
      .poll(() =>
        byTestId(villager, 'payment-qr')
          .locator('img')
          .evaluate((img) => (img as HTMLImageElement).naturalWidth),
      )
      .toBeGreaterThan(0);
    await expect.poll(() => byTestId(villager, 'pay-code-countdown').textContent()).toMatch(/\d+ 秒后自动换新码/);
    await byTestId(villager, 'pay-code-text-toggle').click();
    await expect.poll(() => byTestId(villager, 'pay-code-text').textContent()).toBe(code);
    await shot(villager, '11-pay-code');

    // The shop pastes it and takes 10 工分.
    await chooseRole(merchant, 'MERCHANT');
    await byTestId(merchant, 'workspace-link').click();
    await byTestId(merchant, 'take-code-input').fill(code);
    await byTestId(merchant, 'take-points-amount').fill('10');
    await shot(merchant, '12-merchant-take');
    await byTestId(merchant, 'take-points-submit').click();
    await expect.poll(() => byTestId(merchant, 'take-result').getAttribute('data-kind'), { timeout: 15_000 }).toBe('paid');
    await expect.poll(() => byTestId(merchant, 'take-result-points').textContent()).toBe('+10 工分');
    await expect.poll(() => byTestId(merchant, 'take-result-payer').textContent()).toContain('王秀英');
    await shot(merchant, '13-merchant-paid');
    // The villager's screen says so by itself.
    await expect.poll(() => byTestId(villager, 'pay-code-paid').textContent(), { timeout: 10_000 }).toContain('收了您 10 工分');
    await expect.poll(() => byTestId(villager, 'pay-code-balance-after').textContent()).toBe('100');
    await shot(villager, '13-villager-paid');

    // The same code cannot pay twice.
    await byTestId(merchant, 'take-next').click();
    await byTestId(merchant, 'take-code-input').fill(code);
    await byTestId(merchant, 'take-points-amount').fill('10');
    await byTestId(merchant, 'take-points-submit').click();
    await expect.poll(() => byTestId(merchant, 'take-result').getAttribute('data-kind'), { timeout: 15_000 }).toBe('refused');
    await expect.poll(() => byTestId(merchant, 'take-result-message').textContent()).toContain('用过');
    await shot(merchant, '14-merchant-code-used');

    // 120 + 10 − 20 − 10.
    await expect.poll(() => balanceOn(villager), { timeout: 20_000 }).toBe('100');
    await shot(villager, '15-villager-100');
  });

  it('an admin publishes a check-in activity, rejects a submission, deducts and overturns on appeal', async () => {
    await open(admin, '/packages/admin/pages/publish-activity/index', 'publish-submit');
    await admin.locator('[data-testid^="scene-choice-"]:visible').first().click();
    await byTestId(admin, 'activity-title-input').fill('村道清扫');
    await byTestId(admin, 'activity-description-input').fill('清扫村口到文化礼堂的村道');
    await byTestId(admin, 'activity-place-input').fill('村口');
    await byTestId(admin, 'activity-points-input').fill('5');
    await byTestId(admin, 'evidence-choice-CHECKIN').click();
    // Going on now, so the villager can check in (China time, as the form reads it).
    const china = (offsetMinutes: number) => new Date(Date.now() + 8 * 3600_000 + offsetMinutes * 60_000).toISOString().slice(0, 16);
    await byTestId(admin, 'signup-opens-at').fill(china(-60));
    await byTestId(admin, 'starts-at').fill(china(-30));
    await byTestId(admin, 'signup-closes-at').fill(china(60));
    await byTestId(admin, 'ends-at').fill(china(120));
    await shot(admin, '20-admin-publish');
    await byTestId(admin, 'publish-submit').click();
    await byTestId(admin, 'publish-result').waitFor({ timeout: 15_000 });
    await admin.getByText('看签到码').click();
    await byTestId(admin, 'checkin-qr').waitFor({ timeout: 15_000 });
    const checkinCode = (await byTestId(admin, 'checkin-qr').getAttribute('data-code')) ?? '';
    expect(checkinCode).toMatch(/^GFA1\./);
    expect(await byTestId(admin, 'checkin-code-text').textContent()).toBe(checkinCode);
    await shot(admin, '21-admin-checkin-code');

    // The villager signs up, pastes the check-in code, and submits.
    await open(villager, '/packages/villager/pages/points/index', 'activity-item');
    await villager.locator('[data-testid="activity-item"][data-title="村道清扫"]:visible').click();
    await expect.poll(() => byTestId(villager, 'activity-title').textContent(), { timeout: 15_000 }).toBe('村道清扫');
    await byTestId(villager, 'signup-button').click();
    await expect.poll(() => byTestId(villager, 'participation-status').getAttribute('data-step')).toBe('check-in');
    await byTestId(villager, 'checkin-code-input').fill('GFA1.0.wrong');
    await byTestId(villager, 'checkin-button').click();
    await expect.poll(() => byTestId(villager, 'step-notice').textContent()).toContain('签到码不对');
    await byTestId(villager, 'checkin-code-input').fill(checkinCode);
    await shot(villager, '22-villager-checkin');
    await byTestId(villager, 'checkin-button').click();
    await expect.poll(() => byTestId(villager, 'participation-status').getAttribute('data-step')).toBe('submit');
    await byTestId(villager, 'submit-evidence').click();
    await expect.poll(() => byTestId(villager, 'participation-status').getAttribute('data-step')).toBe('pending');

    // The admin sends it back with a reason; the villager sees it and may submit again.
    await open(admin, '/packages/admin/pages/review/index', 'review-item');
    const item = admin.locator('[data-testid="review-item"][data-activity="村道清扫"]:visible');
    await item.locator('[data-testid="reject-button"]').click();
    await byTestId(admin, 'reject-reason').fill('签到后没有参加清扫');
    await shot(admin, '23-admin-reject');
    await byTestId(admin, 'confirm-ok').click();
    await expect.poll(() => byTestId(admin, 'review-notice').textContent()).toContain('已退回');
    await open(villager, '/packages/villager/pages/points/index', 'activity-item');
    await villager.locator('[data-testid="activity-item"][data-title="村道清扫"]:visible').click();
    await expect
      .poll(() => byTestId(villager, 'participation-status').textContent(), { timeout: 15_000 })
      .toContain('未通过：签到后没有参加清扫');
    await expect.poll(() => byTestId(villager, 'participation-status').getAttribute('data-step')).toBe('submit');
    await shot(villager, '24-villager-rejected');

    // A deduction, the villager's appeal, and the admin overturning it.
    await open(admin, '/packages/admin/pages/deductions/index', 'deduct-submit');
    await byTestId(admin, 'villager-search').fill('秀英');
    await admin.locator('[data-testid="villager-option"][data-name="王秀英"]:visible').click();
    await expect.poll(() => byTestId(admin, 'villager-chosen').textContent()).toBe('王秀英');
    await byTestId(admin, 'deduct-points').fill('5');
    await byTestId(admin, 'deduct-reason').fill('垃圾未分类，劝导后仍未改正');
    await shot(admin, '25-admin-deduct');
    await byTestId(admin, 'deduct-submit').click();
    await byTestId(admin, 'confirm-ok').click();
    await expect.poll(() => byTestId(admin, 'deduct-notice').textContent()).toContain('已给 王秀英 扣 5 分');
    await expect.poll(() => balanceOn(villager)).toBe('95');
    await byTestId(villager, 'appeal-button').click();
    await byTestId(villager, 'appeal-reason').fill('那天我不在家，是邻居放错的');
    await byTestId(villager, 'confirm-ok').click();
    await expect.poll(() => byTestId(villager, 'appeal-notice').textContent()).toContain('申诉已提交');
    await shot(villager, '26-villager-appealed');
    await open(admin, '/packages/admin/pages/deductions/index', 'pending-appeal');
    await byTestId(admin, 'pending-appeal').getByText('撤销扣分').click();
    await byTestId(admin, 'appeal-note').fill('核实后确非本人');
    await byTestId(admin, 'confirm-ok').click();
    await expect.poll(() => byTestId(admin, 'appeals-notice').textContent()).toContain('已撤销扣分');
    await shot(admin, '27-admin-appeal-decided');
    await expect.poll(() => balanceOn(villager)).toBe('100');
    // The overturned deduction shows as undone in her history, not as a red −5.
    await expect.poll(() => villager.locator('[data-testid="history-entry"][data-reversed="true"]:visible').count()).toBe(1);

    // She books tomorrow's lunch.
    await open(villager, '/packages/villager/pages/canteen/index', 'reserve-LUNCH');
    await byTestId(villager, 'reserve-LUNCH').click();
    await byTestId(villager, 'reserved-LUNCH').waitFor({ timeout: 10_000 });
    await shot(villager, '28-villager-canteen-reserved');

    // 代办: the admin files a check-in activity for 陈建国, found by name.
    await open(admin, '/packages/admin/pages/activities/index', 'admin-activity');
    await admin
      .locator('[data-testid="admin-activity"][data-title="主题党日 · 志愿服务"]:visible [data-testid="file-on-behalf-link"]')
      .click();
    await byTestId(admin, 'villager-search').fill('陈');
    await admin.locator('[data-testid="villager-option"][data-name="陈建国"]:visible').click();
    await byTestId(admin, 'behalf-note').fill('老人没有手机，本人到场参加');
    await shot(admin, '28a-admin-file-on-behalf');
    await byTestId(admin, 'behalf-submit').click();
    await expect.poll(() => byTestId(admin, 'behalf-notice').textContent()).toContain('已为 陈建国 代办');

    // Every other admin tool opens without an error.
    for (const [path, ready, name] of [
      ['/packages/admin/pages/activities/index', 'admin-activity', '29-admin-activities'],
      ['/packages/admin/pages/mall/index', 'admin-mall-item', '30-admin-mall'],
      ['/packages/admin/pages/canteen/index', 'menu-publish', '31-admin-canteen'],
      ['/packages/admin/pages/settlement/index', 'shop-balance-row', '32-admin-settlement'],
      ['/packages/admin/pages/village/index', 'service-links', '33-admin-village'],
    ] as const) {
      await open(admin, path, ready);
      expect(await byTestId(admin, 'error-retry').count()).toBe(0);
      await shot(admin, name);
    }
    await expect.poll(() => byTestId(admin, 'service-links').locator('[data-testid^="service-"]').count()).toBeGreaterThan(4);
  });

  it('the shop sees what it took', async () => {
    await open(merchant, '/packages/merchant/pages/income/index', 'shop-balance');
    await expect.poll(() => byTestId(merchant, 'shop-balance').textContent()).toBe('10');
    await expect.poll(() => byTestId(merchant, 'taking').first().textContent()).toContain('王秀英');
    await shot(merchant, '34-merchant-income');
  });

  it('the villager screens in 长辈模式 (large type, high contrast)', async () => {
    // The same screens in 长辈模式.
    await open(villager, '/pages/me/index', 'elder-mode-switch');
    await byTestId(villager, 'elder-mode-switch').click();
    await expect.poll(() => byTestId(villager, 'elder-mode-switch').getAttribute('aria-checked')).toBe('true');
    await open(villager, '/packages/villager/pages/points/index', 'points-balance');
    await expect.poll(() => villager.locator('.page.elder:visible').count()).toBeGreaterThan(0);
    await byTestId(villager, 'history-entry').first().waitFor();
    await shot(villager, 'elder-01-points');
    await open(villager, '/packages/villager/pages/pay-code/index', 'payment-qr');
    await shot(villager, 'elder-02-pay-code');
    await open(villager, '/packages/villager/pages/canteen/index', 'canteen-menu');
    await byTestId(villager, 'dish').first().waitFor();
    await shot(villager, 'elder-03-canteen');
    await open(villager, '/pages/home/index', 'service-links');
    await shot(villager, 'elder-04-home');
    await open(villager, '/packages/villager/pages/mall/index', 'mall-item');
    await shot(villager, 'elder-05-mall');
  });
});
