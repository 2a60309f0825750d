// Loads the *built* package through import and require (main entry and ./mock), makes real calls
// against a loopback server that serves the package's own fake, and bundles the main entry for the
// browser and runs it without `process`. Jest tests src/, so it cannot catch interop bugs of dist/
// or a Node-only import in the main entry.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForBrowser, runWithoutProcess, startServer } from "@cloud-sdk/dist-checks";
import { getResponse } from "msw";

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const main = { esm: await import("@cloud-sdk/phota-client"), cjs: require("@cloud-sdk/phota-client") };
const mocks = { esm: await import("@cloud-sdk/phota-client/mock"), cjs: require("@cloud-sdk/phota-client/mock") };

// The loopback server answers with whichever fake is current, through msw's getResponse.
let mock;
const server = await startServer(async (request, body) => {
  const url = `http://127.0.0.1:${request.socket.localPort}${request.url}`;
  const init = { method: request.method, headers: request.headers, body: body === "" ? undefined : body };
  const response = await getResponse([...mock.handlers], new Request(url, init));
  if (!response) return { status: 599, body: { detail: `no fake handler for ${request.method} ${request.url}` } };
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
});
const baseURL = `${server.url}/v1/phota`;
const PNG = [0x89, 0x50, 0x4e, 0x47];

try {
  for (const [kind, phota] of Object.entries(main)) {
    mock = mocks[kind].createPhotaMock({ baseURL });
    const client = new phota.PhotaClient({ apiKey: mock.apiKey, baseURL, maxRetries: 0 });
    const result = await client.generate({ prompt: "a lighthouse" });
    assert.deepEqual([...phota.decodeImages(result)[0].subarray(0, 4)], PNG, kind);
    const sent = mock.state.imageRequests[0].body;
    assert.equal(sent.output_format, "png", kind);
    assert.match(sent.client_request_id, /^[0-9a-f-]{36}$/, kind);
    const denied = await new phota.PhotaClient({ apiKey: "wrong-key-000000", baseURL, maxRetries: 0 }).profiles.list().catch((error) => error);
    assert.ok(denied instanceof phota.AuthenticationError && /Missing or invalid API key/.test(denied.message), kind);
  }
  // The ESM and the CJS build recognise each other's errors.
  assert.ok(new main.esm.GatewayTimeoutError({ status: 504, message: "x" }) instanceof main.cjs.ServerError);
  assert.ok(new main.cjs.NotFoundError({ status: 404, message: "x" }) instanceof main.esm.PhotaError);

  // Browser / edge: the main entry bundles without Node built-ins and runs without `process`.
  const code = await bundleForBrowser(`export * as phota from "@cloud-sdk/phota-client";`, { resolveDir: packageDirectory });
  const { phota } = runWithoutProcess(code);
  assert.throws(() => new phota.PhotaClient(), (error) => error instanceof phota.MissingCredentialError);
  mock = mocks.esm.createPhotaMock({ baseURL });
  const browserClient = new phota.PhotaClient({ apiKey: mock.apiKey, baseURL });
  const handle = await browserClient.edit({ images: ["https://example.com/a.jpg"], async: true });
  assert.equal(handle.poll_url, `${baseURL}/jobs/${handle.job_id}`);
  assert.equal((await browserClient.jobs.get(handle)).status, "running");

  console.log("smoke-dist: @cloud-sdk/phota-client (and /mock) load through import and require; browser bundle runs without process");
} finally {
  await server.close();
}
