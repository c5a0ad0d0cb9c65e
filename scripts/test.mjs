#!/usr/bin/env node
// `npm test`: every check and suite, one after another (the machine has two cores), then one summary line.
//   The static checks: types (tsc over bff, miniprogram and shared-types), lint (ESLint, with the
//   module-boundary rule), format (Prettier), and generated code (codegen matches the operations);
//   the shared domain code's tests;
//   BFF unit + HTTP tests on SQLite; again on MySQL when TEST_MYSQL_URL is set;
//   the mini-program's unit tests; the browser journey when Chromium is present (REQUIRE_BROWSER=1
//   makes its absence a failure); with --weapp (CI), the weapp build, its main-package size, and no
//   chart library in the main package.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, '.vitest-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const args = new Set(process.argv.slice(2));
const WEAPP_MAIN_PACKAGE_LIMIT = 1024 * 1024;
/**
 * In every build of AntV F2 (the charts), minified or not: a name in the text metrics of its
 * renderer, AntV G. The charts belong in the subpackages that show them; in the main package they
 * would be about half a megabyte that every first visit downloads.
 */
const CHART_LIBRARY_MARK = 'BaselineMultiplier';
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(command, commandArgs, options = {}) {
  console.log(`\n$ ${command} ${commandArgs.join(' ')}`);
  return spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
}

/** Runs one vitest suite and adds its counts; a suite that dies before reporting counts as one failure. */
function vitestSuite(name, workspace, extraArgs = [], env = {}) {
  const outputFile = path.join(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  const result = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`, ...extraArgs], {
    cwd: path.join(root, workspace),
    env,
  });
  if (!fs.existsSync(outputFile)) {
    totals.failed += 1;
    lines.push(`${name}: did not report (exit ${result.status})`);
    return;
  }
  const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  const failedFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + failedFiles;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (result.status !== 0 && report.numFailedTests + failedFiles === 0) totals.failed += 1;
  lines.push(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests + failedFiles} failed, ${report.numPendingTests} skipped`);
}

function skip(name, why) {
  totals.skipped += 1;
  lines.push(`${name}: skipped — ${why}`);
  console.log(`\n${name} skipped: ${why}`);
}

function check(name, ok, detail) {
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  lines.push(`${name}: ${ok ? 'ok' : 'FAILED'}${detail ? ` (${detail})` : ''}`);
}

function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p));
}

/** The scripts under `dir` (leaving out `skipDir`) whose text holds `mark`, as full paths. */
function filesHolding(dir, skipDir, mark) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== skipDir) found.push(...filesHolding(full, skipDir, mark));
    } else if (/\.js$/.test(entry.name) && fs.readFileSync(full, 'utf8').includes(mark)) found.push(full);
  }
  return found;
}

function directorySize(dir, skipDir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== skipDir) total += directorySize(full, skipDir);
    } else total += fs.statSync(full).size;
  }
  return total;
}

/** A check that passes when its command exits 0; its output is shown only when it fails. */
function staticCheck(name, command, commandArgs, cwd = root) {
  console.log(`\n$ ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', env: process.env });
  if (result.status !== 0) process.stdout.write(`${result.stdout}${result.stderr}`);
  check(name, result.status === 0);
}

for (const workspace of ['shared-types', 'bff', 'miniprogram']) {
  staticCheck(`types: ${workspace}`, 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], path.join(root, workspace));
}
staticCheck('lint', 'npx', ['eslint', '--max-warnings=0', '.']);
staticCheck('format', 'npx', ['prettier', '--check', '--log-level=warn', '.']);
staticCheck('generated code matches the operations', 'npm', ['-w', 'shared-types', 'run', 'codegen:check']);

vitestSuite('shared domain', 'shared-types');
vitestSuite('bff (SQLite)', 'bff', [], { TEST_DB: 'sqlite' });

if (process.env.TEST_MYSQL_URL) vitestSuite('bff (MySQL)', 'bff', [], { TEST_DB: 'mysql' });
else skip('bff (MySQL)', 'set TEST_MYSQL_URL=mysql://root@127.0.0.1:3306 to run the MySQL leg');

vitestSuite('miniprogram unit', 'miniprogram');

const chromium = chromiumPath();
if (chromium) {
  const build = run('npm', ['-w', 'miniprogram', 'run', 'build:h5']);
  check('H5 build', build.status === 0);
  if (build.status === 0) {
    vitestSuite('browser journey', 'miniprogram', ['--config', 'vitest.e2e.config.mts'], { CHROME_PATH: chromium });
  }
} else if (process.env.REQUIRE_BROWSER === '1') {
  check('browser journey', false, 'REQUIRE_BROWSER=1 but no Chromium at CHROME_PATH or /usr/bin/chromium');
} else {
  skip('browser journey', 'no Chromium (apt-get install chromium, or set CHROME_PATH)');
}

if (args.has('--weapp')) {
  const build = run('npm', ['-w', 'miniprogram', 'run', 'build:weapp']);
  const weappDir = path.join(root, 'miniprogram/dist/weapp');
  if (build.status === 0 && fs.existsSync(weappDir)) {
    const mainPackage = directorySize(weappDir, path.join(weappDir, 'packages'));
    check('weapp main package under 1 MB', mainPackage < WEAPP_MAIN_PACKAGE_LIMIT, `${(mainPackage / 1024).toFixed(0)} KB`);
    const chartsInMain = filesHolding(weappDir, path.join(weappDir, 'packages'), CHART_LIBRARY_MARK);
    check(
      'weapp main package without the chart library',
      chartsInMain.length === 0,
      chartsInMain.map((file) => path.relative(weappDir, file)).join(', '),
    );
  } else {
    check('weapp build', false);
  }
}

console.log('\n── summary ──');
for (const line of lines) console.log(`  ${line}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
