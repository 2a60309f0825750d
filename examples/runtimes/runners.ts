import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_ARGS, esbuild, playwrightChromium } from "@cloud-sdk/runtimes";
import { PAGE_HTML, pageEntry, type Targets, workerdConfig, workerEntry } from "./entries.js";

/** What a runtime answered: per client, per step. */
export type Results = Record<string, Record<string, unknown>>;

/** Everything below stops by itself: each child or browser gets this long. */
export const RUN_TIMEOUT_MS = 60_000;

interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command to its end (killed after `RUN_TIMEOUT_MS`), asynchronously: the emulators answering it
 * live in this process's event loop.
 */
export function runCommand(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs an entry file that prints the results as its last stdout line; fails with its stderr otherwise. */
export async function runEntry(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Results> {
  const finished = await runCommand(command, args, { cwd, env: { PATH: process.env.PATH, HOME: cwd, ...env } });
  const last = finished.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(last) as Results;
  } catch {
    throw new Error(`${command} ${args.join(" ")} exited ${finished.code} without results:\n${finished.stderr.trim() || finished.stdout.trim()}`);
  }
}

/** Bundles an entry of the consumer project (its imports resolve in the project's node_modules). */
async function bundle(project: string, contents: string, format: "esm" | "iife", conditions: string[]): Promise<string> {
  const result = await esbuild().build({
    stdin: { contents, resolveDir: project, loader: "js", sourcefile: "entry.mjs" },
    bundle: true,
    write: false,
    format,
    platform: "browser",
    conditions,
    target: "es2022",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Bundles the walkthrough into a Worker (esbuild, the `workerd`/`worker`/`browser` conditions, as wrangler
 * does), serves it with workerd on 127.0.0.1, asks it once, and stops workerd.
 */
export async function runWorkerd(workerdBinary: string, project: string, targets: Targets, compatibilityDate: string): Promise<Results> {
  const directory = mkdtempSync(join(tmpdir(), "cloud-sdk-workerd-"));
  writeFileSync(join(directory, "worker.bundle.js"), await bundle(project, workerEntry(targets), "esm", ["workerd", "worker", "browser"]));
  const port = await freePort();
  writeFileSync(join(directory, "config.capnp"), workerdConfig(port, compatibilityDate));
  const child = spawn(workerdBinary, ["serve", "config.capnp", "--verbose"], { cwd: directory, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<never>((_, reject) => child.on("exit", (code) => reject(new Error(`workerd exited ${code}:\n${log}`))));
  exited.catch(() => undefined);
  try {
    const deadline = Date.now() + RUN_TIMEOUT_MS;
    for (;;) {
      try {
        const response = await Promise.race([fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(RUN_TIMEOUT_MS) }), exited]);
        const text = await response.text();
        if (!response.ok) throw new Error(`the Worker answered ${response.status}: ${text}\n${log}`);
        return JSON.parse(text) as Results;
      } catch (error) {
        // Until workerd listens, connecting is refused: try again, within the deadline.
        const refused = (error as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED";
        if (!refused || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    child.kill("SIGKILL");
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * Bundles the walkthrough for the browser, serves the page on 127.0.0.1 (another origin than the
 * emulators: CORS and the cookie are real), opens it in the system Chromium driven by playwright-core,
 * and reads the results from the page.
 */
export async function runChromium(chromiumPath: string, project: string, targets: Targets): Promise<{ results: Results; console: string[] }> {
  const script = await bundle(project, pageEntry(targets), "iife", ["browser"]);
  const server: Server = createServer((request, response) => {
    if (request.url === "/page.js") response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else if (request.url === "/") response.writeHead(200, { "content-type": "text/html" }).end(PAGE_HTML);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const pageURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const profile = mkdtempSync(join(tmpdir(), "cloud-sdk-chromium-"));
  const messages: string[] = [];
  const context = await playwrightChromium().launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS.filter((flag) => flag !== "--headless"),
    timeout: RUN_TIMEOUT_MS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
    page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
    await page.goto(pageURL, { timeout: RUN_TIMEOUT_MS });
    await page.waitForSelector("#results[data-done]", { state: "attached", timeout: RUN_TIMEOUT_MS });
    const text = await page.textContent("#results");
    return { results: JSON.parse(text ?? "{}") as Results, console: messages };
  } finally {
    await context.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Reads a file of the examples package (the walkthrough is copied into each consumer project). */
export function readOwn(name: string): string {
  return readFileSync(join(__dirname, name), "utf8");
}
