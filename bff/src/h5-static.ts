import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** A content hash in the file name (js/app.1f2e3d4c.js): a new build gives the file a new name. */
const CONTENT_HASHED = /\.[0-9a-f]{8}\.\w+$/;

/**
 * How long a browser may keep a file of the H5 build: hashed files for good, index.html never
 * without asking (it names the hashed files of the build in force), anything else a day.
 */
export function cacheControlOf(file: string): string {
  const name = path.basename(file).replace(/\.(br|gz)$/, '');
  if (CONTENT_HASHED.test(name)) return 'public, max-age=31536000, immutable';
  if (name.endsWith('.html')) return 'no-cache';
  return 'public, max-age=86400';
}

/**
 * Serves the H5 build at /. The build writes each text file also brotli- and gzip-compressed
 * (`.br`, `.gz`, at the highest levels), which are sent to browsers that accept them: smaller
 * than compressing per request could afford, and no CPU spent on it while serving.
 */
export async function registerH5(server: FastifyInstance, h5Dist: string): Promise<void> {
  if (!fs.existsSync(path.join(h5Dist, 'index.html'))) {
    server.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<!doctype html><meta charset="utf-8"><title>共富</title><p>H5 尚未构建：请先运行 npm run build:h5</p>'),
    );
    return;
  }
  await server.register(fastifyStatic, {
    root: h5Dist,
    prefix: '/',
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => reply.header('cache-control', cacheControlOf(file)),
  });
}
