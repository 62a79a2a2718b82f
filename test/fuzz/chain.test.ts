// Fuzz: hostile input for every public function of this part (see _harness.ts for what is checked).
import { CHAIN_TARGETS } from './_targets.js';
import { fuzzSuite } from './_suite.js';

fuzzSuite('chain', CHAIN_TARGETS);
