/**
 * Runs before every test file. Under CI the property tests draw from one
 * fixed seed, as the fuzz harness does (test/fuzz/_harness.ts), so that a
 * landing is decided by the code and any failure can be replayed; on a
 * developer's machine every run draws new inputs, to keep finding new cases.
 * A test that passes its own `seed` keeps it.
 */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20_261_202 });
