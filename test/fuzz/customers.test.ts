// Fuzz: hostile input for every public function of this part (see _harness.ts for what is checked).
import { CUSTOMER_TARGETS, OBSERVATION_TARGETS, I18N_TARGETS } from './_targets.js';
import { fuzzSuite } from './_suite.js';

fuzzSuite('customers', [...CUSTOMER_TARGETS, ...OBSERVATION_TARGETS, ...I18N_TARGETS]);
