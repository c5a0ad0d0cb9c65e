import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');

/** Screenshots go here (git-ignored), one folder per journey. */
export const screenshotDir = path.join(repoRoot, 'artifacts/screenshots');

/** The run's one BFF, started by global-setup.ts before any journey file. */
export const bffUrl = inject('bffUrl');

export const DEMO_PHONES = {
  villager: '13800000001',
  consumer: '13800000002',
  merchant: '13800000003',
  admin: '13800000004',
  regulator: '13800000005',
  bank: '13800000006',
} as const;

/** Long enough for a slow load under CI, short enough that a missing element fails with its own message. */
const WAIT_MS = 15_000;

/**
 * Debian's Chromium, headless, with the flags that keep it off the closed network, and any
 * `extraArgs` a journey needs (a fake camera). Playwright gives each launch a fresh, empty profile
 * of its own.
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * A Chromium of this journey file's own, launched before its tests and closed after them: a
 * browser that crashes takes one file down, not the run.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running (did its launch fail?)');
    return browser;
  };
}

/**
 * A phone-sized page in a fresh browser context, as most villagers see the app; with the browser
 * storage of an earlier sign-in when given (a Playwright storageState file).
 */
export async function newPhone(browser: Browser, storageState?: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    storageState,
  });
  context.setDefaultTimeout(WAIT_MS);
  return context.newPage();
}

function storedSignIn(phone: string): string {
  return path.join(inject('sessionsDir'), `${phone}.json`);
}

/**
 * A fresh phone of this demo person, signed in. The BFF sends a phone one login code a minute, so
 * each demo phone signs in through the UI once per run (whichever journey needs it first); its
 * later phones start from the browser storage kept from that sign-in, which holds the session.
 * Journeys run one file at a time, so two never sign in the same phone at once.
 *
 * The page is blank, or on the home page after a first sign-in: open the route you need.
 */
export async function signedInPhone(browser: Browser, phone: string): Promise<Page> {
  const stored = storedSignIn(phone);
  if (fs.existsSync(stored)) return newPhone(browser, stored);
  const page = await newPhone(browser);
  await signInThroughUi(page, phone);
  // Written whole or not at all, so a journey that fails here leaves no half a file behind.
  const partial = `${stored}.${process.pid}.partial`;
  await page.context().storageState({ path: partial });
  fs.renameSync(partial, stored);
  return page;
}

/**
 * The bearer token of this demo person's session, for setting data up through the GraphQL API.
 * Taro's H5 storage keeps each value in localStorage as JSON `{"data": value}`.
 */
export async function tokenOf(browser: Browser, phone: string): Promise<string> {
  if (!fs.existsSync(storedSignIn(phone))) await (await signedInPhone(browser, phone)).context().close();
  const state = JSON.parse(fs.readFileSync(storedSignIn(phone), 'utf8')) as {
    origins: Array<{ localStorage: Array<{ name: string; value: string }> }>;
  };
  const entry = state.origins.flatMap((o) => o.localStorage).find((item) => item.name === 'gongfu.session');
  if (!entry) throw new Error(`no session stored for ${phone}`);
  return (JSON.parse(entry.value) as { data: { token: string } }).data.token;
}

/** One GraphQL operation against the run's BFF; GraphQL errors are thrown. */
export async function graphql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${bffUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}

/**
 * Signs in on the H5 login page as a person would, with one tap on the demo account, and waits
 * for the home page.
 */
export async function signInThroughUi(page: Page, phone: string): Promise<void> {
  await open(page, '/pages/login/index', 'demo-account');
  await tapDemoAccount(page, phone, 'home-greeting');
}

/**
 * On the login page: one tap on the demo account (outside production its code is shown, and used
 * at once), then waits for what login leads to (`arrived`, a test id). Should this phone have had
 * a code under a minute ago (the villager signs in for the run and again in the login journey),
 * the page says how long to wait: wait until 获取验证码 comes back, and tap again, as a person would.
 */
export async function tapDemoAccount(page: Page, phone: string, arrived: string): Promise<void> {
  const account = page.locator(`[data-testid="demo-account"][data-phone="${phone}"]:visible`);
  await account.click();
  const answer = await until(
    `${arrived}, or a word beside the demo accounts`,
    async () => {
      if (await byTestId(page, arrived).isVisible()) return 'signed in';
      const notice = byTestId(page, 'demo-notice');
      if (!(await notice.isVisible())) return null;
      const text = (await notice.textContent()) ?? '';
      return text.includes('再试') ? 'refused for now' : `notice: ${text}`;
    },
    WAIT_MS,
  );
  if (answer === 'refused for now') {
    const resend = byTestId(page, 'request-code-button');
    await until('获取验证码 back', async () => (await resend.getAttribute('aria-disabled')) === 'false' || null, 65_000, 500);
    await account.click();
  } else if (answer !== 'signed in') {
    throw new Error(`no sign-in for ${phone}: ${answer}`);
  }
  await byTestId(page, arrived).waitFor();
  await settle(page);
}

/**
 * Polls `check` until it answers something other than null. Unlike expect.poll it also works in
 * beforeAll, where a journey may sign a person in.
 */
async function until<T>(what: string, check: () => Promise<T | null>, timeoutMs: number, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await check();
    if (answer !== null) return answer;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * The element with this test id on the page being shown: Taro's H5 router keeps earlier pages in
 * the DOM, hidden, so the same id can be there twice.
 */
export function byTestId(page: Page, testId: string): Locator {
  return page.locator(`[data-testid="${testId}"]:visible`);
}

/**
 * Opens a page of the app with a full load, as a person following a link lands on it, and waits
 * until it shows `ready` (a test id, or any of several) and has stopped moving. `route` is an app
 * page ('/pages/…', '/packages/…', with its query), a path the BFF answers itself (a GS1 Digital
 * Link, '/01/…'), or a whole URL of the app, as a page showed it.
 */
export async function open(page: Page, route: string, ready: string | readonly string[]): Promise<void> {
  const url = /^https?:/.test(route) ? route : /^\/(pages|packages)\//.test(route) ? `${bffUrl}/#${route}` : `${bffUrl}${route}`;
  // goto answers null when only the hash changed: no load, just a hashchange for Taro's router,
  // which it can miss while a page transition runs (the login journey's old time-out on its way
  // to 我的, in loaded CI runs only). Reloading makes it a full load.
  if ((await page.goto(url)) === null) await page.reload();
  const readyIds = typeof ready === 'string' ? [ready] : ready;
  await page
    .locator(readyIds.map((id) => `[data-testid="${id}"]:visible`).join(', '))
    .first()
    .waitFor();
  await settle(page);
}

/**
 * Waits until Taro's router has finished moving pages and nothing else animates (endless
 * animations, like a loading spinner, do not count). An element of a page sliding in is already
 * "visible" to Playwright, and a new page only starts sliding 50 ms after it is in the DOM, so
 * the router's classes are checked as well: every page is either shown and in place
 * (`taro_page_show` + `taro_page_stationed`) or hidden behind (`taro_page_shade`).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const pagesInPlace = Array.from(document.querySelectorAll('.taro_page')).every(
        (el) =>
          el.classList.contains('taro_page_shade') ||
          (el.classList.contains('taro_page_show') && el.classList.contains('taro_page_stationed')),
      );
      return (
        pagesInPlace &&
        document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)
      );
    },
    undefined,
    { timeout: WAIT_MS, polling: 'raf' },
  );
}

export async function screenshot(page: Page, journey: string, name: string): Promise<void> {
  // A shot taken during the router's page transition catches two pages half-way.
  await settle(page);
  const dir = path.join(screenshotDir, journey);
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * Makes the tests of the enclosing describe the steps of one journey, each building on the one
 * before: once a step fails, the later ones are skipped instead of failing in its wake.
 */
export function stepsOfOneJourney(): void {
  let failedStep: string | null = null;
  beforeEach((context) => {
    if (failedStep) context.skip(`an earlier step failed: ${failedStep}`);
    context.onTestFailed(() => {
      failedStep = context.task.name;
    });
  });
}
