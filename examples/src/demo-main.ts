import { startEmulators } from "./emulator/index.js";
import { runLive } from "./live.js";
import { Output, type Sink } from "./output.js";
import { PROVIDERS } from "./providers.js";
import { StepFailed } from "./walkthroughs/step.js";

/**
 * The demo: each client walked through against a local emulator of its API (built from the package's
 * own fake), or, with `--live`, read-only calls against the real services for the keys that are set.
 * Answers the exit code: 0 when every step behaved as expected.
 */
export async function runDemo(args: readonly string[], sink: Sink): Promise<number> {
  const out = new Output(sink);
  if (args.includes("--live")) return runLive(out);

  // The emulator accepts only its own fake keys: real settings in the environment must not change
  // what the steps show (a real key would hide the "no key" step), so the demo's own process forgets them.
  for (const provider of PROVIDERS) for (const name of provider.environmentVariables) delete process.env[name];
  out.line("cloud-sdk demo: each client against a local emulator of its API (127.0.0.1, no network, no keys)");
  const emulators = await startEmulators();
  try {
    for (const provider of PROVIDERS) {
      const target = emulators[provider.id];
      out.heading(provider.name, target.baseURL);
      try {
        await provider.walkthrough(out, target);
      } catch (error) {
        if (!(error instanceof StepFailed)) throw error;
      }
    }
  } finally {
    await emulators.close();
  }
  out.line();
  out.line(out.failures === 0 ? "Every step behaved as expected." : `${out.failures} step(s) did not behave as expected.`);
  return out.failures === 0 ? 0 : 1;
}
