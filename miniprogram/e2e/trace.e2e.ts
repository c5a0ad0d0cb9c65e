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
    expect(timeline.map((t) => t.slice(0, 2))).toEqual(['生产', '包装', '仓储']);
    expect(timeline[2]).toMatch(/4\s℃/);
    await screenshot(page, 'trace', '01-digital-link');

    await open(page, '/01/06901234567892/10/L20261120/21/99999999', 'scan-product');
    await screenshot(page, 'trace', '02-unknown-serial-falls-back');

    await open(page, `/pages/scan/index?code=${encodeURIComponent('(01)06901234567893')}`, 'scan-problem');
    expect(await byTestId(page, 'scan-problem').getAttribute('data-code')).toBe('BAD_CHECK_DIGIT');
    await screenshot(page, 'trace', '03-bad-check-digit');
    await page.context().close();
  });
});
