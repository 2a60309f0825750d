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
const main = { esm: await import("@cloud-sdk/lambda-cloud-client"), cjs: require("@cloud-sdk/lambda-cloud-client") };
const mockEntry = { esm: await import("@cloud-sdk/lambda-cloud-client/mock"), cjs: require("@cloud-sdk/lambda-cloud-client/mock") };
const SEEDED = "0920582c7ff041399e34823a0be62549";

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
  return { status: response.status, headers: { "content-type": response.headers.get("content-type") ?? "application/json" }, body: await response.text() };
});

try {
  mock = mockEntry.esm.createLambdaCloudMock({ baseURL: `${server.url}/api/v1` });
  assert.equal(typeof mockEntry.cjs.createLambdaCloudMock, "function");
  assert.equal(mockEntry.cjs.LAMBDA_CLOUD_MOCK_API_KEY, mock.apiKey);

  for (const [kind, lambda] of Object.entries(main)) {
    const client = new lambda.LambdaCloudClient({ apiKey: mock.apiKey, baseURL: `${server.url}/api/v1/`, maxRetries: 0 });
    const instances = await client.instances.list();
    assert.deepEqual(instances.map((instance) => instance.id), [SEEDED], kind);
    const error = await client.instances.get("ffffffffffffffffffffffffffffffff").catch((caught) => caught);
    assert.ok(error instanceof lambda.NotFoundError && error instanceof lambda.LambdaCloudError && error.status === 404, kind);
    assert.match(error.message, /^global\/object-does-not-exist: Specified instance does not exist\./, kind);
    assert.throws(() => new lambda.LambdaCloudClient({ apiKey: "" }), lambda.MissingCredentialError, kind);
  }
  // The ESM and CJS builds recognise each other's errors.
  assert.ok(new main.esm.RateLimitError({ status: 429, message: "x" }) instanceof main.cjs.RateLimitError);
  assert.ok(new main.cjs.InsufficientCapacityError({ status: 400, message: "x" }) instanceof main.esm.BadRequestError);

  // Browser / edge: the main entry bundles without Node built-ins and runs without `process`.
  const code = await bundleForBrowser(`export * as lambda from "@cloud-sdk/lambda-cloud-client";`, { resolveDir: packageDirectory });
  const { lambda } = runWithoutProcess(code);
  assert.throws(() => new lambda.LambdaCloudClient(), /LAMBDA_API_KEY/);
  const browserClient = new lambda.LambdaCloudClient({ apiKey: mock.apiKey, baseURL: `${server.url}/api/v1` });
  assert.equal((await browserClient.regions.list()).length > 0, true);

  console.log("smoke-dist: @cloud-sdk/lambda-cloud-client (and /mock) load through import and require; browser bundle runs without process");
} finally {
  await server.close();
}
