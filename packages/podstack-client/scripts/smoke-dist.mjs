// Loads the *built* package through import and require (main entry and ./mock), calls the fake served on
// a loopback server with each build, and bundles the main entry for the browser and runs it without
// `process`. Jest tests src/, so it cannot catch interop bugs of dist/ or a Node-only import in the
// main entry.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
const nodeEntries = {
  esm: await import("@cloud-sdk/podstack-client/node"),
  cjs: require("@cloud-sdk/podstack-client/node"),
};
const files = mkdtempSync(join(tmpdir(), "podstack-smoke-"));

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
    // The fake's S3 endpoint on the same loopback server, under /s3 (SigV4 is checked there).
    fake = mocks[kind].createPodstackMock({ baseURL: `${server.url}/v1`, s3Endpoint: `${server.url}/s3` });
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

    // Buckets: S3 calls signed by the bundled code (aws4fetch), a typed S3 error, and the ./node entry.
    const { BucketObjectError } = main[kind];
    const stored = await client.buckets.upload("bkt-123456", "smoke/a b.txt", `smoke ${kind}`);
    assert.equal(stored.parts, 1, kind);
    const read = new TextDecoder().decode(await client.buckets.download("bkt-123456", "smoke/a b.txt"));
    assert.equal(read, `smoke ${kind}`, kind);
    const missing = await client.buckets.download("bkt-123456", "nope").catch((error) => error);
    assert.ok(missing instanceof BucketObjectError && missing.code === "NoSuchKey", kind);
    const node = nodeEntries[kind];
    assert.equal(node.fileSystemSupported, true, kind);
    const source = join(files, `${kind}.txt`);
    writeFileSync(source, `file ${kind}`);
    await node.upload(client.buckets, "bkt-123456", source, `smoke/${kind}.txt`);
    await node.download(client.buckets, "bkt-123456", `smoke/${kind}.txt`, join(files, `${kind}-back.txt`));
    assert.equal(readFileSync(join(files, `${kind}-back.txt`), "utf8"), `file ${kind}`, kind);
  }
  // The two builds recognise each other's errors.
  assert.ok(new main.esm.AuthenticationError({ message: "x" }) instanceof main.cjs.PodstackError);
  assert.ok(new main.cjs.NetworkError({ message: "x" }) instanceof main.esm.ApiError);

  // Browser / edge: the main entry bundles without Node built-ins and runs without `process`; there is no
  // credentials file there, and the missing-token error says so.
  const code = await bundleForBrowser(
    `export * as podstack from "@cloud-sdk/podstack-client"; export * as nodeEntry from "@cloud-sdk/podstack-client/node";`,
    { resolveDir: packageDirectory },
  );
  // TransformStream is a global of browsers and workerd; the sandbox lists only the common ones.
  const { podstack, nodeEntry } = runWithoutProcess(code, { TransformStream });
  // ./node resolves to its stand-in outside Node: it loads, and says what to use instead.
  assert.equal(nodeEntry.fileSystemSupported, false);
  await assert.rejects(nodeEntry.sync(undefined, "b", ".", "p", { direction: "upload" }), /needs Node's file system/);
  fake = mocks.esm.createPodstackMock({ baseURL: `${server.url}/v1`, s3Endpoint: `${server.url}/s3` });
  const browserClient = new podstack.Client({
    apiToken: fake.apiKey,
    apiEndpoint: `${server.url}/v1`,
  });
  // JSON: the sandbox has its own Object prototype, so deepEqual would compare realms.
  assert.equal(
    JSON.stringify(await browserClient.wallet.balance()),
    JSON.stringify({ balance: 125.5, currency: "USD" }),
  );
  // S3 signing in the browser bundle: aws4fetch's browser build on Web Crypto.
  await browserClient.buckets.upload("bkt-123456", "browser.txt", "from the browser bundle");
  assert.equal(
    new TextDecoder().decode(await browserClient.buckets.download("bkt-123456", "browser.txt")),
    "from the browser bundle",
  );
  assert.throws(
    () => new podstack.Client(),
    /^AuthenticationError: No API token provided\. .*files cannot be read in this runtime/,
  );

  console.log(
    "smoke-dist: @cloud-sdk/podstack-client (and /mock, /node) load through import and require; buckets work through both builds; browser bundle runs without process",
  );
} finally {
  await server.close();
  rmSync(files, { recursive: true, force: true });
}
