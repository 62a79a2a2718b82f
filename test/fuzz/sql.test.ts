// Fuzz: hostile column names, options and result rows for every accumulator's warehouse SQL (see _harness.ts for what is checked).
import { SQL_TARGETS } from './_targets.js';
import { fuzzSuite } from './_suite.js';

fuzzSuite('sql', SQL_TARGETS);
