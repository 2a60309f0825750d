import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { BucketObjectError } from "../src";
import { createPodstackMock } from "../src/mock";
import { sync } from "../src/node";
import { testClient } from "./support/client";
import { type RealS3, S3RVER_KEY, startS3rver } from "./support/s3rver";

// The object calls against a real S3-compatible server: s3rver 3.7.1 on 127.0.0.1, so URL and key
// encoding, multipart uploads, continuation tokens, DeleteObjects, CopyObject and XML parsing meet an
// implementation that is not ours. s3rver checks the access key id but not SigV4 signatures (left
// unimplemented there). Podstack's own calls (getCredentials) still come from the fake, pointing at it.
jest.setTimeout(15_000);

const mock = createPodstackMock();
const server = setupServer(...mock.handlers);
let s3: RealS3;
let accessKey = S3RVER_KEY;

beforeAll(async () => {
  s3 = await startS3rver(["real-bucket", "second-bucket"]);
  server.listen({ onUnhandledRequest: "bypass" }); // S3 traffic goes to s3rver
});
beforeEach(() => {
  accessKey = S3RVER_KEY;
  server.use(
    http.get("https://api.podstack.ai/v1/buckets/:id/credentials", ({ params }) =>
      HttpResponse.json({
        access_key: accessKey,
        secret_key: S3RVER_KEY,
        endpoint: s3.endpoint,
        region: "us-east-1",
        bucket: params.id === "second" ? "second-bucket" : "real-bucket",
      }),
    ),
  );
});
afterEach(() => server.resetHandlers());
afterAll(async () => {
  server.close();
  await s3.stop();
});

const MiB = 1024 * 1024;

describe("client.buckets against s3rver", () => {
  it("uploads and downloads keys with characters SigV4 encodes specially", async () => {
    const client = testClient();
    const keys = ["plain.txt", "with space/a+b=c.txt", "ünïcødé/日本.txt", "odd!'()*~.txt"];
    for (const key of keys) await client.buckets.upload("real", key, `body of ${key}`);
    for (const key of keys) {
      expect(new TextDecoder().decode(await client.buckets.download("real", key))).toBe(`body of ${key}`);
    }
    const listed = await client.buckets.listObjects("real").toArray();
    expect(listed.map((object) => object.key).sort()).toEqual([...keys].sort());
    expect(listed.find((object) => object.key === "plain.txt")).toMatchObject({ size_bytes: 17 });
    expect(listed[0]?.etag).toMatch(/^[0-9a-f]{32}$/);
  });

  it("multipart upload of 11 MiB in 5 MiB parts reads back byte for byte", async () => {
    const client = testClient();
    const body = new Uint8Array(11 * MiB);
    for (let i = 0; i < body.length; i += 1) body[i] = (i * 7 + (i >> 16)) & 0xff;
    const result = await client.buckets.upload("real", "big/model.bin", body, { part_size_mb: 5 });
    expect(result.parts).toBe(3);
    const back = await client.buckets.download("real", "big/model.bin");
    expect(back.byteLength).toBe(body.byteLength);
    expect(Buffer.from(back).equals(Buffer.from(body))).toBe(true);
  });

  it("pages through a listing with continuation tokens", async () => {
    const client = testClient();
    for (let i = 0; i < 5; i += 1) await client.buckets.upload("real", `paged/${i}.txt`, String(i));
    const page = await client.buckets.listObjectsPage("real", { prefix: "paged/", max_keys: 2 });
    expect(page).toMatchObject({ is_truncated: true, key_count: 2 });
    expect(typeof page.next_continuation_token).toBe("string");
    const all: string[] = [];
    for await (const object of client.buckets.listObjects("real", { prefix: "paged/", max_keys: 2 })) all.push(object.key);
    expect(all).toEqual(["paged/0.txt", "paged/1.txt", "paged/2.txt", "paged/3.txt", "paged/4.txt"]);
  });

  it("deletes one object and many; a missing key is NoSuchKey", async () => {
    const client = testClient();
    for (const key of ["del/a", "del/b", "del/c"]) await client.buckets.upload("real", key, key);
    await client.buckets.deleteObject("real", "del/a");
    const result = await client.buckets.deleteObjects("real", ["del/b", "del/c"]);
    expect(result.deleted.sort()).toEqual(["del/b", "del/c"]);
    expect(await client.buckets.listObjects("real", { prefix: "del/" }).toArray()).toEqual([]);
    const error = await client.buckets.download("real", "del/a").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BucketObjectError);
    expect(error).toMatchObject({ code: "NoSuchKey", status: 404 });
  });

  it("presigned URLs work with a plain fetch", async () => {
    const client = testClient();
    const put = await client.buckets.presignedUploadUrl("real", "presigned/file.txt", { expires_in: 60 });
    expect((await fetch(put, { method: "PUT", body: "via presigned PUT" })).status).toBe(200);
    const get = await client.buckets.presignedDownloadUrl("real", "presigned/file.txt");
    expect(await (await fetch(get)).text()).toBe("via presigned PUT");
  });

  it("copies within a bucket and into another with CopyObject", async () => {
    const client = testClient();
    await client.buckets.upload("real", "copy/source.txt", "copied bytes", { contentType: "text/plain" });
    const within = await client.buckets.copy({ source_bucket: "real", source_key: "copy/source.txt", dest_bucket: "real", dest_key: "copy/dest.txt" });
    expect(within.via).toBe("server");
    const across = await client.buckets.copy({ source_bucket: "real", source_key: "copy/source.txt", dest_bucket: "second", dest_key: "backup.txt" });
    expect(across.via).toBe("server");
    expect(new TextDecoder().decode(await client.buckets.download("second", "backup.txt"))).toBe("copied bytes");
  });

  it("an unknown access key is refused by the server, as a typed error with a hint", async () => {
    accessKey = "NOT-S3RVER";
    const error = await testClient().buckets.download("real", "plain.txt").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BucketObjectError);
    expect(error).toMatchObject({ code: "InvalidAccessKeyId", status: 403, bucket: "real-bucket" });
    expect((error as Error).message).toMatch(/fetched again \(buckets\.getCredentials\(\)\) on the next call/);
  });

  it("sync uploads a directory, then downloads it elsewhere, copying only what changed", async () => {
    const client = testClient();
    const source = mkdtempSync(join(tmpdir(), "podstack-sync-src-"));
    const target = mkdtempSync(join(tmpdir(), "podstack-sync-dst-"));
    try {
      mkdirSync(join(source, "nested"));
      writeFileSync(join(source, "one.txt"), "1");
      writeFileSync(join(source, "nested", "two.txt"), "22");
      const up = await sync(client.buckets, "real", source, "synced/", { direction: "upload" });
      expect(up.transferred.map((f) => f.key)).toEqual(["synced/nested/two.txt", "synced/one.txt"].sort());
      const down = await sync(client.buckets, "real", target, "synced/", { direction: "download" });
      expect(down.transferred).toHaveLength(2);
      expect(readFileSync(join(target, "nested", "two.txt"), "utf8")).toBe("22");
      const again = await sync(client.buckets, "real", target, "synced/", { direction: "download" });
      expect(again.transferred).toEqual([]);
      expect(again.skipped).toHaveLength(2);
    } finally {
      rmSync(source, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  });
});
