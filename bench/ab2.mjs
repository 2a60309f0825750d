import { performance } from "node:perf_hooks";
import ky from "ky";
import { LambdaCloudClient } from "@cloud-sdk/lambda-cloud-client";
import { createTransport, fromValue, bearer } from "@cloud-sdk/auth-core";
import { startServer } from "./src/server/start-server.js";
import { median } from "./src/stats.js";
const server = await startServer();
const base = server.baseURL;
const KEY = "secret_bench_0123456789abcdef";
const headers = { authorization: `Bearer ${KEY}`, accept: "application/json" };
const kyi = ky.create({ timeout: 60_000, retry: { limit: 2 } });
const ours = new LambdaCloudClient({ apiKey: KEY, baseURL: base });
const off = new LambdaCloudClient({ apiKey: KEY, baseURL: base, responseValidation: "off" });
const t = createTransport({ provider: "X", baseURL: base, credential: fromValue(KEY), auth: bearer() });
const set = [
  ["ky", async () => (await kyi.get(`${base}/instances`, { headers }).json()).data],
  ["ours", () => ours.instances.list()],
  ["ours-off", () => off.instances.list()],
  ["transport", async () => (await t.request({ operation: "x", method: "GET", path: "/instances" })).data],
  ["kyhooks", async () => (await kyi.get(`${base}/instances`, { headers, hooks: { beforeRequest: [async () => {}] }, retry: { shouldRetry: () => undefined }, fetch: (a, b) => fetch(a, b) }).json()).data],
];
for (let i = 0; i < 300; i++) for (const [, c] of set) await c();
const s = set.map(() => []);
for (let i = 0; i < 4000; i++) for (let k = 0; k < set.length; k++) { const j = (k + i) % set.length; const st = performance.now(); await set[j][1](); s[j].push(performance.now() - st); }
const m = s.map((x) => median(Float64Array.from(x)));
console.log(set.map(([n], i) => `${n} ${(m[i] / m[0]).toFixed(3)}`).join("  "));
await server.close();
