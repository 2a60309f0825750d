import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** A running Verdaccio: its URL, a token of a user it accepts for publishing, and how to stop it. */
export interface LocalRegistry {
  readonly url: string;
  readonly token: string;
  /** What Verdaccio printed (its errors: an unreachable uplink, say). */
  log(): string;
  /** Stops the server and resolves once it exited. */
  stop(): Promise<void>;
}

/** The registry users install from; Verdaccio proxies every package except ours to it. */
const UPLINK = process.env.npm_config_registry?.startsWith("http") && !process.env.npm_config_registry.includes("127.0.0.1")
  ? process.env.npm_config_registry
  : "https://registry.npmjs.org/";

/**
 * Starts Verdaccio (the pinned 6.8.0, through verdaccio-server.cjs) on 127.0.0.1 with its storage in
 * `directory`: `@cloud-sdk/*` exists only there (published to it, never proxied), everything else is
 * proxied to the npm registry. Then creates a user through the registry's API to get a publish token.
 */
export async function startRegistry(directory: string): Promise<LocalRegistry> {
  const config = join(directory, "verdaccio.yaml");
  writeFileSync(
    config,
    [
      `storage: ${join(directory, "storage")}`,
      "auth:",
      "  htpasswd:",
      `    file: ${join(directory, "htpasswd")}`,
      "    max_users: 10",
      "uplinks:",
      "  npmjs:",
      `    url: ${UPLINK}`,
      "    timeout: 60s",
      "packages:",
      "  '@cloud-sdk/*':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    proxy: npmjs",
      "logs: { type: stdout, format: pretty, level: error }",
      "publish:",
      "  allow_offline: false",
      "",
    ].join("\n"),
  );
  const child = spawn(process.execPath, [join(__dirname, "verdaccio-server.cjs"), config], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Verdaccio did not start within 60 s:\n${output}`)), 60_000);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 100_000) output = output.slice(-50_000);
      const line = output.split("\n").find((candidate) => candidate.startsWith('{"port"'));
      if (line !== undefined) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Verdaccio exited before listening:\n${output}`));
    });
  });
  const stop = async () => {
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(killer);
  };
  try {
    const url = `http://127.0.0.1:${port}/`;
    // npm's "adduser" call: creates the user and answers its token.
    const response = await fetch(`${url}-/user/org.couchdb.user:release-test`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "release-test", password: "release-test-password", email: "release-test@example.test" }),
    });
    const body = (await response.json()) as { token?: string };
    if (response.status !== 201 || body.token === undefined) throw new Error(`creating the registry user answered ${response.status}: ${JSON.stringify(body)}`);
    return { url, token: body.token, stop, log: () => output };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The npm configuration pointing npm, pnpm and changesets at the local registry, with its token. */
export function npmrc(registry: LocalRegistry): string {
  const host = registry.url.replace(/^http:/, "");
  return [`registry=${registry.url}`, `${host}:_authToken=${registry.token}`, "git-checks=false", "fund=false", "audit=false", "update-notifier=false", ""].join("\n");
}
