// One warehouse worker: loads a built UDAF file, aggregates its partition and
// sends the state back as JSON text, as a warehouse does between stages.
import { parentPort, workerData } from 'node:worker_threads';

const udaf = await import(workerData.file);
const state = udaf.initialState();
for (const value of workerData.values) udaf.aggregate(state, value);
parentPort.postMessage(JSON.stringify(state));
