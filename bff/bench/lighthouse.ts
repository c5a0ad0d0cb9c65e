import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Result } from 'lighthouse';

/**
 * The first screens as a villager's phone gets them: Lighthouse's mobile audit (a mid-range phone,
 * slow 4G, simulated throttling — its defaults) of the H5 build served by the compiled BFF in
 * production mode, on a store seeded with the demo data beforehand (production writes none).
 * Each page is audited LIGHTHOUSE_RUNS times (3) in a fresh Chromium; the median is printed with
 * the range and the machine's load, since other work on a shared box moves the figures.
 */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const bffDir = path.resolve(__dirname, '..');
const repoRoot = path.resolve(bffDir, '..');
const h5Dist = path.join(repoRoot, 'miniprogram/dist/h5');
const reportDir = path.join(repoRoot, 'artifacts/lighthouse');

/** The test journeys' flags: headless, and off the closed network. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const PAGES = [
  { name: 'login (/)', path: '/' },
  { name: 'scan from a Digital Link (the demo eggs)', path: '/01/06901234567892/10/L20261120/21/00000007' },
];

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
  ['cumulative-layout-shift', 'CLS'],
] as const;

interface RunFigures {
  scores: Record<'performance' | 'accessibility' | 'best-practices', number>;
  metrics: Record<string, number>;
  /** Bytes over the wire for the whole load, and how many requests. */
  bytes: number;
  requests: number;
  load: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const done = spawnSync(command, args, { cwd: bffDir, env, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${done.stdout}${done.stderr}`);
}

/** The compiled BFF in production mode on `dataDir`, serving the H5 build; resolves once ready. */
async function startProductionBff(work: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(work, 'dist/main.js')], {
    cwd: bffDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      JWT_SECRET: 'lighthouse-bench-secret-lighthouse-bench-secret',
      WECHAT_APPID: 'wx-bench',
      WECHAT_SECRET: 'bench',
      PUBLIC_BASE_URL: url,
      // Never called: nobody signs in during the audit.
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'bench',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'bench',
      ALIYUN_SMS_SIGN_NAME: '共富',
      ALIYUN_SMS_TEMPLATE_CODE: 'SMS_0',
      DATA_DIR: dataDir,
      H5_DIST: h5Dist,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`the BFF exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error('the BFF did not become ready in 30 s');
}

/**
 * One audit by Lighthouse's own CLI in a plain node process: under tsx, the page functions that
 * Lighthouse sends to the browser as source text would carry esbuild's name helper with them.
 */
function audit(url: string, name: string, index: number): RunFigures {
  fs.mkdirSync(reportDir, { recursive: true });
  const file = path.join(reportDir, `${name.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${index + 1}.json`);
  const load = os.loadavg()[0];
  const cli = require.resolve('lighthouse/cli/index.js');
  const done = spawnSync(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH }, encoding: 'utf8' },
  );
  if (done.status !== 0) throw new Error(`Lighthouse failed on ${url}:\n${done.stderr}`);
  const lhr = JSON.parse(fs.readFileSync(file, 'utf8')) as Result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => lhr.categories[id]?.score ?? Number.NaN;
  const requests = lhr.audits['network-requests']?.details;
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') },
    metrics: Object.fromEntries(METRICS.map(([id]) => [id, lhr.audits[id]?.numericValue ?? Number.NaN])),
    bytes: lhr.audits['total-byte-weight']?.numericValue ?? Number.NaN,
    requests: requests && 'items' in requests ? requests.items.length : Number.NaN,
    load,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** "0.95 (0.93–0.97)": the median, then the range when the runs differ. */
function figure(values: number[], format: (n: number) => string): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? format(low) : `${format(median(values))} (${format(low)}–${format(high)})`;
}

const FORMATS: Record<(typeof METRICS)[number][0], (n: number) => string> = {
  'first-contentful-paint': (n) => `${(n / 1000).toFixed(1)} s`,
  'largest-contentful-paint': (n) => `${(n / 1000).toFixed(1)} s`,
  'total-blocking-time': (n) => `${Math.round(n)} ms`,
  'speed-index': (n) => `${(n / 1000).toFixed(1)} s`,
  'cumulative-layout-shift': (n) => n.toFixed(3),
};

function summary(name: string, runs: RunFigures[]): string {
  const score = (category: keyof RunFigures['scores']) =>
    figure(
      runs.map((r) => r.scores[category]),
      (n) => n.toFixed(2),
    );
  const metrics = METRICS.map(
    ([id, label]) =>
      `${label} ${figure(
        runs.map((r) => r.metrics[id]),
        FORMATS[id],
      )}`,
  );
  const bytes = figure(
    runs.map((r) => r.bytes),
    (n) => `${Math.round(n / 1024)} KiB`,
  );
  const requests = figure(
    runs.map((r) => r.requests),
    String,
  );
  return [
    `${name}, median of ${runs.length}:`,
    `  performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}`,
    `  ${metrics.join(', ')}`,
    `  ${bytes} over the wire in ${requests} requests; 1-minute load average ${runs.map((r) => r.load.toFixed(1)).join(', ')}`,
  ].join('\n');
}

export async function benchLighthouse(): Promise<void> {
  if (!fs.existsSync(path.join(h5Dist, 'index.html'))) throw new Error('no H5 build: run npm run build:h5 first');
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  // Inside bff/, so that the bundle finds node_modules as the real dist/ does.
  const work = fs.mkdtempSync(path.join(bffDir, '.compiled-test-lighthouse-'));
  let bff: ChildProcess | undefined;
  try {
    console.log(`Lighthouse (mobile, simulated throttling), ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`);
    run(process.execPath, ['scripts/build.mjs', path.join(work, 'dist')], process.env);
    const dataDir = path.join(work, 'data');
    // The demo data in SQLite files of its own, whatever DATABASE_URL the shell has.
    run(process.execPath, ['--import', 'tsx', 'src/seed/seed.cli.ts'], {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
    });
    const started = await startProductionBff(work, dataDir);
    bff = started.child;
    for (const page of PAGES) {
      const runs: RunFigures[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(audit(`${started.url}${page.path}`, page.name, i));
      console.log(summary(page.name, runs));
    }
    console.log(`reports: ${path.relative(repoRoot, reportDir)}/`);
  } finally {
    if (bff && bff.exitCode === null) {
      bff.kill('SIGTERM');
      await new Promise((resolve) => bff!.once('exit', resolve));
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
}
