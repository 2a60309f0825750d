// Loads the *built* package through import and require (main entry and /mock), makes real calls
// against the package's own fake served over loopback HTTP, and bundles the main entry for the
// browser and runs it without `process`. Jest tests src/, so it cannot catch interop bugs of dist/
// or a Node-only import in the main entry.
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { getResponse } from "msw";
import { bundleForBrowser, runWithoutProcess, startServer } from "@cloud-sdk/dist-checks";

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const main = { esm: await import("@cloud-sdk/phala-cloud-client"), cjs: require("@cloud-sdk/phala-cloud-client") };
const mockEntry = { esm: await import("@cloud-sdk/phala-cloud-client/mock"), cjs: require("@cloud-sdk/phala-cloud-client/mock") };
delete process.env.PHALA_CLOUD_API_KEY;
delete process.env.PHALA_CLOUD_API_PREFIX;

// The fake (from the ESM build of /mock) answers real HTTP: each request becomes a fetch Request
// for msw's getResponse. Its base URL is only known once the server listens.
let mock;
const server = await startServer(async (incoming, body) => {
  const request = new Request(`${mock.baseURL.replace(/\/api\/v1$/, "")}${incoming.url}`, {
    method: incoming.method,
    headers: Object.entries(incoming.headers).map(([name, value]) => [name, String(value)]),
    body: body === "" ? undefined : body,
  });
  const response = await getResponse([...mock.handlers], request);
  const headers = { "content-type": response.headers.get("content-type") ?? "application/json" };
  return { status: response.status, headers, body: await response.text() };
});

try {
  mock = mockEntry.esm.createPhalaCloudMock({ baseURL: `${server.url}/api/v1` });
  assert.equal(typeof mockEntry.cjs.createPhalaCloudMock, "function");
  assert.equal(mockEntry.cjs.PHALA_CLOUD_MOCK_API_KEY, mock.apiKey);

  for (const [kind, phala] of Object.entries(main)) {
    const client = phala.createClient({ apiKey: mock.apiKey, baseURL: `${server.url}/api/v1/`, maxRetries: 0 });
    assert.equal((await client.getCurrentUser()).user.username, "alice", kind);
    assert.equal((await client.withVersion("2025-10-28").getCurrentUser()).team_name, "Acme", kind);
    const names = [];
    for await (const cvm of client.cvms({ page_size: 1 })) names.push(cvm.name);
    assert.deepEqual(names, ["my-web-app", "onchain-app"], kind);
    const update = await client.updateDockerCompose({ name: "onchain-app", docker_compose_file: "services: {}\n" });
    assert.equal(update.status, "precondition_required", kind);
    const error = await client.provisionCvm({ name: "my-web-app", compose_file: {} }).catch((caught) => caught);
    assert.ok(error instanceof phala.ResourceError && error instanceof phala.PhalaCloudError && error.errorCode === "ERR-01-004", kind);
    assert.throws(() => phala.createClient(), phala.MissingCredentialError, kind);
  }
  // The ESM and CJS builds recognise each other's errors.
  assert.ok(new main.esm.ConflictError({ status: 409, message: "x" }) instanceof main.cjs.BusinessError);
  assert.ok(new main.cjs.AuthError({ status: 401, message: "x" }) instanceof main.esm.PhalaCloudError);

  // Browser / edge: the main entry bundles without Node built-ins and runs without `process`.
  const code = await bundleForBrowser(`export * as phala from "@cloud-sdk/phala-cloud-client";`, { resolveDir: packageDirectory });
  const { phala } = runWithoutProcess(code);
  assert.throws(() => phala.createClient(), /PHALA_CLOUD_API_KEY/);
  const browserClient = phala.createClient({ apiKey: mock.apiKey, baseURL: `${server.url}/api/v1` });
  assert.equal((await browserClient.getCvmList()).total, 2);
  assert.doesNotThrow(() => phala.createClient({ useCookieAuth: true, baseURL: `${server.url}/api/v1` }));

  console.log("smoke-dist: @cloud-sdk/phala-cloud-client (and /mock) load through import and require; browser bundle runs without process");
} finally {
  await server.close();
}
