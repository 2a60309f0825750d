// `pnpm bench`: builds what the benchmarks load (quietly: turbo's output is shown only if the build
// fails), then runs bench/src/main.js with the arguments (`--check`, `--quick`, `--only=…`).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const bench = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=@cloud-sdk/bench...", "--output-logs=errors-only"], {
  cwd: bench,
  encoding: "utf8",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
});
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? "");
  process.stderr.write(build.stderr ?? "");
  process.stderr.write("\nThe build failed: see above.\n");
  process.exit(build.status ?? 1);
}
const args = process.argv.slice(2).filter((arg) => arg !== "--");
const run = spawnSync(process.execPath, [join(bench, "src/main.js"), ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
