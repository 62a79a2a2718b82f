// Builds one self-contained file per accumulator into dist/udaf/, in the shape
// a warehouse's JavaScript user-defined aggregate function loads (BigQuery:
// `export function initialState / aggregate / merge / finalize`, the state
// updated in place and sent between workers as JSON). Each file carries the
// accumulator's own code and nothing else: no zod, no chain.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const FUNCTIONS = [
  { file: 'nps', factory: 'npsAccumulator', input: 'answer FLOAT64', note: 'answers 0..10' },
  { file: 'csat', factory: 'csatAccumulator', input: 'rating FLOAT64', note: 'a 1..5 scale, satisfied at 4 and above' },
  { file: 'ces', factory: 'cesAccumulator', input: 'rating FLOAT64', note: 'a 1..7 scale' },
  { file: 'mean', factory: 'meanAccumulator', input: 'value FLOAT64', note: 'finite numbers up to ±1.3e154, whose squares are finite' },
  {
    file: 'sla',
    factory: 'slaAccumulator',
    input: 'task STRUCT<requestedAt STRING, completedAt STRING, slaHours FLOAT64>',
    note: 'open tasks stay open; every task carries its slaHours',
  },
];

for (const { file, factory, input, note } of FUNCTIONS) {
  const contents = `
import { ${factory} } from './src/scoring/${factory}.js';
import { udaf } from './udaf/shape.ts';
const shape = udaf(${factory}());
export function initialState() { return shape.initialState(); }
export function aggregate(state, value) { shape.aggregate(state, value); }
export function merge(state, partialState) { shape.merge(state, partialState); }
export function finalize(state) { return shape.finalize(state); }
`;
  await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: `udaf-${file}.ts` },
    outfile: `dist/udaf/${file}.js`,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
    banner: {
      js: `// clientele ${file}: a JavaScript user-defined aggregate function (${note}).\n// BigQuery: CREATE TEMP AGGREGATE FUNCTION ${file}_score(${input}) RETURNS FLOAT64 LANGUAGE js AS <this file, as a raw string: r and three single quotes on each side>; (see the guide "Data warehouses")`,
    },
  });
  // esbuild gathers the exports into one `export { … }` list; write them as
  // `export function …` declarations, the form the warehouse documents.
  const path = `dist/udaf/${file}.js`;
  let text = readFileSync(path, 'utf8').replace(/\nexport \{[^}]*\};\s*$/, '\n');
  for (const name of ['initialState', 'aggregate', 'merge', 'finalize']) {
    const declaration = `\nfunction ${name}(`;
    if (!text.includes(declaration)) throw new Error(`${path}: no declaration of ${name}`);
    text = text.replace(declaration, `\nexport function ${name}(`);
  }
  writeFileSync(path, text);
}
console.log(`udaf: built ${FUNCTIONS.length} files into dist/udaf/`);
