import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES, bffUrl, graphql, screenshot, settle, signedInPhone, tokenOf, newPhone, useChromium } from './harness';
import { evidencePng } from './png';

/**
 * Every page of the app, as each role that uses it sees it, in normal and in elder mode: axe-core
 * finds no fault (critical, serious, and the moderate ones too, such as content outside a
 * landmark), disabled buttons look disabled, and in elder mode every text a person reads is at
 * least 18 px, every target at least 48 px and body text at 7:1 contrast. The pages are read
 * from app.config.ts, so a page added there is checked here without a word more, or fails for
 * want of someone to open it.
 */

const journey = 'a11y';
const browser = useChromium();

type Visitor = 'signed-out' | keyof typeof DEMO_PHONES;
type Mode = 'normal' | 'elder';

const SIGNED_IN = Object.keys(DEMO_PHONES) as Array<keyof typeof DEMO_PHONES>;

/** Who opens each page of the main package; the login page only signed out, the scan page by anyone. */
const MAIN_PAGE_VISITORS: Record<string, readonly Visitor[]> = {
  'pages/home/index': SIGNED_IN,
  'pages/login/index': ['signed-out'],
  'pages/scan/index': ['signed-out', ...SIGNED_IN],
  'pages/me/index': SIGNED_IN,
};

/** Whose subpackage is whose: its pages are opened as that role's demo person. */
const PACKAGE_VISITOR: Record<string, keyof typeof DEMO_PHONES> = {
  'packages/villager': 'villager',
  'packages/consumer': 'consumer',
  'packages/merchant': 'merchant',
  'packages/admin': 'admin',
  'packages/regulator': 'regulator',
  'packages/bank': 'bank',
};

/** The role a person of several roles works in on the home page, as the demo person of that role. */
const ACTIVE_ROLE: Partial<Record<Visitor, string>> = { merchant: 'MERCHANT', admin: 'VILLAGE_ADMIN' };

const DEMO_EGGS_GTIN = '06901234567892';
const DEMO_EGGS_PATH = `/01/${DEMO_EGGS_GTIN}/10/L20261120/21/00000007`;

const MIN_ELDER_TEXT_PX = 18;
const MIN_ELDER_TARGET_PX = 48;

/** The records the pages opened by `?id=` show, made or found through the API before the visits. */
interface DemoRecords {
  eggsLink: string;
  activityId: string;
  checkinActivityId: string;
  complaintId: string;
  batchId: string;
  recallId: string;
}

/** The query a page needs to show something real; the rest open bare. */
const QUERIES: Partial<Record<string, Partial<Record<Visitor, (r: DemoRecords) => Record<string, string>>>>> = {
  '/pages/scan/index': { 'signed-out': (r) => ({ code: r.eggsLink }), consumer: (r) => ({ code: r.eggsLink }) },
  '/packages/villager/pages/activity/index': { villager: (r) => ({ id: r.activityId }) },
  '/packages/consumer/pages/complaint/index': { consumer: (r) => ({ id: r.complaintId }) },
  '/packages/merchant/pages/complaint/index': { merchant: (r) => ({ id: r.complaintId }) },
  '/packages/merchant/pages/trace-batch/index': { merchant: (r) => ({ id: r.batchId }) },
  '/packages/admin/pages/checkin-code/index': { admin: (r) => ({ id: r.checkinActivityId }) },
  '/packages/admin/pages/file-on-behalf/index': { admin: (r) => ({ id: r.activityId }) },
  '/packages/regulator/pages/recall/index': { regulator: (r) => ({ id: r.recallId }) },
  '/packages/regulator/pages/complaint/index': { regulator: (r) => ({ id: r.complaintId }) },
};

/** app.config.ts as Taro reads it: `defineAppConfig` is a global of Taro's build, an identity function. */
async function appRoutes(): Promise<string[]> {
  (globalThis as unknown as { defineAppConfig: (config: unknown) => unknown }).defineAppConfig = (config) => config;
  const config = (await import('../src/app.config')).default as {
    pages: string[];
    subPackages: Array<{ root: string; pages: string[] }>;
  };
  return [...config.pages, ...config.subPackages.flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`))];
}

/** Who opens which page: every page of the app has at least one visitor, or this throws. */
function visitPlan(routes: readonly string[]): Map<Visitor, string[]> {
  const plan = new Map<Visitor, string[]>();
  for (const route of routes) {
    const root = Object.keys(PACKAGE_VISITOR).find((r) => route.startsWith(`${r}/`));
    const visitors = root ? [PACKAGE_VISITOR[root]] : MAIN_PAGE_VISITORS[route];
    if (!visitors?.length) throw new Error(`nobody opens /${route}: name its visitor in a11y.e2e.ts`);
    for (const visitor of visitors) plan.set(visitor, [...(plan.get(visitor) ?? []), `/${route}`]);
  }
  return plan;
}

async function demoRecords(): Promise<DemoRecords> {
  const [admin, merchant, consumer] = await Promise.all([
    tokenOf(browser(), DEMO_PHONES.admin),
    tokenOf(browser(), DEMO_PHONES.merchant),
    tokenOf(browser(), DEMO_PHONES.consumer),
  ]);
  const made = <T extends { id?: string; message?: string }>(what: string, answer: T) => {
    if (!answer.id) throw new Error(`${what} was refused: ${answer.message}`);
    return answer.id;
  };
  const refusal = '... on ErrorResult { message }';

  // The demo eggs' code: a scan page with a product on it, and the business to complain about.
  const eggsLink = `${bffUrl}${DEMO_EGGS_PATH}`;
  const eggsId = await demoEggsId(merchant);

  // A recall of a batch of this test's own, so the demo eggs stay on sale for the other journeys.
  const { registerTraceBatch } = await graphql<{ registerTraceBatch: { id?: string; message?: string } }>(
    merchant,
    `mutation ($input: RegisterBatchInput!) { registerTraceBatch(input: $input) { ... on TraceBatch { id } ${refusal} } }`,
    {
      input: {
        productId: eggsId,
        lot: `A11Y${Date.now().toString(36).toUpperCase()}`,
        productionDate: '2026-11-21',
        expiryDate: '2026-12-21',
        quantity: 100,
      },
    },
  );
  const batchId = made('the batch', registerTraceBatch);
  const { openVoluntaryRecall } = await graphql<{ openVoluntaryRecall: { id?: string; message?: string } }>(
    merchant,
    `mutation ($input: OpenVoluntaryRecallInput!) { openVoluntaryRecall(input: $input) { ... on TraceRecall { id } ${refusal} } }`,
    { input: { batchId, reason: '包装破损，主动召回', recallClass: 'CLASS_III' } },
  );
  const recallId = made('the recall', openVoluntaryRecall);

  // A complaint with a photo, against the business of the demo eggs.
  const { merchantForTraceCode } = await graphql<{ merchantForTraceCode: { id: string } | null }>(
    consumer,
    'query ($code: String!) { merchantForTraceCode(code: $code) { id } }',
    { code: eggsLink },
  );
  if (!merchantForTraceCode) throw new Error('the demo eggs have no business to complain about');
  const { fileComplaint } = await graphql<{ fileComplaint: { id?: string; message?: string } }>(
    consumer,
    `mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { ... on Complaint { id } ${refusal} } }`,
    {
      input: {
        merchantId: merchantForTraceCode.id,
        category: 'QUALITY',
        narrative: '买的土鸡蛋打开有三个是坏的，味道不对。',
        demand: 'REPLACEMENT',
        amountFen: 0,
        evidence: [await upload(consumer)],
        source: 'SCAN',
        traceCode: eggsLink,
        idempotencyKey: `a11y-${Date.now()}`,
      },
    },
  );
  const complaintId = made('the complaint', fileComplaint);

  // An activity of this test's own, with a photo waiting in the review queue. 陈建国 (a villager
  // too) sends it, so the demo villager's own activities are left to the workpoints journey.
  const { scenes } = await graphql<{ scenes: Array<{ id: string; enabled: boolean }> }>(admin, 'query { scenes { id enabled } }');
  const now = Date.now();
  const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
  const { publishActivity } = await graphql<{ publishActivity: { id?: string; message?: string } }>(
    admin,
    `mutation ($input: PublishActivityInput!) { publishActivity(input: $input) { ... on Activity { id } ${refusal} } }`,
    {
      input: {
        sceneId: scenes.find((s) => s.enabled)?.id,
        title: '村口道路清扫',
        description: '清扫村口到文化礼堂的路面，拍一张清扫后的照片。',
        points: 5,
        place: '村口',
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
    merchant,
    `mutation ($id: ID!) { signUpForActivity(activityId: $id) { ... on Participation { id } ${refusal} } }`,
    { id: activityId },
  );
  const { submitEvidence } = await graphql<{ submitEvidence: { id?: string; message?: string } }>(
    merchant,
    `mutation ($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { ... on Participation { id } ${refusal} } }`,
    { input: { participationId: made('the sign-up', signUpForActivity), photoKeys: [await upload(merchant)], note: '扫完了' } },
  );
  made('the evidence', submitEvidence);

  const { villageActivities } = await graphql<{
    villageActivities: { items: Array<{ id: string; evidence: string; cancelledAt: string | null }> };
  }>(admin, 'query { villageActivities(first: 50) { items { id evidence cancelledAt } } }');
  const checkin = villageActivities.items.find((a) => a.evidence !== 'PHOTO' && !a.cancelledAt);
  if (!checkin) throw new Error('the demo village has no activity with a check-in code');

  return { eggsLink, activityId, checkinActivityId: checkin.id, complaintId, batchId, recallId };
}

async function demoEggsId(token: string): Promise<string> {
  const { myTraceProducts } = await graphql<{ myTraceProducts: Array<{ id: string; gtin: string }> }>(
    token,
    'query { myTraceProducts { id gtin } }',
  );
  const eggs = myTraceProducts.find((p) => p.gtin === DEMO_EGGS_GTIN);
  if (!eggs) throw new Error(`the demo shop has no product ${DEMO_EGGS_GTIN}`);
  return eggs.id;
}

/** One photo uploaded as this person, as the app does before a mutation attaches it. */
async function upload(token: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(evidencePng())], { type: 'image/png' }), 'photo.png');
  const response = await fetch(`${bffUrl}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await response.json()) as { key?: string };
  if (!body.key) throw new Error(`the upload was refused: ${response.status} ${JSON.stringify(body)}`);
  return body.key;
}

/** A device setting as Taro's H5 storage keeps it, read when the next page loads. */
async function setDeviceSetting(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(([k, v]) => localStorage.setItem(k, JSON.stringify({ data: v })), [key, value] as const);
}

/**
 * Opens a page with a full load and waits until it has shown what it loaded: no spinner, no photo
 * on its way. A page that shows an error instead is a finding, not a pass.
 */
async function visit(page: Page, url: string): Promise<string | null> {
  if ((await page.goto(url)) === null) await page.reload();
  await page.waitForFunction(
    () => {
      const shown = Array.from(document.querySelectorAll('.taro_page')).filter((el) => el.checkVisibility());
      const current = shown[shown.length - 1];
      if (!current?.querySelector('.page')) return false;
      return !Array.from(current.querySelectorAll('.status--loading, [data-testid="private-image"][data-status="loading"]')).some((el) =>
        el.checkVisibility(),
      );
    },
    undefined,
    { timeout: 15_000 },
  );
  await settle(page);
  const error = page.locator('[data-testid="error-retry"]:visible');
  return (await error.count()) > 0 ? `shows an error: ${await error.first().innerText()}` : null;
}

interface AxeFinding {
  rule: string;
  impact: string;
  nodes: number;
  example: string;
}

/** axe's default rules; in elder mode also its AAA contrast rule (7:1 for body text). */
async function axeFindings(page: Page, mode: Mode): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    .options(mode === 'elder' ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {})
    .analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    nodes: v.nodes.length,
    example: `${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.html.slice(0, 140)}`,
  }));
}

/**
 * In elder mode: the visible text smaller than 18 px (inputs and text areas by their own size),
 * and the things to tap smaller than 48 px either way. Text hidden from screen readers is
 * decoration (an arrow, an icon) and is left out.
 */
function elderSizeFaults(page: Page): Promise<string[]> {
  return page.evaluate(
    ([minText, minTarget]) => {
      const faults: string[] = [];
      const shown = (el: Element) => {
        const rect = el.getBoundingClientRect();
        return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && rect.width > 1 && rect.height > 1;
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el = node.parentElement;
        if (!text || !el || el.closest('[aria-hidden="true"], script, style, noscript') || !shown(el)) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < minText) faults.push(`text "${text.slice(0, 24)}" is ${size} px`);
      }
      for (const field of Array.from(document.querySelectorAll('input:not([type="hidden"]), textarea'))) {
        if (!shown(field)) continue;
        const size = parseFloat(getComputedStyle(field).fontSize);
        const name = field.getAttribute('aria-label') ?? field.getAttribute('placeholder') ?? field.tagName;
        if (size < minText) faults.push(`field "${name}" types at ${size} px`);
      }
      const targets =
        'button, a[href], input:not([type="hidden"]), textarea, select, [role="button"], [role="link"], [role="radio"], [role="checkbox"], [role="switch"], [role="tab"], .weui-tabbar__item';
      for (const target of Array.from(document.querySelectorAll(targets))) {
        if (!shown(target)) continue;
        const rect = target.getBoundingClientRect();
        if (rect.width < minTarget || rect.height < minTarget) {
          const name = (target.getAttribute('aria-label') ?? (target as HTMLElement).innerText ?? '').trim().slice(0, 24) || target.tagName;
          faults.push(`target "${name}" is ${Math.round(rect.width)}×${Math.round(rect.height)} px`);
        }
      }
      return Array.from(new Set(faults));
    },
    [MIN_ELDER_TEXT_PX, MIN_ELDER_TARGET_PX] as const,
  );
}

/**
 * A disabled button shows one surface with its label on it. NutUI paints its disabled colour on
 * the label's own box, which under Taro's H5 button read as a dark chip, like selected text.
 */
function disabledButtonFaults(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.nut-button[aria-disabled="true"]:not([aria-busy="true"])'))
      .filter((button) => button.checkVisibility())
      .filter((button) => {
        const label = button.querySelector('.nut-button-children');
        const labelBackground = label ? getComputedStyle(label).backgroundColor : 'rgba(0, 0, 0, 0)';
        return labelBackground !== 'rgba(0, 0, 0, 0)' && labelBackground !== getComputedStyle(button).backgroundColor;
      })
      .map((button) => `disabled button "${button.textContent?.trim()}" shows its label on a chip of its own`),
  );
}

/** The whole page being shown: Taro's pages scroll in a container of their own, so the window is made as tall. */
async function wholePageShot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => el.checkVisibility());
    return shown[shown.length - 1]?.scrollHeight ?? document.documentElement.scrollHeight;
  });
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: Math.min(4000, Math.max(viewport.height, height + 60)) });
  await screenshot(page, journey, name);
  await page.setViewportSize(viewport);
}

describe('every page, in normal and elder mode, as the people who use it', () => {
  let plan: Map<Visitor, string[]>;
  let records: DemoRecords;
  const checked = new Set<string>();

  beforeAll(async () => {
    plan = visitPlan(await appRoutes());
    records = await demoRecords();
  });

  const visitors: Visitor[] = ['signed-out', ...SIGNED_IN];
  for (const visitor of visitors) {
    it(`${visitor}: no axe fault on any page in either mode; elder mode large enough`, { timeout: 300_000 }, async () => {
      const routes = plan.get(visitor) ?? [];
      const page = visitor === 'signed-out' ? await newPhone(browser()) : await signedInPhone(browser(), DEMO_PHONES[visitor]);
      const faults: string[] = [];
      try {
        for (const mode of ['normal', 'elder'] as const) {
          // Device settings live in the origin's storage: on a page of the app first, then each visit loads afresh.
          await page.goto(`${bffUrl}/`);
          await setDeviceSetting(page, 'gongfu.elderMode', mode === 'elder');
          if (ACTIVE_ROLE[visitor]) await setDeviceSetting(page, 'gongfu.activeRole', ACTIVE_ROLE[visitor]);
          for (const route of routes) {
            const query = QUERIES[route]?.[visitor]?.(records);
            const url = `${bffUrl}/#${route}${query ? `?${new URLSearchParams(query)}` : ''}`;
            const where = `${mode} ${route}${query ? ' (with ?' + Object.keys(query).join('&') + ')' : ''}`;
            const broken = await visit(page, url);
            if (broken) faults.push(`${where}: ${broken}`);
            for (const finding of await axeFindings(page, mode)) {
              faults.push(`${where}: ${finding.rule} (${finding.impact}) on ${finding.nodes}, e.g. ${finding.example}`);
            }
            faults.push(...(await disabledButtonFaults(page)).map((fault) => `${where}: ${fault}`));
            if (mode === 'elder') faults.push(...(await elderSizeFaults(page)).map((fault) => `${where}: ${fault}`));
            // Each role's first screen, to be looked at: home, or the login page for no one signed in.
            if (route === '/pages/home/index') await wholePageShot(page, `${visitor}-home-${mode}`);
            if (visitor === 'signed-out' && route === '/pages/login/index') await wholePageShot(page, `signed-out-login-${mode}`);
            checked.add(route);
          }
        }
      } finally {
        await page.context().close();
      }
      expect(faults).toEqual([]);
    });
  }

  it('every page of app.config.ts was checked', async () => {
    expect([...checked].sort()).toEqual((await appRoutes()).map((route) => `/${route}`).sort());
  });
});
