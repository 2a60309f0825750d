import { stat } from "node:fs/promises";
import { openAsBlob } from "node:fs";
import type { Buckets } from "../resources/buckets";
import type { BucketObject } from "../schemas/bucket-object";
import { invalidArgument } from "../s3/invalid";
import { asPrefix, DEFAULT_MAX_FILES, localPathOf, walkFiles } from "./local-files";
import type { SyncOptions, SyncResult, TransferredFile } from "./types";
import { downloadToFile } from "./write-file";

const OPERATION = "buckets.sync";

/** Whole seconds: S3's `LastModified` has no finer precision on many servers. */
const seconds = (ms: number): number => Math.floor(ms / 1000);

/** Whether the source side is newer than the destination side, to the second. */
const newer = (sourceMs: number, destinationMs: number): boolean =>
  !Number.isFinite(destinationMs) || seconds(sourceMs) > seconds(destinationMs);

/** Every object under `prefix`, keyed by key, bounded by `maxFiles`. */
async function remoteObjects(buckets: Buckets, bucketId: string, prefix: string, maxFiles: number, options: SyncOptions): Promise<Map<string, BucketObject>> {
  const objects = new Map<string, BucketObject>();
  for await (const object of buckets.listObjects(bucketId, { prefix }, options)) {
    objects.set(object.key, object);
    if (objects.size > maxFiles) {
      throw invalidArgument(OPERATION, "maxFiles", `at least the number of objects under ${prefix}`, String(maxFiles), "Raise maxFiles, or sync a narrower prefix.");
    }
  }
  return objects;
}

/**
 * Makes one side like the other, copying only new or changed files [doc: `client.buckets.sync(
 * bucket_id, local_path, remote_prefix, direction)`]: a file is copied when the other side lacks it,
 * has another size, or is older (to the second). Downloaded files get the object's `LastModified`
 * as their modification time, so the next sync, either way, finds them equal. Nothing is deleted
 * on either side.
 *
 * @example
 * ```ts
 * import { sync } from "@cloud-sdk/podstack-client/node";
 *
 * const result = await sync(client.buckets, "bucket-id", "./data/", "data/", { direction: "upload" });
 * console.log(result.transferred.length, "copied,", result.skipped.length, "unchanged");
 * ```
 */
export async function sync(
  buckets: Buckets,
  bucketId: string,
  localPath: string,
  remotePrefix: string,
  options: SyncOptions,
): Promise<SyncResult> {
  const direction = options?.direction;
  if (direction !== "upload" && direction !== "download") {
    throw invalidArgument(OPERATION, "direction", '"upload" or "download"', String(direction), "Say which way to sync.");
  }
  const prefix = asPrefix(remotePrefix);
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const remote = await remoteObjects(buckets, bucketId, prefix, maxFiles, options);
  const transferred: TransferredFile[] = [];
  const skipped: string[] = [];
  const refused: string[] = [];

  if (direction === "upload") {
    for (const file of await walkFiles(localPath, maxFiles, OPERATION)) {
      const key = prefix + file.relative;
      const object = remote.get(key);
      const changed =
        object === undefined ||
        object.size_bytes !== file.size ||
        newer(file.mtimeMs, Date.parse(object.last_modified ?? ""));
      if (!changed) {
        skipped.push(key);
        continue;
      }
      await buckets.upload(bucketId, key, await openAsBlob(file.path), options);
      transferred.push({ key, path: file.path, size_bytes: file.size });
    }
    return { direction, transferred, skipped, refused };
  }

  for (const object of remote.values()) {
    if (object.key.endsWith("/")) continue;
    const path = localPathOf(localPath, object.key.slice(prefix.length));
    if (path === undefined) {
      refused.push(object.key);
      continue;
    }
    const local = await stat(path).catch(() => undefined);
    const changed =
      local === undefined ||
      local.size !== object.size_bytes ||
      newer(Date.parse(object.last_modified ?? ""), local.mtimeMs);
    if (!changed) {
      skipped.push(object.key);
      continue;
    }
    const size = await downloadToFile(buckets, bucketId, object.key, path, options, object.last_modified);
    transferred.push({ key: object.key, path, size_bytes: size });
  }
  return { direction, transferred, skipped, refused };
}
