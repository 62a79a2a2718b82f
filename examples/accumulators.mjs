// Accumulators: compute a score per partition, ship the states as JSON, merge them.
//
//   node examples/accumulators.mjs
//
// This is the shape of a warehouse's user-defined aggregate function: each
// worker folds its own rows into a small plain-JSON state, the states are
// merged in any order, and the result equals the score computed in one pass.
import { csat, csatAccumulator, mean, meanAccumulator, nps, npsAccumulator } from 'clientele';

// Three regional partitions of the same survey; each row holds an NPS answer
// (0-10), a CSAT rating (1-5) and the minutes the case took to close.
const partitions = {
  north: [[10, 5, 12.5], [9, 4, 30.1], [6, 3, 45.2], [8, 4, 8.75]],
  central: [[3, 2, 60.4], [10, 5, 5.3], [9, 5, 14.9]],
  south: [[7, 4, 22.2], [10, 5, 11.1], [5, 1, 90.7], [9, 4, 17.3], [10, 5, 3.05]],
};

const scores = [
  { name: 'NPS', column: 0, acc: npsAccumulator(), onePass: nps },
  { name: 'CSAT', column: 1, acc: csatAccumulator({ scale: 5 }), onePass: (values) => csat(values, { scale: 5 }) },
  { name: 'mean minutes', column: 2, acc: meanAccumulator(), onePass: mean },
];
// How a partition's state is shown. The mean's state keeps its sum and sum of
// squares exactly, as lists of non-overlapping doubles ("partials", "squares";
// entries like -7.1e-15 are expected remainders): we show the readable fields.
const show = (state) => ('partials' in state
  ? `{ total: ${state.total}, min: ${state.min}, max: ${state.max}, partials: […], squares: […] }`
  : JSON.stringify(state));

for (const { name, column, acc, onePass } of scores) {
  // 1. Each partition folds its rows into a state, then serialises it to send.
  const shipped = Object.entries(partitions).map(([region, rows]) => {
    const state = rows.reduce((s, row) => acc.add(s, row[column]), acc.empty());
    return { region, json: JSON.stringify(state) };
  });
  // 2. The coordinator parses and merges the states, here in reverse order: order never matters.
  const merged = shipped
    .map(({ json }) => JSON.parse(json))
    .reverse()
    .reduce((a, b) => acc.merge(a, b), acc.empty());
  const combined = acc.result(merged);
  // 3. The same score in one pass over every row.
  const all = Object.values(partitions).flat().map((row) => row[column]);
  const direct = onePass(all);

  console.log(`${name}`);
  for (const { region, json } of shipped) {
    const state = JSON.parse(json);
    console.log(`  ${region.padEnd(8)} score ${acc.result(state).score.toFixed(2).padStart(6)}  state ${show(state)}`);
  }
  console.log(`  merged   ${combined.score}`);
  console.log(`  one pass ${direct.score}`);
  console.log(`  equal: ${JSON.stringify(combined) === JSON.stringify(direct)} (shown rounded: ${combined.score.toFixed(2)})\n`);
}
