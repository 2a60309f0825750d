// What the figures were measured on and what was measured (date, Node, CPU, the commit and whether
// the packages had uncommitted changes): numbers from another machine or build are not comparable.
import { execFileSync } from "node:child_process";
import os from "node:os";

export function describeMachine(run) {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model?.trim() ?? "unknown",
    cores: cpus.length,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    load: loadAverage(),
    commit: describeCommit(),
    run,
  };
}

/** 1-, 5- and 15-minute load averages: other work on the machine shows in absolute times. */
export function loadAverage() {
  return os.loadavg().map((value) => value.toFixed(2)).join(", ");
}

function describeCommit() {
  const git = (...args) => execFileSync("git", args, { cwd: new URL("../..", import.meta.url), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    const head = git("rev-parse", "--short", "HEAD");
    const dirty = git("status", "--porcelain", "--", "packages").split("\n").filter(Boolean).length;
    return dirty ? `the built packages at commit ${head}, with ${dirty} uncommitted change(s) under packages/` : `the built packages at commit ${head}`;
  } catch {
    return "unknown (not a git checkout)";
  }
}
