// Starts the benchmark API (server.js) in a child process and answers its base URL. A separate
// process keeps the server's work off the client's CPU samples (this machine has 2 cores: one each).
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

export async function startServer() {
  const child = fork(fileURLToPath(new URL("./server.js", import.meta.url)), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(message.port));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the benchmark server exited early (code ${code})`)));
  });
  return {
    /** The Lambda/Phala-style base URL: `${baseURL}/instances`, `${baseURL}/auth/me`. */
    baseURL: `http://127.0.0.1:${port}/api/v1`,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.disconnect();
      }),
  };
}
