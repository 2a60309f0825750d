// Loads the *built* package through import and require, against a loopback server, and bundles it
// for the browser and runs it without `process`. Jest tests src/, so it cannot catch interop bugs
// of dist/ (toolchain P14) or a Node-only import in the main entry.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { bundleForBrowser, runWithoutProcess, startServer } from "@cloud-sdk/dist-checks";

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");
const KEY = "smoke_0000000000000000000000";
const server = await startServer((request) =>
  request.url === "/v1/fail"
    ? { status: 502, body: "<html><title>Bad Gateway</title></html>", headers: { "content-type": "text/html" } }
    : { body: { authorization: request.headers.authorization, path: request.url } },
);

// Importing must not start Node's fetch machinery (undici, ~35 ms of cold start): ky, which probes
// Request and FormData when evaluated, is loaded at the first request instead.
for (const [kind, load] of [["import", "await import('@cloud-sdk/auth-core')"], ["require", "require('@cloud-sdk/auth-core')"]]) {
  const script = `${load}; console.log(process.moduleLoadList.some((name) => name.includes("undici")))`;
  const args = kind === "import" ? ["--input-type=module", "-e", script] : ["-e", script];
  const loadsUndici = execFileSync(process.execPath, args, { cwd: packageDirectory, encoding: "utf8" }).trim();
  assert.equal(loadsUndici, "false", `${kind} of @cloud-sdk/auth-core loaded undici`);
}

try {
  const require = createRequire(import.meta.url);
  // The package imports itself by name, through its own exports map, as users will.
  const main = { esm: await import("@cloud-sdk/auth-core"), cjs: require("@cloud-sdk/auth-core") };
  const node = { esm: await import("@cloud-sdk/auth-core/node"), cjs: require("@cloud-sdk/auth-core/node") };
  for (const [kind, core] of Object.entries(main)) {
    const transport = core.createTransport({ provider: "Smoke", baseURL: `${server.url}/v1/`, credential: core.fromValue(KEY), auth: core.bearer() });
    const answer = await transport.request({ operation: "smoke.get", method: "GET", path: "/items/{id}", pathParams: { id: "a b" } });
    assert.deepEqual(answer, { authorization: `Bearer ${KEY}`, path: "/v1/items/a%20b" }, kind);
    const error = await transport.request({ operation: "smoke.fail", method: "GET", path: "/fail", maxRetries: 0 }).catch((caught) => caught);
    assert.ok(error instanceof core.ApiError && error.status === 502 && /HTML page \("Bad Gateway"\)/.test(error.message), kind);
  }
  // Two copies (the ESM and the CJS build) recognise each other's errors.
  assert.ok(new main.esm.ApiError({ status: 1, message: "x" }) instanceof main.cjs.ApiError);
  assert.ok(new main.cjs.TimeoutError("x", { timeoutMs: 1 }) instanceof main.esm.CloudSdkError);

  const directory = mkdtempSync(join(tmpdir(), "auth-core-smoke-"));
  const file = join(directory, "credentials");
  writeFileSync(file, "[default]\r\napi_token = ini-token-000000\r\n", { mode: 0o600 });
  for (const [kind, nodeEntry] of Object.entries(node)) {
    assert.equal(nodeEntry.credentialFilesSupported, true, kind);
    const credential = await nodeEntry.fromIniFile({ path: file, profile: "default", key: "api_token" }).resolve();
    assert.equal(credential.secret.reveal(), "ini-token-000000", kind);
  }

  // Browser / edge: the main entry and the ./node entry bundle without Node built-ins and run
  // without `process`; ./node resolves to its stand-in that finds nothing.
  const code = await bundleForBrowser(
    `export * as core from "@cloud-sdk/auth-core"; export * as nodeEntry from "@cloud-sdk/auth-core/node";`,
    { resolveDir: packageDirectory },
  );
  const { core, nodeEntry } = runWithoutProcess(code);
  assert.equal(core.readEnv("HOME"), undefined);
  assert.equal(core.fromEnv("ANY").resolveSync(), undefined);
  assert.equal(nodeEntry.credentialFilesSupported, false);
  assert.equal(await nodeEntry.fromIniFile({ path: "~/.x", profile: "default", key: "k" }).resolve(), undefined);
  const browserTransport = core.createTransport({ provider: "Smoke", baseURL: `${server.url}/v1`, credential: core.fromValue(KEY), auth: core.bearer() });
  assert.equal((await browserTransport.request({ operation: "smoke.get", method: "GET", path: "/b" })).authorization, `Bearer ${KEY}`);

  console.log("smoke-dist: @cloud-sdk/auth-core loads through import and require; browser bundle runs without process");
} finally {
  await server.close();
}
