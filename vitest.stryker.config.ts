import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/scoring and src/chain:
// the unit and property tests of those folders and the executed @examples.
export default defineConfig({
  test: {
    include: ['test/scoring/**/*.test.ts', 'test/chain/**/*.test.ts', 'test/report/**/*.test.ts', 'test/docs/**/*.test.ts'],
    // the time-zone test switches process.env.TZ, which Stryker's workers do not honour
    exclude: ['test/**/*.tz.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
