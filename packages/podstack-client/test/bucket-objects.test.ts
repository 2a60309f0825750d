import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import {
  AbortError,
  BucketObjectError,
  InsecureTransportError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
} from "../src";
import {
  createPodstackMock,
  PODSTACK_MOCK_S3_ACCESS_KEY,
  PODSTACK_MOCK_S3_ENDPOINT,
  PODSTACK_MOCK_S3_SECRET_KEY,
  type PodstackMockObject,
} from "../src/mock";
import { testClient } from "./support/client";
import { useMockServer } from "./support/server";

// Method names and parameters: Podstack-ai/docs content/en/docs/sdk/storage.md. Wire: the S3 API
// (ListObjectsV2, multipart upload, DeleteObjects, CopyObject, SigV4), served by the fake in /mock.
const mock = createPodstackMock();
const server = useMockServer(mock);
const BUCKET = "bkt-123456";
const S3 = `${PODSTACK_MOCK_S3_ENDPOINT}/my-datasets`;
const MiB = 1024 * 1024;

/** The S3 requests of each test: method, path and query, and the Authorization header. */
const s3Requests: { method: string; url: URL; authorization: string | null }[] = [];
server.events.on("request:start", ({ request }) => {
  const url = new URL(request.url);
  if (url.origin === PODSTACK_MOCK_S3_ENDPOINT) s3Requests.push({ method: request.method, url, authorization: request.headers.get("authorization") });
});
beforeEach(() => {
  s3Requests.length = 0;
});
const shown = () => s3Requests.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);

/** Bytes whose every position differs from its neighbours, so a misplaced part shows. */
function pattern(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + (i >> 12)) & 0xff;
  return bytes;
}

/** Byte equality without jest's element-by-element diff (slow on megabytes). */
function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function stored(key: string): PodstackMockObject | undefined {
  return mock.state.buckets[0]?.objects[key];
}

describe("upload", () => {
  it("sends a small body as one SigV4-signed PUT and stores it", async () => {
    const progress: [number, number | undefined][] = [];
    const result = await testClient().buckets.upload(BUCKET, "notes/a b+c.txt", "hello", {
      contentType: "text/plain",
      progress: (sent, total) => progress.push([sent, total]),
    });
    expect(result).toMatchObject({ key: "notes/a b+c.txt", size_bytes: 5, parts: 1 });
    expect(result.etag).toMatch(/^[0-9a-f]{32}$/);
    expect(progress).toEqual([[5, 5]]);
    expect(new TextDecoder().decode(stored("notes/a b+c.txt")?.body)).toBe("hello");
    expect(stored("notes/a b+c.txt")?.content_type).toBe("text/plain");
    expect(shown()).toEqual(["PUT /my-datasets/notes/a%20b%2Bc.txt"]);
    expect(s3Requests[0]?.authorization).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${PODSTACK_MOCK_S3_ACCESS_KEY}/\\d{8}/us-east-1/s3/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`),
    );
  });

  it("sends a body larger than a part as a multipart upload, with progress after each part", async () => {
    const body = pattern(11 * MiB);
    const progress: [number, number | undefined][] = [];
    const result = await testClient().buckets.upload(BUCKET, "big.bin", body, {
      part_size_mb: 5,
      progress: (sent, total) => progress.push([sent, total]),
    });
    expect(result).toMatchObject({ parts: 3, size_bytes: 11 * MiB });
    expect(result.etag).toMatch(/-3$/);
    expect(progress).toEqual([
      [5 * MiB, 11 * MiB],
      [10 * MiB, 11 * MiB],
      [11 * MiB, 11 * MiB],
    ]);
    expect(shown()).toEqual([
      "POST /my-datasets/big.bin?uploads=",
      "PUT /my-datasets/big.bin?partNumber=1&uploadId=mock-upload-1",
      "PUT /my-datasets/big.bin?partNumber=2&uploadId=mock-upload-1",
      "PUT /my-datasets/big.bin?partNumber=3&uploadId=mock-upload-1",
      "POST /my-datasets/big.bin?uploadId=mock-upload-1",
    ]);
    expect(sameBytes(stored("big.bin")?.body, body)).toBe(true);
  });

  it("uploads a stream of unknown length part by part, and a Blob", async () => {
    const body = pattern(6 * MiB + 7);
    const stream = new Blob([body]).stream();
    const progress: (number | undefined)[] = [];
    const result = await testClient().buckets.upload(BUCKET, "stream.bin", stream, {
      part_size_mb: 5,
      progress: (_sent, total) => progress.push(total),
    });
    expect(result.parts).toBe(2);
    expect(progress).toEqual([undefined, undefined]);
    expect(sameBytes(stored("stream.bin")?.body, body)).toBe(true);

    await testClient().buckets.upload(BUCKET, "blob.bin", new Blob([body.subarray(0, 1000)]));
    expect(sameBytes(stored("blob.bin")?.body, body.subarray(0, 1000))).toBe(true);
  });

  it("multipart: true forces parts even for a small body; false refuses nothing under 5 GiB", async () => {
    const forced = await testClient().buckets.upload(BUCKET, "forced.txt", "tiny", { multipart: true });
    expect(forced.parts).toBe(1);
    expect(shown()[0]).toBe("POST /my-datasets/forced.txt?uploads=");
    const single = await testClient().buckets.upload(BUCKET, "single.bin", pattern(6 * MiB), { multipart: false, part_size_mb: 5 });
    expect(single.parts).toBe(1);
  });

  it("retries a part after a 503 and a CompleteMultipartUpload that answered 200 with an <Error>", async () => {
    let completes = 0;
    server.use(
      http.post(`${S3}/retry.bin`, ({ request }) => {
        if (!new URL(request.url).searchParams.has("uploadId") || completes++ > 0) return undefined;
        return new HttpResponse("<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>", { status: 200 });
      }),
    );
    const client = testClient();
    await client.buckets.getCredentials(BUCKET); // not the request failNext should hit
    await client.buckets.listObjectsPage(BUCKET, { max_keys: 1 });
    mock.failNext({ status: 503, body: "<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>" });
    const result = await client.buckets.upload(BUCKET, "retry.bin", pattern(6 * MiB), { part_size_mb: 5 });
    expect(result.parts).toBe(2);
    expect(completes).toBe(2);
    expect(stored("retry.bin")?.body.byteLength).toBe(6 * MiB);
  });

  it("does not retry CreateMultipartUpload after a 500 (each call opens an upload)", async () => {
    server.use(http.post(`${S3}/once.bin`, () => new HttpResponse("<Error><Code>InternalError</Code></Error>", { status: 500 })));
    const error = await testClient({ maxRetries: 3 })
      .buckets.upload(BUCKET, "once.bin", pattern(6 * MiB), { part_size_mb: 5 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BucketObjectError);
    expect(shown().filter((line) => line.startsWith("POST"))).toEqual(["POST /my-datasets/once.bin?uploads="]);
  });

  it("an InitiateMultipartUpload answer without an UploadId is a ResponseValidationError", async () => {
    server.use(http.post(`${S3}/no-id.bin`, () => new HttpResponse("<InitiateMultipartUploadResult></InitiateMultipartUploadResult>")));
    const error = await testClient()
      .buckets.upload(BUCKET, "no-id.bin", "x", { multipart: true })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/without an UploadId.*multipart: false/);
  });

  it("aborts the multipart upload when a part is refused, and says what S3 said", async () => {
    server.use(
      http.put(`${S3}/refused.bin`, ({ request }) =>
        new URL(request.url).searchParams.get("partNumber") === "2"
          ? new HttpResponse("<Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message></Error>", { status: 400 })
          : undefined,
      ),
    );
    const error = await testClient()
      .buckets.upload(BUCKET, "refused.bin", pattern(11 * MiB), { part_size_mb: 5 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BucketObjectError);
    expect(error).toMatchObject({ code: "EntityTooLarge", status: 400, bucket: "my-datasets", key: "refused.bin" });
    expect((error as Error).message).toMatch(/EntityTooLarge.*use a multipart upload/);
    expect(shown().at(-1)).toBe("DELETE /my-datasets/refused.bin?uploadId=mock-upload-1");
    expect(stored("refused.bin")).toBeUndefined();
  });

  it("checks its arguments before sending anything", async () => {
    const client = testClient();
    await expect(client.buckets.upload(BUCKET, "", "x")).rejects.toBeInstanceOf(RequestValidationError);
    await expect(client.buckets.upload(BUCKET, "k", "x", { part_size_mb: 1 })).rejects.toThrow(/part_size_mb must be a number from 5/);
    await expect(client.buckets.upload(BUCKET, "k", 42 as never)).rejects.toThrow(/body must be/);
    await expect(client.buckets.upload(BUCKET, "k".repeat(1025), "x")).rejects.toThrow(/at most 1024 bytes/);
    expect(s3Requests).toHaveLength(0);
  });
});

describe("download", () => {
  it("reads an object, with progress", async () => {
    const progress: [number, number | undefined][] = [];
    const bytes = await testClient().buckets.download(BUCKET, "datasets/data.csv", { progress: (got, total) => progress.push([got, total]) });
    expect(new TextDecoder().decode(bytes)).toBe("id,label\n1,cat\n2,dog\n");
    expect(progress.at(-1)).toEqual([bytes.byteLength, bytes.byteLength]);
  });

  it("refuses an object larger than maxBytes before reading it", async () => {
    const error = await testClient().buckets.download(BUCKET, "datasets/data.csv", { maxBytes: 10 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BucketObjectError);
    expect(error).toMatchObject({ code: "DownloadLimitExceeded" });
    expect((error as Error).message).toMatch(/more than maxBytes \(10\)/);
  });

  it("a missing key is a BucketObjectError with S3's code and a hint", async () => {
    const error = await testClient().buckets.download(BUCKET, "nope.txt").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BucketObjectError);
    expect(error).toMatchObject({ code: "NoSuchKey", status: 404, statusCode: 404, key: "nope.txt", requestId: "mock-s3-request" });
    expect((error as Error).message).toBe(
      "buckets.download: the S3 endpoint answered 404 NoSuchKey: The specified key does not exist. for s3://my-datasets/nope.txt. Check the key with listObjects(); keys are case-sensitive and include their prefix.",
    );
    expect(inspect(error, { depth: 10 })).not.toContain(PODSTACK_MOCK_S3_SECRET_KEY);
  });

  it("downloadStream answers the body as a stream with its size and ETag", async () => {
    const object = await testClient().buckets.downloadStream(BUCKET, "datasets/data.csv");
    expect(object).toMatchObject({ size_bytes: 21, etag: "mock-etag-data-csv", content_type: "text/csv" });
    expect(await new Response(object.body).text()).toBe("id,label\n1,cat\n2,dog\n");
  });

  it("a request that does not finish in time is a TimeoutError, retried as configured", async () => {
    let calls = 0;
    server.use(
      http.get(`${S3}/slow.txt`, async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 300));
        return new HttpResponse("late");
      }),
    );
    const error = await testClient({ timeout: 50, maxRetries: 1 })
      .buckets.download(BUCKET, "slow.txt")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/timed out after 50 ms/);
    expect(calls).toBe(2);
  });
});

describe("listObjects", () => {
  beforeEach(async () => {
    const client = testClient();
    for (const key of ["logs/1.txt", "logs/2.txt", "logs/3.txt", "logs/old/4.txt", "other.txt"]) {
      await client.buckets.upload(BUCKET, key, key);
    }
    s3Requests.length = 0;
  });

  it("iterates every object page by page (max_keys per page) with the continuation token", async () => {
    const keys: string[] = [];
    for await (const object of testClient().buckets.listObjects(BUCKET, { prefix: "logs/", max_keys: 2 })) {
      keys.push(object.key);
      expect(object.size_bytes).toBe(object.key.length);
    }
    expect(keys).toEqual(["logs/1.txt", "logs/2.txt", "logs/3.txt", "logs/old/4.txt"]);
    expect(s3Requests).toHaveLength(2); // two pages of at most 2 keys
    expect(s3Requests[1]?.url.searchParams.get("continuation-token")).not.toBeNull();
  });

  it("listObjectsPage answers one page and the token for the next", async () => {
    const client = testClient();
    const first = await client.buckets.listObjectsPage(BUCKET, { max_keys: 2 });
    expect(first.objects.map((o) => o.key)).toEqual(["datasets/data.csv", "logs/1.txt"]);
    expect(first.is_truncated).toBe(true);
    const second = await client.buckets.listObjectsPage(BUCKET, { max_keys: 10, continuation_token: first.next_continuation_token });
    expect(second.objects.map((o) => o.key)).toEqual(["logs/2.txt", "logs/3.txt", "logs/old/4.txt", "other.txt"]);
    expect([second.is_truncated, second.next_continuation_token]).toEqual([false, undefined]);
    const folders = await client.buckets.listObjectsPage(BUCKET, { prefix: "logs/", delimiter: "/" });
    expect(folders.common_prefixes).toEqual(["logs/old/"]);
    expect(shown()[0]).toBe("GET /my-datasets?list-type=2&max-keys=2");
    await expect(client.buckets.listObjectsPage(BUCKET, { max_keys: 5000 })).rejects.toBeInstanceOf(RequestValidationError);
  });

  it("stops with an error when the server repeats a continuation token", async () => {
    server.use(
      http.get(S3, () =>
        new HttpResponse(
          "<ListBucketResult><IsTruncated>true</IsTruncated><NextContinuationToken>same</NextContinuationToken><Contents><Key>k</Key><Size>1</Size></Contents></ListBucketResult>",
        ),
      ),
    );
    await expect(testClient().buckets.listObjects(BUCKET).toArray()).rejects.toThrow(/same page cursor twice/);
  });
});

describe("deleteObject and deleteObjects", () => {
  it("deletes one key, and many with DeleteObjects (1 000 per request, checksummed)", async () => {
    const client = testClient();
    await client.buckets.deleteObject(BUCKET, "datasets/data.csv");
    expect(stored("datasets/data.csv")).toBeUndefined();
    const bucket = mock.state.buckets[0];
    const keys = Array.from({ length: 1500 }, (_, i) => `bulk/${i}`);
    for (const key of keys) if (bucket) bucket.objects[key] = { body: new Uint8Array(1), etag: '"e"', last_modified: new Date().toISOString(), content_type: "x" };
    s3Requests.length = 0;
    const result = await client.buckets.deleteObjects(BUCKET, keys);
    expect(result.deleted).toHaveLength(1500);
    expect(result.errors).toEqual([]);
    expect(shown()).toEqual(["POST /my-datasets?delete=", "POST /my-datasets?delete="]);
    expect(Object.keys(bucket?.objects ?? {})).toEqual([]);
    expect(await client.buckets.deleteObjects(BUCKET, [])).toEqual({ deleted: [], errors: [] });
  });

  it("reports the keys S3 could not delete", async () => {
    server.use(
      http.post(S3, () =>
        new HttpResponse(
          "<DeleteResult><Deleted><Key>a</Key></Deleted><Error><Key>b</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error></DeleteResult>",
        ),
      ),
    );
    expect(await testClient().buckets.deleteObjects(BUCKET, ["a", "b"])).toEqual({
      deleted: ["a"],
      errors: [{ key: "b", code: "AccessDenied", message: "Access Denied" }],
    });
  });
});

describe("presigned URLs", () => {
  it("work without credentials until they expire, and are signed locally", async () => {
    const client = testClient();
    const put = await client.buckets.presignedUploadUrl(BUCKET, "uploads/user file.txt", { expires_in: 3600 });
    const get = await client.buckets.presignedDownloadUrl(BUCKET, "uploads/user file.txt");
    expect(new URL(put).searchParams.get("X-Amz-Expires")).toBe("3600");
    expect(new URL(put).searchParams.get("X-Amz-Credential")).toMatch(new RegExp(`^${PODSTACK_MOCK_S3_ACCESS_KEY}/`));
    expect(put).not.toContain(PODSTACK_MOCK_S3_SECRET_KEY);
    expect(shown()).toEqual([]);
    expect((await fetch(put, { method: "PUT", body: "from outside" })).status).toBe(200);
    expect(await (await fetch(get)).text()).toBe("from outside");

    const expired = new URL(get);
    expired.searchParams.set("X-Amz-Date", "20200101T000000Z");
    const refused = await fetch(expired);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Request has expired");
    await expect(client.buckets.presignedDownloadUrl(BUCKET, "k", { expires_in: 604_801 })).rejects.toBeInstanceOf(RequestValidationError);
  });

  it("the fake refuses an unsigned request", async () => {
    const response = await fetch(`${S3}/datasets/data.csv`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>AccessDenied</Code>");
  });
});

describe("copy", () => {
  it("copies within a bucket and between buckets with CopyObject", async () => {
    const client = testClient();
    const bucket = await client.buckets.create({ name: "backup-bucket" });
    const within = await client.buckets.copy({ source_bucket: BUCKET, source_key: "datasets/data.csv", dest_bucket: BUCKET, dest_key: "copy.csv" });
    expect(within).toMatchObject({ key: "copy.csv", via: "server" });
    expect(stored("copy.csv")?.body).toEqual(stored("datasets/data.csv")?.body);
    const across = await client.buckets.copy({ source_bucket: BUCKET, source_key: "datasets/data.csv", dest_bucket: bucket.id as string, dest_key: "backup/data.csv" });
    expect(across.via).toBe("server");
    expect(mock.state.buckets[1]?.objects["backup/data.csv"]?.content_type).toBe("text/csv");
    expect(s3Requests.find((r) => r.method === "PUT")?.url.pathname).toBe("/my-datasets/copy.csv");
  });

  it("streams the object through when the destination's credentials may not read the source", async () => {
    const client = testClient();
    const bucket = await client.buckets.create({ name: "other-bucket" });
    server.use(http.put(`${PODSTACK_MOCK_S3_ENDPOINT}/other-bucket/*`, ({ request }) =>
      request.headers.has("x-amz-copy-source") ? new HttpResponse("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>", { status: 403 }) : undefined,
    ));
    const result = await client.buckets.copy({ source_bucket: BUCKET, source_key: "datasets/data.csv", dest_bucket: bucket.id as string, dest_key: "d.csv" });
    expect(result.via).toBe("client");
    expect(new TextDecoder().decode(mock.state.buckets[1]?.objects["d.csv"]?.body)).toBe("id,label\n1,cat\n2,dog\n");
  });
});

describe("credentials and endpoint", () => {
  it("fetches the credentials once per bucket and client", async () => {
    const client = testClient();
    await client.buckets.download(BUCKET, "datasets/data.csv");
    await client.buckets.listObjectsPage(BUCKET);
    const credentialReads: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.url.includes("/credentials")) credentialReads.push(request.url);
    };
    server.events.on("request:start", listener);
    await client.buckets.download(BUCKET, "datasets/data.csv");
    server.events.removeListener("request:start", listener);
    expect(credentialReads).toEqual([]);
    expect(shown()).toEqual(["GET /my-datasets/datasets/data.csv", "GET /my-datasets?list-type=2", "GET /my-datasets/datasets/data.csv"]);
  });

  it("forgets credentials S3 refuses, and fetches them again on the next call", async () => {
    let served = 0;
    server.use(
      http.get("https://api.podstack.ai/v1/buckets/:id/credentials", () => {
        served += 1;
        const accessKey = served === 1 ? "ROTATED-AWAY" : PODSTACK_MOCK_S3_ACCESS_KEY;
        return HttpResponse.json({ access_key: accessKey, secret_key: PODSTACK_MOCK_S3_SECRET_KEY, endpoint: PODSTACK_MOCK_S3_ENDPOINT, bucket: "my-datasets" });
      }),
    );
    const client = testClient();
    await expect(client.buckets.download(BUCKET, "datasets/data.csv")).rejects.toMatchObject({ code: "InvalidAccessKeyId" });
    expect(new TextDecoder().decode(await client.buckets.download(BUCKET, "datasets/data.csv"))).toContain("id,label");
    expect(served).toBe(2);
  });

  it("a cancelled upload stops with an AbortError and aborts its multipart upload", async () => {
    const controller = new AbortController();
    const error = await testClient()
      .buckets.upload(BUCKET, "cancelled.bin", pattern(11 * MiB), {
        part_size_mb: 5,
        signal: controller.signal,
        progress: () => controller.abort(new Error("user cancelled")),
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(shown().at(-1)).toBe("DELETE /my-datasets/cancelled.bin?uploadId=mock-upload-1");
    expect(stored("cancelled.bin")).toBeUndefined();
  });

  it("refuses a plain-http endpoint that is not localhost", async () => {
    server.use(
      http.get("https://api.podstack.ai/v1/buckets/:id/credentials", () =>
        HttpResponse.json({ access_key: "AK", secret_key: "secret-0123456789", endpoint: "http://s3.example.test", bucket: "b" }),
      ),
    );
    await expect(testClient().buckets.download("b", "k")).rejects.toBeInstanceOf(InsecureTransportError);
  });
});

describe("object keys cannot change the path", () => {
  it.each(["..", "a/../b", "./a", "a/%2e%2E/b"])("%j is refused before anything is sent", async (key) => {
    const before = s3Requests.length;
    const client = testClient();
    await expect(client.buckets.download(BUCKET, key)).rejects.toThrow('key must be a key without "." or ".." segments');
    await expect(client.buckets.deleteObject(BUCKET, key)).rejects.toThrow(RequestValidationError);
    expect(s3Requests.length).toBe(before);
  });
});
