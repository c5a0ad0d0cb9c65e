import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');

/** Screenshots go here (git-ignored), one folder per journey. */
export const screenshotDir = path.join(repoRoot, 'artifacts/screenshots');

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
  return context.newPage();
}

/**
 * The element with this test id on the page being shown: Taro's H5 router keeps earlier pages in
 * the DOM, hidden, so the same id can be there twice.
 */
export function byTestId(page: Page, testId: string): Locator {
  return page.locator(`[data-testid="${testId}"]:visible`);
}

export async function screenshot(page: Page, journey: string, name: string): Promise<void> {
  // Let the router's page transition finish, or the shot catches two pages half-way.
  await page.waitForTimeout(500);
  const dir = path.join(screenshotDir, journey);
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Signs in on the H5 login page by picking a demo account, whose code is filled in outside production. */
export async function loginAsDemo(page: Page, baseUrl: string, phone: string): Promise<void> {
  await page.goto(`${baseUrl}/#/pages/login/index`);
  await page.locator(`[data-testid="demo-account"][data-phone="${phone}"]:visible`).click({ force: true });
  await expect.poll(() => byTestId(page, 'code-input').inputValue(), { timeout: 10_000 }).toMatch(/^\d{6}$/);
  await byTestId(page, 'login-button').click({ force: true });
  await byTestId(page, 'home-greeting').waitFor({ timeout: 15_000 });
}
