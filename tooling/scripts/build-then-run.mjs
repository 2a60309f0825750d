// `pnpm demo` and `pnpm bench`: builds what a workspace package needs (quietly: turbo's output is shown
// only if the build fails), then runs one of its files with the remaining arguments.
//   node tooling/scripts/build-then-run.mjs <package name> <file, from the repository root> [args…]
// A `--` that pnpm passes through (`pnpm demo -- --live`) is dropped.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const [packageName, file, ...rest] = process.argv.slice(2);
if (!packageName || !file) {
  process.stderr.write("usage: node tooling/scripts/build-then-run.mjs <package name> <file> [args…]\n");
  process.exit(2);
}
const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", `--filter=${packageName}...`, "--output-logs=errors-only"], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
});
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? "");
  process.stderr.write(build.stderr ?? "");
  process.stderr.write("\nThe build failed: see above.\n");
  process.exit(build.status ?? 1);
}
const args = rest.filter((arg) => arg !== "--");
const run = spawnSync(process.execPath, [join(root, file), ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
