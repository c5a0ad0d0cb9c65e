import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The villager's phone signs in twice a run: once for the journeys that share its session (first
 * needed by workpoints), once more in the login journey, which logs its session out. The BFF sends
 * a phone one code a minute, so the login journey goes last, when that minute has mostly passed;
 * whatever is left of it, the login page's countdown waits out (see signInThroughUi).
 */
const JOURNEY_ORDER = ['workpoints', 'recall', 'complaints', 'trace', 'login'];

class JourneyOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const name = /([^/]+)\.e2e\.ts$/.exec(file.moduleId)?.[1] ?? '';
      const known = JOURNEY_ORDER.indexOf(name);
      // A journey not listed yet runs before the login journey.
      return known === -1 ? JOURNEY_ORDER.length - 1.5 : known;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

// The browser journeys: one BFF for the run (e2e/global-setup.ts), the built H5 app, Debian's Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One journey file at a time: two cores, and the demo phones' sign-ins are shared in order.
    fileParallelism: false,
    sequence: { sequencer: JourneyOrder },
  },
});
