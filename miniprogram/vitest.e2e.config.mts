import { defineConfig } from 'vitest/config';

// The browser journey: a real BFF on a free port, the built H5 app, Debian's Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
