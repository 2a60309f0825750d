// What the per-request overhead of a client is made of, measured side by side in one run: the ky
// instance the budget compares with, the same ky call with one hook, a fetch wrapper and a
// shouldRetry that do nothing, auth-core's transport without a schema, and the Lambda client with
// and without response validation. Only these run in the process. The ratios are lower than in the
// full run (section 1), where the peers' modules and clients share the process and the same client
// measures 1.2× or more: the JIT's view of ky and auth-core differs with what else runs. This script
// says what the overhead is made of, not what the budget is checked on.
// Run after a build: `node bench/src/overhead-breakdown.js` (prints one table).
import { performance } from "node:perf_hooks";
import ky from "ky";
import { bearer, createTransport, fromValue } from "@cloud-sdk/auth-core";
import { LambdaCloudClient } from "@cloud-sdk/lambda-cloud-client";
import { ratio, us } from "./format.js";
import { startServer } from "./server/start-server.js";
import { median, rotate } from "./stats.js";

const KEY = "secret_bench_0123456789abcdef";
const server = await startServer();
try {
  const base = server.baseURL;
  const url = `${base}/instances`;
  const headers = { authorization: `Bearer ${KEY}`, accept: "application/json" };
  const instance = ky.create({ timeout: 60_000, retry: { limit: 2 } });
  const validated = new LambdaCloudClient({ apiKey: KEY, baseURL: base });
  const unvalidated = new LambdaCloudClient({ apiKey: KEY, baseURL: base, responseValidation: "off" });
  const transport = createTransport({ provider: "Lambda Cloud", baseURL: base, credential: fromValue(KEY), auth: bearer() });
  const contenders = [
    ["ky instance, .json()", async () => (await instance.get(url, { headers }).json()).data],
    [
      "the same with a beforeRequest hook, a fetch wrapper and a shouldRetry, doing nothing",
      async () =>
        (await instance.get(url, { headers, hooks: { beforeRequest: [() => undefined] }, retry: { shouldRetry: () => undefined }, fetch: (input, init) => fetch(input, init) }).json()).data,
    ],
    ["auth-core transport, no schema", async () => (await transport.request({ operation: "instances.list", method: "GET", path: "/instances" })).data],
    ['LambdaCloudClient, responseValidation: "off"', () => unvalidated.instances.list()],
    ["LambdaCloudClient (2 instances validated)", () => validated.instances.list()],
  ];
  const rounds = Number(process.env.BREAKDOWN_ROUNDS ?? 4000);
  for (let i = 0; i < 300; i++) for (const [, call] of contenders) await call();
  const samples = contenders.map(() => new Float64Array(rounds));
  const indices = [...contenders.keys()];
  for (let i = 0; i < rounds; i++) {
    for (const index of rotate(indices, i)) {
      const start = performance.now();
      await contenders[index][1]();
      samples[index][i] = performance.now() - start;
    }
  }
  const medians = samples.map((s) => median(s));
  process.stdout.write(`${rounds.toLocaleString("en-US")} requests each, alternating\n\n| Contender | median µs | ÷ ky instance |\n|---|---|---|\n`);
  for (const [index, [name]] of contenders.entries()) process.stdout.write(`| ${name} | ${us(medians[index])} | ${ratio(medians[index] / medians[0])} |\n`);
} finally {
  await server.close();
}
