import fc from 'fast-check';
import { it } from 'vitest';
import { TaskSchema } from '/work/main/src/observations/schemas.js';
import { classifyTask, slaSettings } from '/work/main/src/scoring/slaAttainment.js';
import { safeRun } from '/work/main/src/_internal/zod.js';
import type { Issue } from '/work/main/src/errors.js';
const src = require('fs').readFileSync('/work/main/test/scoring/taskReader.prop.test.ts', 'utf8');
it('x', async () => {
  const mod = await import('/work/main/test/scoring/_taskReaderArb.ts');
  const kinds = new Map<string, string>();
  fc.assert(fc.property(mod.nearTask, (fields: any) => {
    const task = { ...mod.valid, ...fields };
    const r: Issue[] = [];
    const out = classifyTask(task, ['t'], slaSettings({ slaHours: 8 }, [])!, r);
    const p = safeRun(TaskSchema, task, ['t']);
    const a = new Set(r.map((i) => JSON.stringify([i.path, i.message])));
    const b = new Set(p.success ? [] : p.issues.map((i) => JSON.stringify([i.path, i.message])));
    for (const x of a) if (!b.has(x)) { const k = 'reader-only ' + x.replace(/got .*"\]$/, 'got …'); if (!kinds.has(k)) kinds.set(k, JSON.stringify(task)); }
    for (const x of b) if (!a.has(x)) { const k = 'schema-only ' + x.replace(/got .*"\]$/, 'got …'); if (!kinds.has(k)) kinds.set(k, JSON.stringify(task)); }
    if ((out !== undefined) !== p.success) kinds.set('verdict ' + JSON.stringify(task), '');
  }), { numRuns: 30000 });
  for (const [k, v] of kinds) console.log(k, '\n    ', v.slice(0, 300));
});
