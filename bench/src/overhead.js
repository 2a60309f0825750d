// Per-request overhead: what each client adds on top of a bare fetch + JSON.parse, on loopback against
// the child-process server. All contenders run in this one process and ALTERNATE request by request
// (sequential) or round by round (concurrent), with the order rotated each time, so that machine
// noise (GC, frequency scaling, the other process) falls on all of them alike and cancels in the
// ratios. Each contender is compared with the floor on its own route: the two bodies differ.
import { performance } from "node:perf_hooks";
import { checkAnswer, createContenders } from "./clients.js";
import { lambdaInstancesListText, phalaCurrentUser } from "./fixtures.js";
import { bytes, ratio, us } from "./format.js";
import { median, percentile, rotate } from "./stats.js";

export async function measureOverhead(baseURL, { sequential, concurrentRounds, perRound, concurrency, warmup }) {
  const contenders = createContenders(baseURL);
  for (const contender of contenders) checkAnswer(contender, await contender.call());

  // Warm-up: JIT, the connection pool (up to `concurrency` sockets), each library's lazy state.
  for (let i = 0; i < warmup; i++) for (const contender of rotate(contenders, i)) await contender.call();
  for (const contender of contenders) await runConcurrent(contender.call, concurrency * 2, concurrency, null);

  // Sequential: one request at a time, contenders alternating request by request.
  const indices = [...contenders.keys()];
  const seq = contenders.map(() => new Float64Array(sequential));
  for (let i = 0; i < sequential; i++) {
    for (const index of rotate(indices, i)) {
      const start = performance.now();
      await contenders[index].call();
      seq[index][i] = performance.now() - start;
    }
  }

  // Concurrent: `perRound` requests with `concurrency` in flight, per contender per round; the order
  // of the contenders rotates between rounds.
  const total = concurrentRounds * perRound;
  const conc = contenders.map(() => new Float64Array(total));
  const wall = contenders.map(() => 0);
  for (let round = 0; round < concurrentRounds; round++) {
    for (const index of rotate(indices, round)) {
      wall[index] += await runConcurrent(contenders[index].call, perRound, concurrency, conc[index].subarray(round * perRound));
    }
  }

  const results = contenders.map((contender, index) => ({
    name: contender.name,
    route: contender.route,
    floor: Boolean(contender.floor),
    ours: Boolean(contender.ours),
    peer: Boolean(contender.peer),
    reference: Boolean(contender.reference),
    kyBaseline: Boolean(contender.kyBaseline),
    sequential: { median: median(seq[index]), p99: percentile(seq[index], 99), count: sequential },
    concurrent: { median: median(conc[index]), p99: percentile(conc[index], 99), wallPerRequest: wall[index] / total, count: total },
  }));
  for (const result of results) {
    const floor = results.find((other) => other.floor && other.route === result.route);
    const kyBaseline = results.find((other) => other.kyBaseline && other.route === result.route);
    result.sequential.ratio = result.sequential.median / floor.sequential.median;
    result.sequential.kyRatio = kyBaseline ? result.sequential.median / kyBaseline.sequential.median : undefined;
    result.sequential.p99Ratio = result.sequential.p99 / floor.sequential.p99;
    result.concurrent.ratio = result.concurrent.median / floor.concurrent.median;
    result.concurrent.wallRatio = result.concurrent.wallPerRequest / floor.concurrent.wallPerRequest;
  }
  return report(results, { sequential, concurrentRounds, perRound, concurrency, warmup });
}

/** Runs `count` calls with `concurrency` in flight; writes each call's latency into `samples`; answers the wall time. */
async function runConcurrent(call, count, concurrency, samples) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const start = performance.now();
      await call();
      if (samples) samples[i] = performance.now() - start;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return performance.now() - start;
}

function report(results, load) {
  const label = (result) => `${result.name}${result.reference ? " (reference)" : ""}`;
  const rows = (pick) => results.map((result) => [`/${result.route}`, label(result), ...pick(result)]);
  return {
    id: "overhead",
    title: "1. Per-request overhead",
    how:
      `Loopback HTTP/1.1 keep-alive server in a child process (one core each on this machine); all clients in the bench process, ` +
      `warmed up (${load.warmup} alternating rounds, then ${load.concurrency * 2} concurrent each). Sequential: ${load.sequential.toLocaleString("en-US")} requests per client, ` +
      `the clients alternating request by request with the order rotated each round. Concurrent: ${(load.concurrentRounds * load.perRound).toLocaleString("en-US")} requests per client at ${load.concurrency} in flight, ` +
      `in ${load.concurrentRounds} rounds of ${load.perRound}, the client order rotated between rounds; "wall" is the round's wall time divided by its requests. ` +
      `Latency = performance.now() around the call, until the parsed body is in hand. Ratios compare medians with the ky instance (same timeout and retry settings, .json()) and with bare fetch + JSON.parse on the same route ` +
      `(/instances: a Lambda list of 2 instances, ${bytes(Buffer.byteLength(lambdaInstancesListText(2)))} bytes; /auth/me: a Phala 2026-01-21 body, ${bytes(Buffer.byteLength(JSON.stringify(phalaCurrentUser)))} bytes).`,
    tables: [
      {
        caption: `Sequential, ${load.sequential.toLocaleString("en-US")} requests per client`,
        columns: ["route", "client", "median µs", "p99 µs", "median ÷ ky instance", "median ÷ fetch", "p99 ÷ fetch"],
        rows: rows((r) => [
          us(r.sequential.median),
          us(r.sequential.p99),
          r.sequential.kyRatio === undefined ? "" : ratio(r.sequential.kyRatio),
          ratio(r.sequential.ratio),
          ratio(r.sequential.p99Ratio),
        ]),
      },
      {
        caption: `Concurrent, ${(load.concurrentRounds * load.perRound).toLocaleString("en-US")} requests per client, ${load.concurrency} in flight`,
        columns: ["route", "client", "median µs", "p99 µs", "median ÷ fetch", "wall µs/req", "wall ÷ fetch"],
        rows: rows((r) => [us(r.concurrent.median), us(r.concurrent.p99), ratio(r.concurrent.ratio), us(r.concurrent.wallPerRequest), ratio(r.concurrent.wallRatio)]),
      },
    ],
    data: { results, load },
  };
}
