import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.fuzz.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
    // builds dist/ first when it is missing or older than the source: no test skips or reads a stale build
    globalSetup: ['test/globalSetup.ts'],
    // under CI, one fast-check seed for every property test (see the file)
    setupFiles: ['test/setup.ts'],
  },
});
