// Fuzz: the exported zod schemas' safeParse on hostile input (see _harness.ts for what is checked).
import { SCHEMA_TARGETS } from './_targets.js';
import { fuzzSuite } from './_suite.js';

fuzzSuite('schemas', SCHEMA_TARGETS);
