/**
 * One scenario run twice: in Node against the source, and in headless
 * Chromium against the bundled ESM build. Both runs must give the same JSON.
 * It takes the library as an argument so the same code serves both sides.
 */
import type * as Clientele from '../../src/index.js';

export function scenario(lib: typeof Clientele): unknown {
  const customers = ['department', 'employee', 'buyer'].map((kind) =>
    lib.safeParseCustomer({ kind, id: `${kind}-1`, name: kind, ...(kind === 'employee' ? { departmentId: 'd' } : {}) }),
  );
  return {
    customers: customers.map((result) => (result.success ? result.data : result.error.issues)),
    sides: lib.CUSTOMER_KINDS.map((kind) => lib.sideOf(kind)),
    party: lib.classifyParty({ employeeOf: true, buysFrom: true, partnerOf: true }, { partners: 'internal' }),
  };
}
