import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// One resolved copy of graphql, or type-graphql and Apollo see two realms.
const graphqlPath = path.dirname(createRequire(import.meta.url).resolve('graphql/package.json'));

export default defineConfig({
  resolve: { alias: { graphql: graphqlPath } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
