import 'reflect-metadata';
import { createApp } from '../app';
import { loadConfig } from '../config';
import type { StoreRegistry } from '../stores/registry';
import { DAICUN, seedScale, type Progress } from './scale';
import { seedTraceScale, ZHEJIANG } from './trace-scale';

const SCALES: Record<string, (stores: StoreRegistry, progress: Progress) => Promise<object>> = {
  daicun: (stores, progress) => seedScale(stores, DAICUN, progress),
  zhejiang: (stores, progress) => seedTraceScale(stores, ZHEJIANG, progress),
};

/** A one-line progress bar on stderr, redrawn in place. */
function progressBar(): Progress {
  let last = '';
  return (phase, done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${phase} ${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
    if (line === last) return;
    last = line;
    process.stderr.write(`\r${line.padEnd(90)}`);
    if (done === total) process.stderr.write('\n');
  };
}

/**
 * `npm run seed`: migrates, then writes the demo data (the server also does this at start).
 * `npm run seed -- --scale daicun`: also builds the seeds' 工分宝 scale (a minute or so on MySQL).
 * `npm run seed -- --scale zhejiang`: also builds the seeds' 浙食链 scale in the trace store —
 * 1.07 million batches, 13.8 million cold-chain codes (MySQL only; minutes).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.env === 'production') throw new Error('seed data is never written in production');
  const scaleArg = process.argv.indexOf('--scale');
  const scaleName = scaleArg >= 0 ? process.argv[scaleArg + 1] : null;
  if (scaleName && !Object.hasOwn(SCALES, scaleName))
    throw new Error(`unknown scale "${scaleName}" (known: ${Object.keys(SCALES).join(', ')})`);

  // The app migrates every store and writes the reference and demo data as it opens, jobs off.
  const app = await createApp({ ...config, demoData: true }, { jobs: false, logLevel: 'warn' });
  try {
    console.log('demo data written');
    if (scaleName) {
      const started = Date.now();
      const summary = await SCALES[scaleName](app.core.stores, progressBar());
      console.log(`scale ${scaleName} written in ${((Date.now() - started) / 1000).toFixed(1)} s:`, summary);
    }
  } finally {
    await app.server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
