import { getResponse, http } from "msw";
import { GatewayTimeoutError, ServerError, TimeoutError } from "../src";
import { rejectionOf, useClient } from "./client-support";

const { mock, server, sent, sentJson, makeClient } = useClient();
const NOW = { "Retry-After": "0" }; // keeps retries instant

describe("async submits: retried with the same client_request_id, which Phota de-duplicates", () => {
  it("reuses the key after a 504 that followed the work, so Phota answers the original job and charges once", async () => {
    mock.failNext({ status: 504, path: "/generate", afterProcessing: true, headers: NOW });
    const handle = await makeClient({ maxRetries: 1 }).generate({ prompt: "a lighthouse", async: true });
    expect(mock.state.imageRequests).toHaveLength(2);
    const [first, retry] = mock.state.imageRequests;
    const key = (first?.body as Record<string, unknown>)["client_request_id"];
    expect(key).toEqual(expect.any(String));
    expect((retry?.body as Record<string, unknown>)["client_request_id"]).toBe(key);
    expect(retry?.replayed).toBe(true);
    expect(mock.state.chargedCalls).toBe(1);
    expect(mock.state.jobs.size).toBe(1);
    expect(mock.state.jobs.has(handle.job_id)).toBe(true);
  });

  it("reuses the caller's own key as well", async () => {
    mock.failNext({ status: 502, path: "/edit", afterProcessing: true, headers: NOW });
    const handle = await makeClient({ maxRetries: 2 }).edit({
      images: ["https://example.com/a.jpg"],
      async: true,
      client_request_id: "batch-7/item-3",
    });
    expect(mock.state.imageRequests.map((request) => (request.body as Record<string, unknown>)["client_request_id"])).toEqual([
      "batch-7/item-3",
      "batch-7/item-3",
    ]);
    expect(mock.state.jobs.size).toBe(1);
    expect(mock.state.jobs.has(handle.job_id)).toBe(true);
    expect(mock.state.chargedCalls).toBe(1);
  });

  it("sends the identical body on every attempt after 5xx answers", async () => {
    mock.failNext({ status: 503, path: "/remix", times: 2, headers: NOW });
    await makeClient({ maxRetries: 2 }).remix({
      input_image: "https://example.com/a.jpg",
      reference_image: "https://example.com/b.jpg",
      async: true,
    });
    const bodies = await Promise.all(sent.map((request) => request.body));
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies).size).toBe(1);
    expect(mock.state.chargedCalls).toBe(1);
  });

  it("reuses the key after a client-side timeout while the server went on working", async () => {
    let attempts = 0;
    // The first answer is produced by the fake (so the call is charged), then held past the client's timeout.
    server.use(
      http.post(`${mock.baseURL}/enhance`, async ({ request }) => {
        attempts += 1;
        const response = await getResponse([...mock.handlers], request);
        if (attempts === 1) await new Promise((resolve) => setTimeout(resolve, 300));
        return response;
      }),
    );
    const handle = await makeClient({ maxRetries: 1, timeout: 100 }).enhance({ image: "https://example.com/a.jpg", async: true });
    expect(attempts).toBe(2);
    const [first, second] = [await sentJson(0), await sentJson(1)];
    expect(second["client_request_id"]).toBe(first["client_request_id"]);
    expect(mock.state.chargedCalls).toBe(1);
    expect(mock.state.imageRequests[1]?.replayed).toBe(true);
    expect(mock.state.jobs.has(handle.job_id)).toBe(true);
  });

  it("gives up with the typed error once retries run out; submitting again with the same key is still free", async () => {
    mock.failNext({ status: 504, path: "/generate", afterProcessing: true });
    const client = makeClient({ maxRetries: 0 });
    const error = await rejectionOf(client.generate({ prompt: "x", async: true, client_request_id: "k-504" }));
    expect(error).toBeInstanceOf(GatewayTimeoutError);
    expect(mock.state.chargedCalls).toBe(1);
    await client.generate({ prompt: "x", async: true, client_request_id: "k-504" });
    expect(mock.state.chargedCalls).toBe(1);
  });
});

describe("synchronous image calls bill on arrival, so they are retried only when the server surely did nothing", () => {
  it.each([
    ["edit", { images: ["https://example.com/a.jpg"] }],
    ["generate", { prompt: "a lighthouse" }],
    ["enhance", { image: "https://example.com/a.jpg" }],
    ["remix", { input_image: "https://example.com/a.jpg", reference_image: "https://example.com/b.jpg" }],
  ] as const)("%s: a 500 then a 200 is one request, and the 500 surfaces", async (method, params) => {
    mock.failNext({ status: 500, path: `/${method}`, headers: NOW });
    const client = makeClient({ maxRetries: 3 });
    const error = await rejectionOf((client[method] as (p: unknown) => Promise<unknown>)(params));
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(500);
    expect(sent).toHaveLength(1);
    // The queue is empty again: the 200 was there to be had, had the client retried.
    expect(mock.state.failures).toHaveLength(0);
  });

  it.each([
    ["edit", { images: ["https://example.com/a.jpg"] }],
    ["generate", { prompt: "a lighthouse" }],
    ["enhance", { image: "https://example.com/a.jpg" }],
    ["remix", { input_image: "https://example.com/a.jpg", reference_image: "https://example.com/b.jpg" }],
  ] as const)("%s: a 429 then a 200 is retried, and billed once", async (method, params) => {
    mock.failNext({ status: 429, path: `/${method}`, headers: NOW });
    const result = (await (makeClient({ maxRetries: 1 })[method] as (p: unknown) => Promise<unknown>)(params)) as { images: string[] };
    expect(sent).toHaveLength(2);
    expect(result.images).toHaveLength(1);
    expect(mock.state.chargedCalls).toBe(1);
  });

  it("does not retry after a 504, even though Phota refunds it: the caller decides", async () => {
    mock.failNext({ status: 504, path: "/generate", afterProcessing: true, headers: NOW });
    const error = await rejectionOf(makeClient({ maxRetries: 2 }).generate({ prompt: "x" }));
    expect(error).toBeInstanceOf(GatewayTimeoutError);
    expect(sent).toHaveLength(1);
  });

  it("does not retry after a client-side timeout, when the server may still be working (and billing)", async () => {
    server.use(http.post(`${mock.baseURL}/edit`, () => new Promise<Response>(() => undefined)));
    const error = await rejectionOf(makeClient({ maxRetries: 3, timeout: 50 }).edit({ images: ["https://example.com/a.jpg"] }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(sent).toHaveLength(1);
  });

  it("retries after a refused connection, which never reached the server", async () => {
    let attempts = 0;
    // What undici throws when nothing listens on the port: the request never left the machine.
    const refusedOnce: typeof fetch = (input, init) => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }));
      return fetch(input, init);
    };
    const result = await makeClient({ maxRetries: 1, fetch: refusedOnce }).generate({ prompt: "x" });
    expect(attempts).toBe(2);
    expect(sent).toHaveLength(1);
    expect(result.images).toHaveLength(1);
    expect(mock.state.chargedCalls).toBe(1);
  });

  it("times out with a TimeoutError naming the call when no retry is left", async () => {
    server.use(http.post(`${mock.baseURL}/generate`, () => new Promise<Response>(() => undefined)));
    const error = await rejectionOf(makeClient({ timeout: 50 }).generate({ prompt: "x" }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain("generate");
    expect((error as TimeoutError).timeoutMs).toBe(50);
  });
});

describe("profiles.add bills, so it is not retried after a 5xx", () => {
  const params = { image_urls: ["https://example.com/1.jpg"], training_tier: "fast" };

  it("surfaces a 503 at once, without a second attempt", async () => {
    mock.failNext({ status: 503, path: "/profiles/add", headers: NOW });
    const error = await rejectionOf(makeClient({ maxRetries: 3 }).profiles.add(params));
    expect(error).toBeInstanceOf(ServerError);
    expect(sent).toHaveLength(1);
  });

  it("does not retry after a timeout either", async () => {
    server.use(http.post(`${mock.baseURL}/profiles/add`, () => new Promise<Response>(() => undefined)));
    const error = await rejectionOf(makeClient({ maxRetries: 3, timeout: 50 }).profiles.add(params));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(sent).toHaveLength(1);
  });

  it("retries after a 429, which proves the server did nothing", async () => {
    mock.failNext({ status: 429, path: "/profiles/add", headers: NOW });
    const { profile_id } = await makeClient({ maxRetries: 1 }).profiles.add(params);
    expect(sent).toHaveLength(2);
    expect(mock.state.profiles.has(profile_id)).toBe(true);
    expect(mock.state.chargedCalls).toBe(1);
  });
});
