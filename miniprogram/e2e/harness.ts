import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const repoRoot = path.resolve(__dirname, '../..');

/** Screenshots go here (git-ignored), one folder per journey. */
export const screenshotDir = path.join(repoRoot, 'artifacts/screenshots');

/** Long enough for a slow load under CI, short enough that a missing element fails with its own message. */
const WAIT_MS = 15_000;

/** The BFF this journey file started: the one `open` opens pages on. */
let bffUrl = '';

export interface RunningBff {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts the real BFF with fresh SQLite stores and demo data, serving the built H5 app. */
export async function startBff(env: Record<string, string> = {}): Promise<RunningBff> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongfu-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(repoRoot, 'bff'),
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the BFF did not start:\n${output}`)), 60_000);
    const onData = () => {
      const match = /共富 is running: (http:\/\/\S+?)\/\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the BFF exited with ${code}:\n${output}`)));
  });
  bffUrl = url;
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's Chromium, headless, with the flags that keep it off the closed network. Playwright
 * gives each launch a fresh, empty profile of its own.
 */
export function launchChromium(): Promise<Browser> {
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
    ],
  });
}

/** A phone-sized page, as most villagers see the app. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  context.setDefaultTimeout(WAIT_MS);
  return context.newPage();
}

/**
 * The element with this test id on the page being shown: Taro's H5 router keeps earlier pages in
 * the DOM, hidden, so the same id can be there twice.
 */
export function byTestId(page: Page, testId: string): Locator {
  return page.locator(`[data-testid="${testId}"]:visible`);
}

/**
 * The bearer token of the session signed in on this page, for setting data up through the GraphQL
 * API. Taro's H5 storage keeps each value in localStorage as JSON `{"data": value}`.
 */
export async function sessionToken(page: Page): Promise<string> {
  const stored = await page.evaluate(() => localStorage.getItem('gongfu.session'));
  if (!stored) throw new Error('no session on this page');
  return (JSON.parse(stored) as { data: { token: string } }).data.token;
}

/** One GraphQL operation against the BFF; GraphQL errors are thrown. */
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
  await page.locator(readyIds.map((id) => `[data-testid="${id}"]:visible`).join(', ')).first().waitFor();
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
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)
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

/** Signs in on the H5 login page by picking a demo account, whose code is filled in outside production. */
export async function loginAsDemo(page: Page, phone: string): Promise<void> {
  await open(page, '/pages/login/index', 'demo-account');
  await page.locator(`[data-testid="demo-account"][data-phone="${phone}"]:visible`).click();
  const code = byTestId(page, 'code-input');
  await until('the login code', async () => /^\d{6}$/.test(await code.inputValue()) || null, WAIT_MS);
  await byTestId(page, 'login-button').click();
  await byTestId(page, 'home-greeting').waitFor();
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
