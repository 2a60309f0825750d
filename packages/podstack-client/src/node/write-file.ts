import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, utimes } from "node:fs/promises";
import { dirname } from "node:path";
import { Writable } from "node:stream";
import type { Buckets } from "../resources/buckets";
import type { DownloadOptions } from "../s3/download";

/**
 * Streams an object into `path`: written to a temporary file next to it, renamed into place only
 * when complete, so a failed download never leaves a truncated file under the real name. The
 * file's modification time is set to the object's `Last-Modified`, so `sync` sees them as equal.
 */
export async function downloadToFile(
  buckets: Buckets,
  bucketId: string,
  key: string,
  path: string,
  options: DownloadOptions,
  modifiedAt?: string,
): Promise<number> {
  const object = await buckets.downloadStream(bucketId, key, options);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.part`;
  let size = 0;
  try {
    const counted = object.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    await counted.pipeTo(Writable.toWeb(createWriteStream(temporary)) as WritableStream<Uint8Array>);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const stamp = modifiedAt ?? object.last_modified;
  const modified = stamp === undefined ? Number.NaN : Date.parse(stamp);
  if (Number.isFinite(modified)) await utimes(path, new Date(), new Date(modified));
  return size;
}
