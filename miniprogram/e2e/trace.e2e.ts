import { describe, expect, it } from 'vitest';
import { byTestId, newPhone, open, screenshot, useChromium } from './harness';

const browser = useChromium();

describe("a consumer opens a product's GS1 Digital Link in the browser", () => {
  it('lands on the scan page showing the product and its batch, without signing in', async () => {
    const page = await newPhone(browser());
    await open(page, '/01/06901234567892/10/L20261120/21/00000007', 'scan-product');
    const text = await byTestId(page, 'scan-product').textContent();
    expect(text).toContain('06901234567892');
    expect(text).toContain('L20261120');
    expect(text).toContain('2026-11-20');
    expect(await byTestId(page, 'scan-document').first().textContent()).toContain('合格证');
    const timeline = await byTestId(page, 'scan-event').allTextContents();
    expect(timeline.map((t) => t.slice(0, 2))).toEqual(['生产', '包装', '赋码', '仓储', '发货', '收货', '发货', '收货', '零售']);
    expect(timeline[2]).toContain('本品（序号 00000007）在这次赋码的 00000001–00000100 之中');
    expect(timeline[3]).toMatch(/4\s℃/);
    await screenshot(page, 'trace', '01-digital-link');

    await open(page, '/01/06901234567892/10/L20261120/21/99999999', 'scan-product');
    await screenshot(page, 'trace', '02-unknown-serial-falls-back');

    await open(page, `/pages/scan/index?code=${encodeURIComponent('(01)06901234567893')}`, 'scan-problem');
    expect(await byTestId(page, 'scan-problem').getAttribute('data-code')).toBe('BAD_CHECK_DIGIT');
    await screenshot(page, 'trace', '03-bad-check-digit');
    await page.context().close();
  });

  it('shows a stranger the shipped chain by its businesses only: no person, phone or address, nor whom it was shipped to', async () => {
    const page = await newPhone(browser());
    await open(page, '/01/06901234567892/10/L20261120/21/00000007', 'scan-timeline');
    const shown = (await page.locator('body').textContent()) ?? '';
    // Who recorded each step, by the businesses' registered names.
    for (const business of ['萧山区戴村土鸡蛋专业合作社', '杭州萧山戴村农副产品批发有限公司', '萧山区戴村镇便民超市']) {
      expect(shown).toContain(`记录：${business}`);
    }
    // The demo people behind them, their phones and homes, and the shippers' customers stay out of sight.
    const people = ['陈建国', '何建军', '孙丽萍', '13800000003', '13800000007', '13800000008'];
    const addresses = ['1 组 5 号', '大石盖村 18 号', '戴村大道 88 号', '新街 12 号'];
    for (const personal of [...people, ...addresses, '发往', '来自']) {
      expect(shown, personal).not.toContain(personal);
    }
    await byTestId(page, 'scan-timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'trace', '04-shipped-chain-signed-out');
    await page.context().close();
  });
});
