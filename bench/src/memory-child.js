// Child of memory.js, run with --expose-gc: one LambdaCloudClient makes `requests` sequential calls to
// the benchmark server (argv[2]); heap used is read after forced GCs before and after, and the active
// handles/timers (process.getActiveResourcesInfo) are compared. Then the same number of calls share one
// AbortSignal, to see whether abort listeners (events.getEventListeners) or AbortSignal.any() links
// pile up on it.
import { getEventListeners } from "node:events";
import { LambdaCloudClient } from "@cloud-sdk/lambda-cloud-client";

const [baseURL, requestsArg, warmupArg] = process.argv.slice(2);
const requests = Number(requestsArg);
const warmup = Number(warmupArg);
const warnings = [];
process.on("warning", (warning) => warnings.push(`${warning.name}: ${warning.message}`));

const client = new LambdaCloudClient({ apiKey: "secret_bench_0123456789abcdef", baseURL });

async function settledHeap() {
  // A few GCs with turns of the event loop between them, so that finalisers and weak callbacks run.
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

function countResources() {
  const counts = {};
  for (const name of process.getActiveResourcesInfo()) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/**
 * Signals that AbortSignal.any() derived from `signal` and still linked to it. getEventListeners does not
 * see these links; on Node 20 the set of them on a long-lived source signal is never pruned (ky alone,
 * given one signal for many requests, leaves one per request). Read from Node's internal symbol.
 */
function dependantSignals(target) {
  const symbol = Object.getOwnPropertySymbols(target).find((s) => s.description === "kDependantSignals");
  return symbol ? (target[symbol]?.size ?? 0) : 0;
}

for (let i = 0; i < warmup; i++) await client.instances.list();
const heapBefore = await settledHeap();
const resourcesBefore = countResources();
// The heap at each quarter too: a leak grows steadily, noise does not.
const checkpoints = [];
for (let i = 1; i <= requests; i++) {
  await client.instances.list();
  if (i % (requests / 4) === 0 && i < requests) checkpoints.push({ after: i, heapUsed: await settledHeap() });
}
const heapAfter = await settledHeap();
const resourcesAfter = countResources();

const controller = new AbortController();
const signal = controller.signal;
const listenersBefore = getEventListeners(signal, "abort").length;
let listenersMax = 0;
const signalHeapBefore = await settledHeap();
for (let i = 0; i < requests; i++) {
  await client.instances.list(undefined, { signal });
  if (i % 100 === 0) listenersMax = Math.max(listenersMax, getEventListeners(signal, "abort").length);
}
const signalHeapAfter = await settledHeap();
const listenersAfter = getEventListeners(signal, "abort").length;
const dependantsAfter = dependantSignals(signal);

process.stdout.write(
  JSON.stringify({
    requests,
    heapBefore,
    heapAfter,
    checkpoints,
    resourcesBefore,
    resourcesAfter,
    signal: { heapBefore: signalHeapBefore, heapAfter: signalHeapAfter, listenersBefore, listenersMax, listenersAfter, dependantsAfter },
    warnings,
  }),
);
process.exit(0);
