// `pnpm bench`: runs every section (or --only some), prints a table per section, writes
// bench/RESULTS.md on a full run, and with --check exits non-zero listing every missed budget.
// Sections run one after another, never in parallel: each would disturb the others' timings.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkBudgets } from "./budgets.js";
import { describeMachine, loadAverage } from "./machine.js";
import { parseOptions, SECTIONS } from "./options.js";
import { printSection, renderResults, textTable } from "./report.js";
import { startServer } from "./server/start-server.js";

const options = parseOptions(process.argv.slice(2));
if (options.help) {
  process.stdout.write(options.help);
  process.exit(0);
}
if (options.error) {
  process.stderr.write(`${options.error}\n`);
  process.exit(2);
}

const progress = (text) => process.stderr.write(`… ${text}\n`);
const machine = describeMachine(`${options.quick ? "--quick" : "full"}${options.only.length < SECTIONS.length ? `, only ${options.only.join(", ")}` : ""}`);
process.stdout.write(`cloud-sdk bench: ${machine.date}, Node ${machine.node}, ${machine.cpu} × ${machine.cores}, load ${machine.load}, ${machine.commit}\n`);

const needsServer = options.only.includes("overhead") || options.only.includes("memory");
const server = needsServer ? await startServer() : undefined;
const sections = [];
const failures = [];
try {
  // A section that fails (the registry unreachable, a package that no longer loads) is reported and
  // the others still run; the run then exits non-zero and does not write RESULTS.md.
  const run = async (id, label, measure) => {
    if (!options.only.includes(id)) return;
    progress(label);
    const started = performance.now();
    let section;
    try {
      section = await measure();
    } catch (error) {
      failures.push(id);
      process.stderr.write(`\n== ${id}: FAILED ==\n${error?.stack ?? error}\n`);
      return;
    }
    section.notes = [...(section.notes ?? []), `(${((performance.now() - started) / 1000).toFixed(1)} s)`];
    printSection(section);
    sections.push(section);
  };
  const { loads } = options;
  await run("overhead", "per-request overhead", async () => (await import("./overhead.js")).measureOverhead(server.baseURL, loads.overhead));
  await run("validation", "validation cost", async () => (await import("./validation.js")).measureValidation(loads.validation));
  await run("bundle", "bundle sizes", async () => (await import("./bundle-size.js")).measureBundles());
  await run("cold-start", "cold start", async () => (await import("./cold-start.js")).measureColdStart(loads.coldStart));
  await run("install", "install footprint (pnpm pack, npm install)", async () => (await import("./install-footprint.js")).measureInstall());
  await run("memory", "memory", async () => (await import("./memory.js")).measureMemory(server.baseURL, loads.memory));
} finally {
  await server?.close();
}

machine.loadAtEnd = loadAverage();
const budgets = checkBudgets(sections);
process.stdout.write(`\n== Budgets ==\n\n${budgets.checks.length ? textTable(budgets.table) : "(no budget applies to the sections run)"}\n`);

// Timing lines ("(12.3 s)") are for the terminal only.
const forFile = sections.map((section) => ({ ...section, notes: section.notes.filter((note) => !/^\(\d/.test(note)) }));
if (options.writeResults && failures.length === 0) {
  const path = fileURLToPath(new URL("../RESULTS.md", import.meta.url));
  writeFileSync(path, renderResults({ machine, sections: forFile, budgets }));
  process.stdout.write(`\nWrote ${path}\n`);
} else {
  process.stdout.write("\n(bench/RESULTS.md not written: only a full run of every section, all succeeding, writes it)\n");
}
if (failures.length) {
  process.stderr.write(`\nThese sections failed: ${failures.join(", ")} (see above).\n`);
  process.exit(1);
}

if (options.check) {
  const missed = budgets.checks.filter((check) => !check.pass);
  if (missed.length) {
    process.stderr.write(`\n${missed.length} budget(s) missed:\n${missed.map((check) => `  - ${check.name}: ${check.figure} (budget ${check.budget})`).join("\n")}\n`);
    process.exit(1);
  }
  process.stdout.write(`\nAll ${budgets.checks.length} budgets met.\n`);
}
// The SDKs under test may keep sockets or timers alive; the run is over.
process.exit(0);
