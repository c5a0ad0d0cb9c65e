import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/app';
import { loadConfig, type AppConfig, type StoreTarget } from '../src/config';
import type { CoreServices } from '../src/core/context';
import type { StoreName } from '../src/stores/store-names';

/** What the benches share: the app, a GraphQL call over HTTP, a load loop, and latency figures. */

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function describeLatency(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
}

/**
 * A GraphQL request as a client sends it; `token` null for an anonymous caller. `data` is `any`:
 * each bench reads the fields its own query asked for.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each bench reads the fields its own query asked for
type BenchAnswer = { data?: any; errors?: unknown[] };

export async function gql(
  url: string,
  token: string | null,
  query: string,
  variables?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<BenchAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as BenchAnswer;
}

/** Runs `total` calls of `task` on `workers` concurrent loops; returns each call's latency. */
export async function load(
  total: number,
  workers: number,
  task: (i: number) => Promise<void>,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/** The app in this process on a free port, with the demo data, over the given stores. */
export async function startApp(
  targets: Record<StoreName, StoreTarget>,
  env: Record<string, string> = {},
): Promise<{ url: string; server: FastifyInstance; core: CoreServices; config: AppConfig }> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DEMO_DATA: 'true',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    ...env,
  });
  config.stores = targets;
  const { server, core } = await createApp(config, { logLevel: 'warn' });
  await server.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`, server, core, config };
}
