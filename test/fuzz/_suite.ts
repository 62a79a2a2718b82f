/** Registers one vitest test per fuzz target, and prints the run counts after the file. */
import { afterAll, it } from 'vitest';
import { fuzz, report, TEST_TIMEOUT, type Tally, type Target } from './_harness.js';

export function fuzzSuite(file: string, targets: readonly Target[]): void {
  const tallies = new Map<string, Tally>();
  for (const target of targets) {
    it(`${target.name}: only ClienteleErrors, no mutation, no NaN`, { timeout: TEST_TIMEOUT }, () => {
      tallies.set(target.name, fuzz(target));
    });
  }
  afterAll(() => report(file, tallies));
}
