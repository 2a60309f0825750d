// Loads the *built* package through import and require (main entry and ./mock), calls the fake served on
// a loopback server with each build, and bundles the main entry for the browser and runs it without
// `process`. Jest tests src/, so it cannot catch interop bugs of dist/ or a Node-only import in the
// main entry.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForBrowser, runWithoutProcess, startServer } from "@cloud-sdk/dist-checks";
import { getResponse } from "msw";

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
// The package imports itself by name, through its own exports map, as users will.
const main = {
  esm: await import("@cloud-sdk/podstack-client"),
  cjs: require("@cloud-sdk/podstack-client"),
};
const mocks = {
  esm: await import("@cloud-sdk/podstack-client/mock"),
  cjs: require("@cloud-sdk/podstack-client/mock"),
};

let fake; // the mock answering the loopback server
const server = await startServer(async (incoming, body) => {
  const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
    method: incoming.method,
    headers: Object.entries(incoming.headers).map(([name, value]) => [name, String(value)]),
    body: body === "" ? undefined : body,
  });
  const response = await getResponse(fake.handlers, request);
  if (response === undefined)
    return {
      status: 500,
      body: { detail: `smoke server: no handler for ${request.method} ${request.url}` },
    };
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
});

try {
  for (const kind of ["esm", "cjs"]) {
    const { Client, AuthenticationError, ServerError, PodstackError, ApiError } = main[kind];
    fake = mocks[kind].createPodstackMock({ baseURL: `${server.url}/v1` });
    // An endpoint without a path gets /v1: this also checks that rule on the built code.
    const client = new Client({
      apiToken: fake.apiKey,
      apiEndpoint: server.url,
      projectId: mocks[kind].PODSTACK_MOCK_PROJECT_ID,
      maxRetries: 0,
    });
    const pods = await client.pods.list();
    assert.deepEqual(
      pods.map((pod) => [pod.id, pod.status]),
      [
        ["pod-123", "Running"],
        ["pod-456", "Stopped"],
      ],
      kind,
    );
    const wrong = await new Client({ apiToken: "psk_wrong", apiEndpoint: server.url }).wallet
      .balance()
      .catch((error) => error);
    assert.ok(
      wrong instanceof AuthenticationError &&
        wrong instanceof PodstackError &&
        wrong instanceof ApiError,
      kind,
    );
    assert.match(wrong.message, /^Invalid API token\./, kind);
    fake.failNext({ status: 502, body: "<html><title>Bad Gateway</title></html>" });
    const html = await client.projects.list().catch((error) => error);
    assert.ok(
      html instanceof ServerError && /an HTML page \("Bad Gateway"\)/.test(html.message),
      kind,
    );
  }
  // The two builds recognise each other's errors.
  assert.ok(new main.esm.AuthenticationError({ message: "x" }) instanceof main.cjs.PodstackError);
  assert.ok(new main.cjs.NetworkError({ message: "x" }) instanceof main.esm.ApiError);

  // Browser / edge: the main entry bundles without Node built-ins and runs without `process`; there is no
  // credentials file there, and the missing-token error says so.
  const code = await bundleForBrowser(`export * as podstack from "@cloud-sdk/podstack-client";`, {
    resolveDir: packageDirectory,
  });
  const { podstack } = runWithoutProcess(code);
  fake = mocks.esm.createPodstackMock({ baseURL: `${server.url}/v1` });
  const browserClient = new podstack.Client({
    apiToken: fake.apiKey,
    apiEndpoint: `${server.url}/v1`,
  });
  // JSON: the sandbox has its own Object prototype, so deepEqual would compare realms.
  assert.equal(
    JSON.stringify(await browserClient.wallet.balance()),
    JSON.stringify({ balance: 125.5, currency: "USD" }),
  );
  assert.throws(
    () => new podstack.Client(),
    /^AuthenticationError: No API token provided\. .*files cannot be read in this runtime/,
  );

  console.log(
    "smoke-dist: @cloud-sdk/podstack-client (and /mock) load through import and require; browser bundle runs without process",
  );
} finally {
  await server.close();
}
