#!/usr/bin/env node
// `npm -w bff run build`: the BFF as plain JavaScript for production (NODE_ENV=production runs it
// with node, not tsx). One bundle of our own code — the BFF and the workspace's shared-types,
// which ship as TypeScript — with every npm dependency left to node_modules. Class names are kept:
// type-graphql and TypeORM name schema types and tables after them.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bff = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(bff, 'package.json'), 'utf8'));
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(bff, 'dist');
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@gongfu/'));

await build({
  entryPoints: { main: path.join(bff, 'src/main.ts') },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Subpaths too (typeorm/…, @apollo/server/…).
  external: external.flatMap((name) => [name, `${name}/*`]),
  keepNames: true,
  sourcemap: true,
  tsconfig: path.join(bff, 'tsconfig.json'),
  logLevel: 'warning',
});
console.log(`built ${path.relative(process.cwd(), path.join(outdir, 'main.js'))}`);
