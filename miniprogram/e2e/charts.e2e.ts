import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES, bffUrl, byTestId, graphql, open, screenshot, signedInPhone, tokenOf, useChromium } from './harness';
import { evidencePng } from './png';

/**
 * A chart drawn by AntV F2 on a real page: the village cadre's 本村管理 shows the participations
 * approved each month as bars. The canvas is drawn (not blank, sharp on a 2× screen), the figures
 * are also there as a table for screen readers, and axe-core finds nothing, in normal and in
 * elder mode.
 */

const journey = 'charts';
const browser = useChromium();
const VILLAGE_PAGE = '/packages/admin/pages/village/index';
const REFUSAL = '... on ErrorResult { message }';

/** An approved participation this month: 陈建国 (a villager too) takes part in an activity of this test's own. */
async function approvedParticipation(): Promise<void> {
  const [admin, villager] = await Promise.all([tokenOf(browser(), DEMO_PHONES.admin), tokenOf(browser(), DEMO_PHONES.merchant)]);
  const made = <T extends { id?: string; message?: string }>(what: string, answer: T) => {
    if (!answer.id) throw new Error(`${what} was refused: ${answer.message}`);
    return answer.id;
  };
  const { scenes } = await graphql<{ scenes: Array<{ id: string; enabled: boolean }> }>(admin, 'query { scenes { id enabled } }');
  const now = Date.now();
  const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
  const { publishActivity } = await graphql<{ publishActivity: { id?: string; message?: string } }>(
    admin,
    `mutation ($input: PublishActivityInput!) { publishActivity(input: $input) { ... on Activity { id } ${REFUSAL} } }`,
    {
      input: {
        sceneId: scenes.find((s) => s.enabled)?.id,
        title: '文化礼堂打扫',
        description: '打扫文化礼堂，拍一张打扫后的照片。',
        points: 5,
        place: '文化礼堂',
        evidence: 'PHOTO',
        capacity: null,
        signupOpensAt: at(-2),
        signupClosesAt: at(24),
        startsAt: at(-1),
        endsAt: at(48),
      },
    },
  );
  const activityId = made('the activity', publishActivity);
  const { signUpForActivity } = await graphql<{ signUpForActivity: { id?: string; message?: string } }>(
    villager,
    `mutation ($id: ID!) { signUpForActivity(activityId: $id) { ... on Participation { id } ${REFUSAL} } }`,
    { id: activityId },
  );
  const participationId = made('the sign-up', signUpForActivity);
  const { submitEvidence } = await graphql<{ submitEvidence: { id?: string; message?: string } }>(
    villager,
    `mutation ($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { ... on Participation { id } ${REFUSAL} } }`,
    { input: { participationId, photoKeys: [await upload(villager)], note: '扫干净了' } },
  );
  made('the evidence', submitEvidence);
  const { approveParticipation } = await graphql<{ approveParticipation: { id?: string; message?: string } }>(
    admin,
    `mutation ($id: ID!) { approveParticipation(participationId: $id) { ... on Participation { id } ${REFUSAL} } }`,
    { id: participationId },
  );
  made('the approval', approveParticipation);
}

async function upload(token: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(evidencePng())], { type: 'image/png' }), 'photo.png');
  const response = await fetch(`${bffUrl}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await response.json()) as { key?: string };
  if (!body.key) throw new Error(`the upload was refused: ${response.status}`);
  return body.key;
}

/** What the canvas shows: its buffer against its size on screen, and how many of its pixels are painted. */
function canvasFacts(page: Page) {
  return byTestId(page, 'participation-chart-canvas').evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
    return { cssWidth: canvas.getBoundingClientRect().width, bufferWidth: canvas.width, painted, pixels: data.length / 4 };
  });
}

describe('a chart on the village cadre’s page, in both modes', () => {
  let page: Page;

  beforeAll(async () => {
    await approvedParticipation();
    page = await signedInPhone(browser(), DEMO_PHONES.admin);
  });
  afterAll(() => page?.context().close());

  for (const mode of ['normal', 'elder'] as const) {
    it(`${mode}: the bars are drawn, their figures are a table too, and axe finds nothing`, async () => {
      await page.goto(`${bffUrl}/`);
      await page.evaluate((elder) => localStorage.setItem('gongfu.elderMode', JSON.stringify({ data: elder })), mode === 'elder');
      await open(page, VILLAGE_PAGE, 'participation-chart');
      await expect.poll(() => byTestId(page, 'participation-chart-canvas').getAttribute('data-status')).toBe('drawn');

      const canvas = await canvasFacts(page);
      // Drawn for the screen's pixel ratio (the phones here are 2×), and not blank.
      expect(canvas.bufferWidth).toBe(Math.round(canvas.cssWidth * 2));
      expect(canvas.painted / canvas.pixels).toBeGreaterThan(0.01);

      const table = page.getByRole('table', { name: '近半年每月完成的活动' });
      const thisMonth = await table.getByRole('row').last().textContent();
      expect(thisMonth).toMatch(/^\d{4}年\d{1,2}月[1-9]\d*$/);

      const axe = await new AxeBuilder({ page })
        .options(mode === 'elder' ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {})
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await screenshot(page, journey, `village-${mode}`);
    });
  }
});
