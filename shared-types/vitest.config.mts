import { defineConfig } from 'vitest/config';

// The pure domain code both the BFF and the mini-program use.
export default defineConfig({
  test: { include: ['domain/**/*.test.ts'] },
});
