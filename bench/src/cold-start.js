// Cold start: the cost of loading a client in a new process (a CLI, a serverless cold start). For each
// package, a fresh `node` runs cold-start/import.mjs (ESM, import()) or cold-start/require.cjs (CJS,
// require()), which times the import inside the child; this process times the whole child, spawn to
// exit. Runs alternate between packages and formats (order rotated each round) so that machine noise
// falls on all of them alike; medians over the runs. "node alone" is the same child importing nothing.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { ms, ratio } from "./format.js";
import { median, rotate } from "./stats.js";

const TARGETS = [
  { name: "node alone (no import)", specifier: "-", baseline: true },
  { name: "@cloud-sdk/lambda-cloud-client", specifier: "@cloud-sdk/lambda-cloud-client", ours: true },
  { name: "@cloud-sdk/phala-cloud-client", specifier: "@cloud-sdk/phala-cloud-client", ours: true },
  { name: "@cloud-sdk/podstack-client", specifier: "@cloud-sdk/podstack-client", ours: true },
  { name: "@cloud-sdk/phota-client", specifier: "@cloud-sdk/phota-client", ours: true },
  { name: "@phala/cloud", specifier: "@phala/cloud", peer: true },
  { name: "lambda-cloud-node-api", specifier: "lambda-cloud-node-api", peer: true },
  // References: the two libraries our clients are built on. ky is ESM-only (require fails on Node 20).
  { name: "valibot alone", specifier: "valibot", reference: true },
  { name: "ky alone", specifier: "ky", reference: true, modes: ["esm"] },
];

const CHILDREN = {
  esm: fileURLToPath(new URL("./cold-start/import.mjs", import.meta.url)),
  cjs: fileURLToPath(new URL("./cold-start/require.cjs", import.meta.url)),
};

export function measureColdStart({ runs }) {
  const jobs = TARGETS.flatMap((target) => (target.modes ?? ["esm", "cjs"]).map((mode) => ({ target, mode, importMs: [], wallMs: [] })));
  for (const job of jobs) runChild(job); // one unrecorded run each: file-system cache
  for (let run = 0; run < runs; run++) {
    for (const job of rotate(jobs, run)) {
      const { importMs, wallMs } = runChild(job);
      job.importMs.push(importMs);
      job.wallMs.push(wallMs);
    }
  }
  const targets = TARGETS.map((target) => {
    const pick = (mode) => {
      const job = jobs.find((j) => j.target === target && j.mode === mode);
      if (!job) return { importMs: Number.NaN, wallMs: Number.NaN };
      return { importMs: median(job.importMs), wallMs: median(job.wallMs) };
    };
    return { ...target, esm: pick("esm"), cjs: pick("cjs") };
  });
  const baseline = targets.find((t) => t.baseline);
  const kind = (t) => (t.ours ? "ours" : t.peer ? "peer" : t.reference ? "reference" : "baseline");
  return {
    id: "cold-start",
    title: "4. Cold start",
    how:
      `A fresh \`node\` process per run (no flags) loads the package by import() from an .mjs file (ESM) or by require() from a .cjs file (CJS), ` +
      `resolved from bench/ (our packages' built dist/). "import" = performance.now() around the import inside the child; "process" = spawn to exit, timed by the parent ` +
      `(Node's own start-up included; "node alone" is that floor). "—": not loadable that way (ky is ESM-only). Median of ${runs} runs, after one unrecorded run each; runs alternate between packages and formats.`,
    tables: [
      {
        columns: ["package", "kind", "ESM import ms", "ESM process ms", "CJS require ms", "CJS process ms", "ESM process ÷ node alone"],
        rows: targets.map((t) => [t.name, kind(t), ms(t.esm.importMs), ms(t.esm.wallMs), ms(t.cjs.importMs), ms(t.cjs.wallMs), ratio(t.esm.wallMs / baseline.esm.wallMs)]),
      },
    ],
    data: { targets, runs },
  };
}

function runChild({ target, mode }) {
  const start = performance.now();
  const child = spawnSync(process.execPath, [CHILDREN[mode], target.specifier], { encoding: "utf8", timeout: 60_000 });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`cold start of ${target.name} (${mode}) failed: ${child.error?.message ?? child.stderr}`);
  return { importMs: JSON.parse(child.stdout).importMs, wallMs };
}
