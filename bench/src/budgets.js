// The budgets of issue 12 (replacing issue 8's), checked against a run's figures (`pnpm bench --check`). A budget is only
// checked when its section ran. They are never checked in unit tests: timings belong to a bench run.
import { bytes, ms, ratio } from "./format.js";

export const BUDGETS = {
  /**
   * Median µs per request ÷ the same call made with a ky instance of the same timeout and retry
   * settings (.json()), sequential, for each of our clients. ky is the design's HTTP layer; the ratio
   * to bare fetch is reported beside it.
   */
  overheadRatio: 1.1,
  /** min+gz bytes of each provider's one-call app bundled for the browser (1 kB = 1,000 bytes). */
  browserMinGz: 20_000,
  /** Median import() / require() time in a fresh process, ms, for each of our packages. */
  coldImportMs: 40,
  /** Packages in node_modules after npm install of one provider (its own tarball and auth-core's). */
  installPackages: 4,
  /** du -sk of that node_modules, KiB (3 MiB). */
  installDiskKiB: 3 * 1024,
};

export function checkBudgets(sections) {
  const byId = Object.fromEntries(sections.map((section) => [section.id, section.data]));
  const checks = [];
  const add = (name, figure, budget, pass) => checks.push({ name, figure, budget, pass });

  for (const result of byId.overhead?.results.filter((r) => r.ours) ?? []) {
    const figure = `${ratio(result.sequential.kyRatio)} the ky instance (${ratio(result.sequential.ratio)} bare fetch), median, sequential`;
    add(`overhead, ${result.name}`, figure, `≤ ${ratio(BUDGETS.overheadRatio)}`, result.sequential.kyRatio <= BUDGETS.overheadRatio);
  }
  for (const app of byId.bundle?.apps.filter((a) => a.ours) ?? []) {
    const browser = app.builds.browser;
    const figure = browser.error ? `fails: ${browser.error}` : `${bytes(browser.minGz)} B min+gz (browser)`;
    add(`bundle, ${app.name}`, figure, `≤ ${bytes(BUDGETS.browserMinGz)} B`, !browser.error && browser.minGz <= BUDGETS.browserMinGz);
  }
  for (const target of byId["cold-start"]?.targets.filter((t) => t.ours) ?? []) {
    for (const mode of ["esm", "cjs"]) {
      const importMs = target[mode].importMs;
      add(`cold import (${mode === "esm" ? "import()" : "require"}), ${target.name}`, `${ms(importMs)} ms median`, `≤ ${BUDGETS.coldImportMs} ms`, importMs <= BUDGETS.coldImportMs);
    }
  }
  for (const install of byId.install?.installs.filter((i) => i.ours) ?? []) {
    add(`install packages, ${install.name}`, `${install.packages} packages`, `≤ ${BUDGETS.installPackages}`, install.packages <= BUDGETS.installPackages);
    add(`install disk, ${install.name}`, `${bytes(install.diskKiB)} KiB (du -sk)`, `≤ ${bytes(BUDGETS.installDiskKiB)} KiB`, install.diskKiB <= BUDGETS.installDiskKiB);
  }
  const memory = byId.memory;
  if (memory) {
    add("memory, timers/handles left after the requests", memory.leakedResources.length ? memory.leakedResources.join(", ") : "none", "none", memory.leakedResources.length === 0);
    add("memory, abort listeners left on a shared signal", String(memory.signal.listenersAfter), "0", memory.signal.listenersAfter === 0);
    add("memory, AbortSignal.any() links left on a shared signal", String(memory.signal.dependantsAfter), "0", memory.signal.dependantsAfter === 0);
  }

  return {
    checks,
    table: {
      columns: ["budget", "figure", "limit", "result"],
      rows: checks.map((check) => [check.name, check.figure, check.budget, check.pass ? "pass" : "MISS"]),
    },
  };
}
