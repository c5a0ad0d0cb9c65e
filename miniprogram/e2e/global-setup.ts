import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's BFF, serving the built H5 app: http://127.0.0.1:<port>. */
    bffUrl: string;
    /** Where the run keeps each demo phone's browser storage once it has signed in (see harness.ts). */
    sessionsDir: string;
  }
}

const repoRoot = path.resolve(__dirname, '../..');
/** The BFF's output, kept for when a journey fails for a reason only the server saw. */
const bffLog = path.join(repoRoot, 'artifacts/e2e-bff.log');
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

/**
 * One BFF for every journey file of the run: fresh SQLite stores with the demo data in a temp
 * DATA_DIR, on a port the system picks. Journeys must therefore not rely on each other's data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongfu-e2e-data-'));
  const sessionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongfu-e2e-sessions-'));
  fs.mkdirSync(path.dirname(bffLog), { recursive: true });
  const log = fs.createWriteStream(bffLog);

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(repoRoot, 'bff'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Should vitest itself die, the BFF goes with it rather than holding its port.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
    log.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);

  const cleanUp = async () => {
    await stop(child);
    process.removeListener('exit', killOnExit);
    log.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(sessionsDir, { recursive: true, force: true });
  };

  try {
    const port = await listeningPort(child, () => output);
    const url = `http://127.0.0.1:${port}`;
    await untilReady(url, child, () => output);
    project.provide('bffUrl', url);
    project.provide('sessionsDir', sessionsDir);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}

/**
 * The port only: with PORT=0 the system picks a free one (no race with other processes, as
 * choosing one here and passing it would have), and the BFF names it in its startup line.
 * Readiness is /readyz's business.
 */
function listeningPort(child: ChildProcess, output: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`the BFF did not start listening in ${READY_TIMEOUT_MS / 1000} s:\n${output()}`)),
      READY_TIMEOUT_MS,
    );
    const onData = () => {
      const match = /is running: http:\/\/[^/\s]+:(\d+)\//.exec(output());
      if (match) done(null, Number(match[1]));
    };
    const onExit = (code: number | null) => done(new Error(`the BFF exited with ${code} before listening:\n${output()}`));
    function done(error: Error | null, port?: number) {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(port!);
    }
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Polls GET /readyz until it answers 200: every store open and migrated. */
async function untilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the BFF exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the BFF was not ready in ${READY_TIMEOUT_MS / 1000} s (last /readyz: ${last}):\n${output()}`);
}

/** SIGTERM, and the BFF's own grace period to finish; SIGKILL only if it overstays. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
