#!/usr/bin/env node
// `npm start`: build the H5 app when its sources are newer than the build, then start the BFF,
// which migrates every store, writes the demo data (outside production) and serves the app on :4000.
// With NODE_ENV=production the BFF runs as compiled JavaScript (bff/dist, built here) under node;
// otherwise from its TypeScript sources under tsx, as in development.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const h5Index = path.join(root, 'miniprogram/dist/h5/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function h5IsStale() {
  if (!fs.existsSync(h5Index)) return true;
  const built = fs.statSync(h5Index).mtimeMs;
  const sources = ['miniprogram/src', 'miniprogram/config', 'shared-types/src'].map((d) => path.join(root, d));
  return sources.some((dir) => fs.existsSync(dir) && newestMtime(dir) > built);
}

if (h5IsStale()) {
  console.log('Building the H5 app (about a minute)…');
  const build = spawnSync('npm', ['-w', 'miniprogram', 'run', 'build:h5'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const production = process.env.NODE_ENV === 'production';
if (production) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: path.join(root, 'bff'), stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const bff = spawn(process.execPath, production ? ['dist/main.js'] : ['--import', 'tsx', 'src/main.ts'], {
  cwd: path.join(root, 'bff'),
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => bff.kill(signal));
bff.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
