import { http, HttpResponse } from "msw";
import {
  AbortError,
  BucketObjectError,
  InsecureTransportError,
  NetworkError,
  ResponseTooLargeError,
  TimeoutError,
} from "../src";
import { createPodstackMock, PODSTACK_MOCK_S3_ENDPOINT, PODSTACK_MOCK_S3_SECRET_KEY } from "../src/mock";
import { testClient } from "./support/client";
import { useMockServer } from "./support/server";

// What the object calls inherit from auth-core's transport (timeouts, retries, limits, typed errors,
// hidden signatures), against the S3 fake in /mock. Wire: the S3 API reference (CreateMultipartUpload,
// CopyObject's 200 with an <Error>, the SlowDown error code).
const mock = createPodstackMock();
const server = useMockServer(mock);
const BUCKET = "bkt-123456";
const S3 = `${PODSTACK_MOCK_S3_ENDPOINT}/my-datasets`;
const MiB = 1024 * 1024;

const s3Requests: { method: string; url: URL; authorization: string | null; date: string | null }[] = [];
server.events.on("request:start", ({ request }) => {
  const url = new URL(request.url);
  if (url.origin === PODSTACK_MOCK_S3_ENDPOINT) {
    s3Requests.push({ method: request.method, url, authorization: request.headers.get("authorization"), date: request.headers.get("x-amz-date") });
  }
});
beforeEach(() => {
  s3Requests.length = 0;
});

/** A body sent in chunks without a Content-Length, as a server that streams would send it. */
function chunked(chunks: readonly string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]));
      else controller.close();
    },
  });
}

describe("retries and idempotency through the transport", () => {
  it("retries CreateMultipartUpload after a 503 SlowDown (S3 did not act on it), each attempt signed afresh", async () => {
    let creates = 0;
    server.use(
      http.post(`${S3}/slow-down.bin`, ({ request }) => {
        if (!new URL(request.url).searchParams.has("uploads") || creates++ > 0) return undefined;
        return new HttpResponse("<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>", { status: 503 });
      }),
    );
    const result = await testClient({ maxRetries: 2 }).buckets.upload(BUCKET, "slow-down.bin", "tiny", { multipart: true });
    expect(result.parts).toBe(1);
    const posts = s3Requests.filter((r) => r.method === "POST" && r.url.searchParams.has("uploads"));
    expect(posts).toHaveLength(2);
    // Both carry a SigV4 signature; the fake checks them, so the second one was valid on its own.
    for (const post of posts) expect(post.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=.*Signature=[0-9a-f]{64}$/);
    expect(posts.every((post) => post.date !== null)).toBe(true);
  });

  it("retries a CopyObject that answered 200 with an <Error>, then reports S3's code", async () => {
    let copies = 0;
    server.use(
      http.put(`${S3}/copied.csv`, ({ request }) => {
        if (!request.headers.has("x-amz-copy-source")) return undefined;
        copies += 1;
        return new HttpResponse('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>');
      }),
    );
    const error = await testClient({ maxRetries: 1 })
      .buckets.copy({ source_bucket: BUCKET, source_key: "datasets/data.csv", dest_bucket: BUCKET, dest_key: "copied.csv" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BucketObjectError);
    expect(error).toMatchObject({ code: "InternalError", status: 500, key: "copied.csv", bucket: "my-datasets" });
    expect(copies).toBe(2);
  });

  it("a connection that fails is a NetworkError naming where the endpoint came from", async () => {
    server.use(http.get(`${S3}/unreachable.txt`, () => HttpResponse.error()));
    const error = await testClient({ maxRetries: 0 })
      .buckets.download(BUCKET, "unreachable.txt")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/buckets\.download.*come from buckets\.getCredentials\(\)/s);
  });

  it("refuses a plain-http endpoint with a message that names the bucket and the way out", async () => {
    server.use(
      http.get("https://api.podstack.ai/v1/buckets/:id/credentials", () =>
        HttpResponse.json({ access_key: "AK", secret_key: "secret-0123456789", endpoint: "http://s3.example.test", bucket: "b" }),
      ),
    );
    const error = await testClient().buckets.download("b", "k").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect((error as Error).message).toBe(
      "The S3 endpoint http://s3.example.test of bucket b is not HTTPS; objects and signed requests would travel in clear. Podstack's endpoint is https://s3.podstack.ai; plain http is accepted only for localhost.",
    );
  });

  it("never logs the signature or the secret key, even at debug level", async () => {
    const lines: string[] = [];
    const record = (...args: unknown[]) => lines.push(JSON.stringify(args));
    const logger = { debug: record, info: record, warn: record, error: record };
    await testClient({ logger, logLevel: "debug" }).buckets.download(BUCKET, "datasets/data.csv");
    const s3Lines = lines.filter((line) => line.includes("s3.podstack.ai"));
    expect(s3Lines.length).toBeGreaterThan(0);
    expect(s3Lines.join("\n")).toContain('"authorization":"***"');
    expect(lines.join("\n")).not.toMatch(/Signature=|AWS4-HMAC-SHA256/);
    expect(lines.join("\n")).not.toContain(PODSTACK_MOCK_S3_SECRET_KEY);
  });
});

describe("download limits", () => {
  it("an object over maxBytes without an announced size stops at the limit (DownloadLimitExceeded)", async () => {
    server.use(http.get(`${S3}/unsized.bin`, () => new HttpResponse(chunked(["0123456789", "0123456789", "0123456789"]))));
    const error = await testClient().buckets.download(BUCKET, "unsized.bin", { maxBytes: 15 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BucketObjectError);
    expect(error).toMatchObject({ code: "DownloadLimitExceeded", key: "unsized.bin" });
    expect((error as Error).message).toMatch(/is more than maxBytes \(15\)/);
    expect((error as Error).cause).toBeInstanceOf(ResponseTooLargeError);
    // Not retried: the same object would be as large again.
    expect(s3Requests.filter((r) => r.url.pathname.endsWith("/unsized.bin"))).toHaveLength(1);
  });

  it("maxBytes: 0 accepts an empty object and refuses any other", async () => {
    server.use(
      http.get(`${S3}/empty.bin`, () => new HttpResponse(chunked([]))),
      http.get(`${S3}/one.bin`, () => new HttpResponse(chunked(["x"]))),
    );
    const client = testClient();
    expect((await client.buckets.download(BUCKET, "empty.bin", { maxBytes: 0 })).byteLength).toBe(0);
    await expect(client.buckets.download(BUCKET, "one.bin", { maxBytes: 0 })).rejects.toMatchObject({ code: "DownloadLimitExceeded" });
  });

  it("a body cut off mid-way is read again (download is idempotent)", async () => {
    let calls = 0;
    server.use(
      http.get(`${S3}/flaky.txt`, () => {
        calls += 1;
        if (calls > 1) return new HttpResponse("all of it");
        const encoder = new TextEncoder();
        return new HttpResponse(
          new ReadableStream({
            start(controller) {
              controller.enqueue(encoder.encode("half"));
              controller.error(new Error("connection reset"));
            },
          }),
        );
      }),
    );
    const bytes = await testClient({ maxRetries: 1 }).buckets.download(BUCKET, "flaky.txt");
    expect(new TextDecoder().decode(bytes)).toBe("all of it");
    expect(calls).toBe(2);
  });
});

describe("downloadStream through requestStream", () => {
  it("a body that stalls longer than the timeout ends with a TimeoutError", async () => {
    server.use(
      http.get(`${S3}/stalled.bin`, () => {
        return new HttpResponse(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new Uint8Array(8));
              // …and nothing more: the server stays silent.
            },
          }),
        );
      }),
    );
    const object = await testClient({ timeout: 100 }).buckets.downloadStream(BUCKET, "stalled.bin");
    const reader = object.body.getReader();
    expect((await reader.read()).value?.byteLength).toBe(8);
    const error = await reader.read().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/no data for 100 ms/);
  });

  it("the caller's signal ends the body with an AbortError", async () => {
    server.use(
      http.get(`${S3}/endless.bin`, () => new HttpResponse(new ReadableStream({ start: (controller) => controller.enqueue(new Uint8Array(4)) }))),
    );
    const controller = new AbortController();
    const object = await testClient().buckets.downloadStream(BUCKET, "endless.bin", { signal: controller.signal });
    const reader = object.body.getReader();
    await reader.read();
    const pending = reader.read().catch((caught: unknown) => caught);
    controller.abort(new Error("enough"));
    expect(await pending).toBeInstanceOf(AbortError);
  });

  it("counts progress as chunks arrive and stops a stream over maxBytes", async () => {
    server.use(http.get(`${S3}/chunks.txt`, () => new HttpResponse(chunked(["abc", "def", "ghi"]))));
    const progress: number[] = [];
    const object = await testClient().buckets.downloadStream(BUCKET, "chunks.txt", { maxBytes: 7, progress: (received) => progress.push(received) });
    const error = await new Response(object.body).text().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "DownloadLimitExceeded" });
    expect(progress).toEqual([3, 6]);
  });

  it("refuses an object whose announced size is over maxBytes before reading it", async () => {
    const error = await testClient()
      .buckets.downloadStream(BUCKET, "datasets/data.csv", { maxBytes: 5 })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "DownloadLimitExceeded" });
    expect((error as Error).message).toMatch(/is 21 bytes, more than maxBytes \(5\)/);
  });
});

describe("multipart size", () => {
  it("a multipart upload still sends and completes through the transport", async () => {
    const result = await testClient().buckets.upload(BUCKET, "two-parts.bin", new Uint8Array(6 * MiB), { part_size_mb: 5 });
    expect(result.parts).toBe(2);
    expect(s3Requests.map((r) => r.method)).toEqual(["POST", "PUT", "PUT", "POST"]);
  });
});
