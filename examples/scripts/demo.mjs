// `pnpm demo`: builds what the demo needs (quietly: turbo's output is shown only if the build fails),
// then runs it. Arguments after `--` are passed on (`pnpm demo -- --live`).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const examples = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=@cloud-sdk/examples...", "--output-logs=errors-only"], {
  cwd: examples,
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
const demo = spawnSync(process.execPath, [join(examples, "dist/demo.js"), ...args], { stdio: "inherit" });
process.exit(demo.status ?? 1);
