import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError, RequestValidationError } from "../src";
import { createPodstackMock } from "../src/mock";
import { download, fileSystemSupported, sync, upload } from "../src/node";
import * as unavailable from "../src/node-unavailable";
import { testClient } from "./support/client";
import { useMockServer } from "./support/server";

// The calls of the Python SDK these mirror (upload/download with recursive, sync with direction):
// Podstack-ai/docs content/en/docs/sdk/storage.md.
const mock = createPodstackMock();
useMockServer(mock);
const BUCKET = "bkt-123456";
let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "podstack-buckets-"));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const keys = () => Object.keys(mock.state.buckets[0]?.objects ?? {}).sort();
const text = (key: string) => new TextDecoder().decode(mock.state.buckets[0]?.objects[key]?.body);

/** Writes files (relative path → content) under `root`, with an old modification time. */
function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, ...path.split("/"));
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, content);
    utimesSync(full, new Date("2024-01-01T00:00:00Z"), new Date("2024-01-01T00:00:00Z"));
  }
}

describe("@cloud-sdk/podstack-client/node", () => {
  it("upload: a file by path, and a directory with recursive under a prefix", async () => {
    const client = testClient();
    expect(fileSystemSupported).toBe(true);
    writeTree(directory, { "data.csv": "a,b\n", "sub/x.txt": "x", "sub/deep/y.txt": "yy" });
    const one = await upload(client.buckets, BUCKET, join(directory, "data.csv"), "datasets/new.csv");
    expect(one).toMatchObject({ key: "datasets/new.csv", size_bytes: 4, parts: 1 });
    expect(text("datasets/new.csv")).toBe("a,b\n");
    const all = await upload(client.buckets, BUCKET, directory, "data", { recursive: true });
    expect(all.map((result) => result.key)).toEqual(["data/data.csv", "data/sub/deep/y.txt", "data/sub/x.txt"]);
    expect(text("data/sub/deep/y.txt")).toBe("yy");
    await expect(upload(client.buckets, BUCKET, directory, "data")).rejects.toBeInstanceOf(RequestValidationError);
    await expect(upload(client.buckets, BUCKET, directory, "data", { recursive: true, maxFiles: 2 })).rejects.toThrow(/maxFiles/);
  });

  it("download: an object to a file (no temporary file left), and a prefix into a directory", async () => {
    const client = testClient();
    const target = join(directory, "out", "data.csv");
    const [file] = await download(client.buckets, BUCKET, "datasets/data.csv", target);
    expect(file).toEqual({ key: "datasets/data.csv", path: target, size_bytes: 21 });
    expect(readFileSync(target, "utf8")).toBe("id,label\n1,cat\n2,dog\n");
    expect(readdirSync(join(directory, "out"))).toEqual(["data.csv"]);

    await client.buckets.upload(BUCKET, "results/a.txt", "A");
    await client.buckets.upload(BUCKET, "results/b/c.txt", "C");
    const files = await download(client.buckets, BUCKET, "results/", join(directory, "results"), { recursive: true });
    expect(files.map((f) => f.key)).toEqual(["results/a.txt", "results/b/c.txt"]);
    expect(readFileSync(join(directory, "results", "b", "c.txt"), "utf8")).toBe("C");
  });

  it("download: a failed download leaves no file, and maxBytes holds", async () => {
    const target = join(directory, "model.pt");
    await expect(download(testClient().buckets, BUCKET, "datasets/data.csv", target, { maxBytes: 5 })).rejects.toMatchObject({ code: "DownloadLimitExceeded" });
    await expect(download(testClient().buckets, BUCKET, "missing.pt", target)).rejects.toMatchObject({ code: "NoSuchKey" });
    expect(readdirSync(directory)).toEqual([]);
  });

  it("download: refuses a key that would escape the directory", async () => {
    const bucket = mock.state.buckets[0];
    if (bucket) bucket.objects["evil/../../escape.txt"] = { body: new Uint8Array([1]), etag: '"e"', last_modified: new Date().toISOString(), content_type: "x" };
    await expect(download(testClient().buckets, BUCKET, "evil/", join(directory, "in"), { recursive: true })).rejects.toThrow(/stays inside/);
    expect(readdirSync(directory)).toEqual([]);
  });

  it("sync upload: copies new and changed files only", async () => {
    const client = testClient();
    writeTree(directory, { "a.txt": "one", "b/c.txt": "two" });
    const first = await sync(client.buckets, BUCKET, directory, "data/", { direction: "upload" });
    expect(first.transferred.map((f) => f.key)).toEqual(["data/a.txt", "data/b/c.txt"]);
    const again = await sync(client.buckets, BUCKET, directory, "data/", { direction: "upload" });
    expect([again.transferred, again.skipped]).toEqual([[], ["data/a.txt", "data/b/c.txt"]]);

    writeFileSync(join(directory, "a.txt"), "changed"); // new size, new time
    writeTree(directory, { "new.txt": "n" });
    const third = await sync(client.buckets, BUCKET, directory, "data", { direction: "upload" });
    expect(third.transferred.map((f) => f.key)).toEqual(["data/a.txt", "data/new.txt"]);
    expect(text("data/a.txt")).toBe("changed");
  });

  it("sync download: copies new and changed objects, and a repeat finds nothing to do", async () => {
    const client = testClient();
    await client.buckets.upload(BUCKET, "data/x.txt", "x1");
    await client.buckets.upload(BUCKET, "data/y/z.txt", "z1");
    const first = await sync(client.buckets, BUCKET, directory, "data/", { direction: "download" });
    expect(first.transferred.map((f) => f.key)).toEqual(["data/x.txt", "data/y/z.txt"]);
    expect(readFileSync(join(directory, "y", "z.txt"), "utf8")).toBe("z1");
    const modified = Date.parse(mock.state.buckets[0]?.objects["data/x.txt"]?.last_modified ?? "");
    expect(Math.floor(statSync(join(directory, "x.txt")).mtimeMs / 1000)).toBe(Math.floor(modified / 1000));

    const again = await sync(client.buckets, BUCKET, directory, "data/", { direction: "download" });
    expect([again.transferred, again.skipped]).toEqual([[], ["data/x.txt", "data/y/z.txt"]]);
    await client.buckets.upload(BUCKET, "data/x.txt", "x-two");
    const third = await sync(client.buckets, BUCKET, directory, "data/", { direction: "download" });
    expect(third.transferred.map((f) => f.key)).toEqual(["data/x.txt"]);
    expect(readFileSync(join(directory, "x.txt"), "utf8")).toBe("x-two");
    await expect(sync(client.buckets, BUCKET, directory, "data/", { direction: "sideways" as never })).rejects.toBeInstanceOf(RequestValidationError);
  });

  it("outside Node, the entry loads and each call says what to use instead", async () => {
    expect(unavailable.fileSystemSupported).toBe(false);
    const client = testClient();
    await expect(unavailable.upload(client.buckets, BUCKET, "./x", "x")).rejects.toBeInstanceOf(ConfigurationError);
    await expect(unavailable.download(client.buckets, BUCKET, "x", "./x")).rejects.toThrow(/client\.buckets\.download\(\)/);
    await expect(unavailable.sync(client.buckets, BUCKET, "./x", "x", { direction: "upload" })).rejects.toThrow(/needs Node's file system/);
  });
});
