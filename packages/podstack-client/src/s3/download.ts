import { BucketObjectError } from "../errors";
import { checkKey, invalidArgument } from "./invalid";
import type { S3Bucket } from "./s3-bucket";
import type { ObjectCallOptions } from "./s3-settings";
import type { ProgressCallback } from "./upload";

/** Options of `download` and `downloadStream`. */
export interface DownloadOptions extends ObjectCallOptions {
  /** Called as bytes arrive, with the bytes received so far and the object's size [doc]. */
  progress?: ProgressCallback | undefined;
  /**
   * Largest object accepted, in bytes: a larger one fails with a `BucketObjectError` (code
   * `DownloadLimitExceeded`) before its body is read, or as soon as the limit is passed when the
   * size was not announced. Default for `download` (which holds the object in memory): 1 GiB;
   * for `downloadStream` and the Node file download: no limit.
   */
  maxBytes?: number | undefined;
}

/** An object being downloaded: its body as a stream, and what S3 said about it. */
export interface ObjectStream {
  /** The object's bytes; read it to the end or cancel it. */
  readonly body: ReadableStream<Uint8Array>;
  /** The object's size (`Content-Length`), when S3 sent it. */
  readonly size_bytes: number | undefined;
  /** S3's ETag, without quotes. */
  readonly etag: string | undefined;
  /** The object's `Content-Type`. */
  readonly content_type: string | undefined;
  /** When the object was last written (`Last-Modified`, as sent). */
  readonly last_modified: string | undefined;
}

/** The in-memory default limit of `download`. */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024;

function limitError(s3: S3Bucket, operation: string, key: string, limit: number, size: number | string): BucketObjectError {
  return new BucketObjectError({
    status: 200,
    code: "DownloadLimitExceeded",
    message: `${operation}: s3://${s3.bucket}/${key} is ${size} bytes, more than maxBytes (${limit}). Raise the \`maxBytes\` option, or stream it with downloadStream() (or to a file with download() from @cloud-sdk/podstack-client/node).`,
    operation,
    bucket: s3.bucket,
    key,
  });
}

/** GETs an object and answers its body as a stream, counted (progress) and bounded (maxBytes). */
export async function openObject(
  s3: S3Bucket,
  key: string,
  options: DownloadOptions,
  operation: string,
  defaultLimit: number,
): Promise<ObjectStream> {
  checkKey(operation, key);
  const limit = options.maxBytes ?? defaultLimit;
  if (typeof limit !== "number" || Number.isNaN(limit) || limit < 0) {
    throw invalidArgument(operation, "maxBytes", "a number of bytes, 0 or more", String(limit), "Use Infinity for no limit.");
  }
  const response = await s3.open({ ...options, operation, method: "GET", key, idempotent: true });
  const lengthHeader = response.headers.get("content-length");
  const size = lengthHeader === null ? undefined : Number(lengthHeader);
  if (size !== undefined && size > limit) {
    response.body?.cancel().catch(() => undefined);
    throw limitError(s3, operation, key, limit, size);
  }
  let received = 0;
  const counted = (response.body ?? new Blob([]).stream()).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) {
          controller.error(limitError(s3, operation, key, limit, `at least ${received}`));
          return;
        }
        controller.enqueue(chunk);
        options.progress?.(received, size);
      },
    }),
  );
  return {
    body: counted,
    size_bytes: size,
    etag: response.headers.get("etag")?.replace(/^"|"$/g, "") ?? undefined,
    content_type: response.headers.get("content-type") ?? undefined,
    last_modified: response.headers.get("last-modified") ?? undefined,
  };
}

/** Reads a whole stream into one Uint8Array. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
