import { spawn } from "node:child_process";
import { join } from "node:path";

/** What a call ended with, in the child process. */
export interface CallOutcome {
  readonly name: string;
  readonly message: string;
}

/**
 * Runs calls of the built transport (dist/index.cjs) in a separate Node process, as a user's program
 * would, and hands their outcomes back while that process is still alive (it lingers `lingerMs`
 * after the last call), so the caller can look at the server's sockets at that moment; then resolves
 * once the process has exited, with the time from the last call's end to the process's 'exit' event.
 *
 * Socket-level checks run here rather than inside jest: jest's sandboxed globals change how fetch
 * streams and signals behave, and the question is what a real program sees.
 */
export async function runClient(
  options: { baseURL: string; transport: Record<string, unknown>; calls: number; method?: string; lingerMs?: number },
  whileAlive: (outcomes: CallOutcome[]) => Promise<void>,
): Promise<{ outcomes: CallOutcome[]; exitAfterMs: number }> {
  const script = `
    const { createTransport, fromValue, bearer } = require(${JSON.stringify(join(__dirname, "../../dist/index.cjs"))});
    const transport = createTransport({ provider: "Example", baseURL: ${JSON.stringify(options.baseURL)}, credential: fromValue("k_0123456789abcdef"), auth: bearer(), logLevel: "off", ...${JSON.stringify(options.transport)} });
    const method = ${JSON.stringify(options.method ?? "GET")};
    const calls = Array.from({ length: ${options.calls} }, () =>
      transport.request({ operation: "x", method, path: "/x", json: method === "GET" ? undefined : {} }).then(
        () => ({ name: "ok", message: "" }),
        (error) => ({ name: error.name, message: error.message }),
      ));
    let settledAt = 0;
    // Measured inside the process: 'exit' fires when nothing is left on the event loop (no socket,
    // no timer), which is the moment the question is about; writes to a pipe are synchronous here.
    process.on("exit", () => process.stdout.write("EXIT-AFTER " + (Date.now() - settledAt) + "\\n"));
    Promise.all(calls).then((outcomes) => {
      settledAt = Date.now();
      process.stdout.write(JSON.stringify(outcomes) + "\\n");
      ${options.lingerMs === undefined ? "" : `setTimeout(() => undefined, ${options.lingerMs});`}
    });
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  let doneAt = 0;
  let exitAfterMs = Number.NaN;
  let checked: Promise<void> | undefined;
  let outcomes: CallOutcome[] = [];
  child.stdout.on("data", (data: Buffer) => {
    output += data.toString();
    const lines = output.split("\n");
    if (!doneAt && lines.length > 1) {
      doneAt = Date.now();
      outcomes = JSON.parse(lines[0]!) as CallOutcome[];
      checked = whileAlive(outcomes);
    }
    const exit = /EXIT-AFTER (\d+)/.exec(output);
    if (exit) exitAfterMs = Number(exit[1]);
  });
  await new Promise<void>((resolve) => child.on("close", () => resolve()));
  await checked;
  if (!doneAt || Number.isNaN(exitAfterMs)) throw new Error(`the client process exited without reporting: ${output}`);
  return { outcomes, exitAfterMs };
}
