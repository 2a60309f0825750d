// Memory: whether a long-lived client grows per request. Measured in a separate process run with
// --expose-gc (memory-child.js), so that heap figures are after full GCs and not mixed with the other
// sections' garbage; it calls the same child-process server as the overhead section. A leak shows as
// heap growth per request, as timers or handles still active after the requests, or as abort
// listeners accumulating on a signal shared by many requests.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bytes } from "./format.js";

export function measureMemory(baseURL, { requests, warmup }) {
  const child = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(new URL("./memory-child.js", import.meta.url)), baseURL, String(requests), String(warmup)], {
    encoding: "utf8",
    timeout: 300_000,
  });
  if (child.status !== 0) throw new Error(`the memory child failed: ${child.error?.message ?? child.stderr}`);
  const result = JSON.parse(child.stdout);
  const perRequest = (result.heapAfter - result.heapBefore) / requests;
  // From the first quarter on: the heap the first requests add (compiled code, caches, the pool) is not per request.
  const first = result.checkpoints[0];
  const steadyPerRequest = first ? (result.heapAfter - first.heapUsed) / (requests - first.after) : Number.NaN;
  const signalPerRequest = (result.signal.heapAfter - result.signal.heapBefore) / requests;
  const names = [...new Set([...Object.keys(result.resourcesBefore), ...Object.keys(result.resourcesAfter)])].sort();
  const leakedResources = names
    .filter((name) => (result.resourcesAfter[name] ?? 0) > (result.resourcesBefore[name] ?? 0))
    .map((name) => `${name} +${(result.resourcesAfter[name] ?? 0) - (result.resourcesBefore[name] ?? 0)}`);
  const list = (counts) => names.filter((n) => counts[n]).map((n) => `${n} ×${counts[n]}`).join(", ") || "none";
  const signed = (value) => (Number.isFinite(value) ? `${value >= 0 ? "+" : "−"}${bytes(Math.abs(value))}` : "—");
  return {
    id: "memory",
    title: "6. Memory",
    how:
      `A child process (node --expose-gc) with one LambdaCloudClient calling instances.list() on the benchmark server: ${warmup.toLocaleString("en-US")} warm-up calls, ` +
      `then heap used (process.memoryUsage().heapUsed after 4 gc() calls with event-loop turns between) and process.getActiveResourcesInfo() (what keeps the loop alive) ` +
      `before and after ${requests.toLocaleString("en-US")} sequential calls, the heap also at each quarter. Then ${requests.toLocaleString("en-US")} more calls all passing one shared AbortSignal, ` +
      `with events.getEventListeners(signal, "abort") sampled every 100 calls and at the end, and the signals AbortSignal.any() derived from it ` +
      `still linked to it (Node's internal kDependantSignals set, which getEventListeners does not show and which Node 20 never prunes).`,
    tables: [
      {
        columns: ["measure", "value"],
        rows: [
          ["requests", requests.toLocaleString("en-US")],
          ["heap used before (bytes)", bytes(result.heapBefore)],
          ["heap used after (bytes)", bytes(result.heapAfter)],
          ["heap used at each quarter (bytes)", [...result.checkpoints.map((c) => bytes(c.heapUsed)), bytes(result.heapAfter)].join(" → ")],
          ["growth per request, before → after (bytes)", signed(perRequest)],
          ["growth per request, first quarter → after (bytes)", signed(steadyPerRequest)],
          ["active resources before", list(result.resourcesBefore)],
          ["active resources after", list(result.resourcesAfter)],
          ["resources added", leakedResources.join(", ") || "none"],
          ["shared signal: abort listeners before / max seen / after", `${result.signal.listenersBefore} / ${result.signal.listenersMax} / ${result.signal.listenersAfter}`],
          ["shared signal: AbortSignal.any() dependants left on it", String(result.signal.dependantsAfter)],
          ["shared signal: heap growth per request (bytes)", signed(signalPerRequest)],
          ["process warnings", result.warnings.join("; ") || "none"],
        ],
      },
    ],
    data: { ...result, perRequest, steadyPerRequest, signalPerRequest, leakedResources },
  };
}
