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
 * once the process has exited, with the time it took to exit after the last call.
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
    Promise.all(calls).then((outcomes) => {
      process.stdout.write(JSON.stringify(outcomes) + "\\n");
      ${options.lingerMs === undefined ? "" : `setTimeout(() => undefined, ${options.lingerMs});`}
    });
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  let doneAt = 0;
  let checked: Promise<void> | undefined;
  let outcomes: CallOutcome[] = [];
  child.stdout.on("data", (data: Buffer) => {
    output += data.toString();
    if (!doneAt && output.endsWith("\n")) {
      doneAt = Date.now();
      outcomes = JSON.parse(output) as CallOutcome[];
      checked = whileAlive(outcomes);
    }
  });
  const exitedAt = await new Promise<number>((resolve) => child.on("exit", () => resolve(Date.now())));
  await checked;
  if (!doneAt) throw new Error(`the client process exited without reporting: ${output}`);
  return { outcomes, exitAfterMs: exitedAt - doneAt };
}
