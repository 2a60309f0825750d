import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as runtimes from "@cloud-sdk/runtimes";
import { startEmulators, type Emulators } from "../src/emulator/index.js";
import { createConsumerProject, pack, writeFiles } from "../test/consumer/project.js";
import { CLIENT_PACKAGES, cjsEntry, esmEntry, type ClientName, type Targets, WORKERD_DATES } from "./entries.js";
import { judge } from "./judge.js";
import { runChromium, runEntry, runWorkerd, type Results, RUN_TIMEOUT_MS } from "./runners.js";
import { renderTable, type Row, writeTable } from "./table.js";

// Each packed client, installed with npm into a new project as a user installs it, runs one walkthrough
// (walkthrough.mjs) in each runtime against the local emulators. The README's runtime table is written
// from this run. A runtime that cannot be obtained here is reported as such; under CI that is a failure
// for Node, Bun, Deno and Chromium.
const WORKSPACE = resolve(__dirname, "../..");
const CLIENTS = Object.keys(CLIENT_PACKAGES) as ClientName[];
const IN_CI = process.env.CI === "true" || process.env.CI === "1";

interface RuntimeCase {
  readonly runtime: string;
  readonly how: string;
  /** CI fails when this one cannot be obtained. */
  readonly required: boolean;
  readonly find: () => runtimes.Runtime;
  readonly run: (command: string, project: string, targets: Targets) => Promise<Results>;
  /** Browsers only: Phala's cookie mode is checked too. */
  readonly browser?: boolean;
}

const DENO_FLAGS = ["run", "--no-prompt", "--allow-net=127.0.0.1", "--allow-read", "--allow-env"];
const CASES: readonly RuntimeCase[] = [
  { runtime: "Node 20", how: "`import`", required: true, find: runtimes.nodeCurrent, run: (node, project) => runEntry(node, ["esm.mjs"], project) },
  { runtime: "Node 20", how: "`require`", required: true, find: runtimes.nodeCurrent, run: (node, project) => runEntry(node, ["cjs.cjs"], project) },
  { runtime: "Node LTS", how: "`import`", required: true, find: runtimes.nodeLts, run: (node, project) => runEntry(node, ["esm.mjs"], project) },
  { runtime: "Node LTS", how: "`require`", required: true, find: runtimes.nodeLts, run: (node, project) => runEntry(node, ["cjs.cjs"], project) },
  { runtime: "Bun", how: "`import`", required: true, find: runtimes.bun, run: (bun, project) => runEntry(bun, ["esm.mjs"], project, { DO_NOT_TRACK: "1" }) },
  { runtime: "Bun", how: "`require`", required: true, find: runtimes.bun, run: (bun, project) => runEntry(bun, ["cjs.cjs"], project, { DO_NOT_TRACK: "1" }) },
  {
    runtime: "Deno",
    how: "`import` from node_modules",
    required: true,
    find: runtimes.deno,
    run: (deno, project) => runEntry(deno, [...DENO_FLAGS, "esm.mjs"], project, { DENO_DIR: join(project, ".deno"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" }),
  },
  {
    runtime: "workerd",
    how: `Worker bundled by esbuild, compatibility date ${WORKERD_DATES.current}`,
    required: false,
    find: runtimes.workerd,
    run: (workerd, project, targets) => runWorkerd(workerd, project, targets, WORKERD_DATES.current),
  },
  {
    runtime: "workerd",
    how: `the same, date ${WORKERD_DATES.withoutProcess} (no \`process\` global)`,
    required: false,
    find: runtimes.workerd,
    run: (workerd, project, targets) => runWorkerd(workerd, project, targets, WORKERD_DATES.withoutProcess),
  },
  {
    runtime: "Chromium",
    how: "page loading an esbuild browser bundle",
    required: true,
    browser: true,
    find: runtimes.chromium,
    run: async (chromium, project, targets) => {
      const { results, console: messages } = await runChromium(chromium, project, targets);
      if (messages.some((message) => message.startsWith("pageerror"))) results.page = { errors: { ok: false, error: messages.join("\n") } };
      return results;
    },
  },
];

let emulators: Emulators;
let tarballs: string;
let project: string;
let targets: Targets;
const rows: Row[] = [];

beforeAll(async () => {
  emulators = await startEmulators();
  targets = Object.fromEntries(CLIENTS.map((name) => [name, { baseURL: emulators[name].baseURL, apiKey: emulators[name].apiKey }])) as Targets;
  tarballs = mkdtempSync(join(tmpdir(), "cloud-sdk-runtime-tarballs-"));
  const packed = ["auth-core", "lambda-cloud-client", "phala-cloud-client", "podstack-client", "phota-client"].map((directory) =>
    pack(join(WORKSPACE, "packages", directory), tarballs),
  );
  project = createConsumerProject(packed);
  copyFileSync(join(__dirname, "walkthrough.mjs"), join(project, "walkthrough.mjs"));
  writeFiles(project, { "esm.mjs": esmEntry(targets), "cjs.cjs": cjsEntry(targets) });
}, 180_000);

afterAll(async () => {
  await emulators?.close();
  for (const directory of [project, tarballs]) if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
  if (rows.length === CASES.length) {
    const table = renderTable(rows, CLIENTS.map((key) => ({ key, label: `\`${CLIENT_PACKAGES[key].replace("@cloud-sdk/", "")}\`` })), new Date().toISOString().slice(0, 10));
    writeTable(join(WORKSPACE, "README.md"), table);
    process.stdout.write(`\n${table}\n`);
  }
});

describe.each(CASES)("$runtime, $how", (entry) => {
  const found = entry.find();
  const label = found.version ?? entry.runtime;

  if (found.missing !== undefined) {
    // Not obtainable here: said plainly, and a failure where CI must have it.
    process.stderr.write(`test:runtimes: ${entry.runtime} (${entry.how}) not run: ${found.missing}\n`);
    rows.push({ runtime: entry.runtime, how: entry.how, cells: { notRun: found.missing } });
    if (IN_CI && entry.required) {
      test(`${entry.runtime} is available in CI`, () => {
        expect(found.missing).toBeUndefined();
      });
    }
    return;
  }

  let results: Results | undefined;
  let runError: string | undefined;
  const cells: Record<string, string[]> = {};

  beforeAll(async () => {
    try {
      results = await entry.run(found.command, project, targets);
    } catch (error) {
      runError = (error as Error).message;
    }
    for (const client of CLIENTS) cells[client] = runError !== undefined ? [`did not run: ${runError}`] : judge(client, results?.[client], entry.browser === true);
    if (results?.page !== undefined) for (const client of CLIENTS) cells[client]!.push(`page: ${JSON.stringify(results.page)}`);
    rows.push({ runtime: label, how: entry.how, cells });
  }, RUN_TIMEOUT_MS + 30_000);

  test.each(CLIENTS)(`%s: read, create, wrong key, missing key in ${label}`, (client) => {
    expect(cells[client]).toEqual([]);
  });
});
