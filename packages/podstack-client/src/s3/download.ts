import { ResponseTooLargeError } from "@cloud-sdk/auth-core";
import { BucketObjectError } from "../errors";
import { checkKey, invalidArgument } from "./invalid";
import type { S3Bucket } from "./s3-bucket";
import type { ObjectCallOptions } from "./s3-settings";
import type { ProgressCallback } from "./upload";

/** Options of `download` and `downloadStream`. */
export interface DownloadOptions extends ObjectCallOptions {
  /**
   * Called with the bytes received so far and the object's size [doc]: as bytes arrive for
   * `downloadStream` and the Node file download; once, when the whole object is in, for `download`
   * (the transport reads it, so that a body cut off mid-way can be read again).
   */
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

function limitError(s3: S3Bucket, operation: string, key: string, limit: number, size: number | undefined, cause?: unknown): BucketObjectError {
  const howLarge = size === undefined ? "is more than" : `is ${size} bytes, more than`;
  return new BucketObjectError({
    status: 200,
    code: "DownloadLimitExceeded",
    message: `${operation}: s3://${s3.bucket}/${key} ${howLarge} maxBytes (${limit}). Raise the \`maxBytes\` option, or stream it with downloadStream() (or to a file with download() from @cloud-sdk/podstack-client/node).`,
    operation,
    bucket: s3.bucket,
    key,
    cause,
  });
}

function checkLimit(operation: string, limit: unknown): number {
  if (typeof limit !== "number" || Number.isNaN(limit) || limit < 0) {
    throw invalidArgument(operation, "maxBytes", "a number of bytes, 0 or more", String(limit), "Use Infinity for no limit.");
  }
  return limit;
}

/**
 * GETs an object into memory. The transport reads it within the call's time limit and stops at
 * `maxBytes` (its `maxResponseBytes`, refused before reading when the size is announced); a body
 * cut off mid-way is retried like any failed read.
 */
export async function downloadObject(s3: S3Bucket, key: string, options: DownloadOptions, operation: string): Promise<Uint8Array> {
  checkKey(operation, key);
  const limit = checkLimit(operation, options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES);
  // maxResponseBytes is a whole number of at least 1; a limit of 0 is checked on the bytes below.
  const maxResponseBytes = Math.max(1, Math.min(Math.floor(limit), Number.MAX_SAFE_INTEGER));
  let answer: Awaited<ReturnType<S3Bucket["bytes"]>>;
  try {
    answer = await s3.bytes({ ...callOptions(options), operation, method: "GET", key, idempotent: true, maxResponseBytes });
  } catch (error) {
    if (error instanceof ResponseTooLargeError) throw limitError(s3, operation, key, limit, undefined, error);
    throw error;
  }
  const bytes = answer.data;
  if (bytes.byteLength > limit) throw limitError(s3, operation, key, limit, bytes.byteLength);
  const length = answer.headers["content-length"];
  options.progress?.(bytes.byteLength, length === undefined ? undefined : Number(length));
  return bytes;
}

/** The transport's options of an object call; the rest of DownloadOptions is this module's. */
function callOptions(options: DownloadOptions): ObjectCallOptions {
  return { signal: options.signal, timeout: options.timeout, maxRetries: options.maxRetries };
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
  const limit = checkLimit(operation, options.maxBytes ?? defaultLimit);
  const response = await s3.open({ ...callOptions(options), operation, method: "GET", key, idempotent: true });
  const { headers } = response;
  const size = headers["content-length"] === undefined ? undefined : Number(headers["content-length"]);
  if (size !== undefined && size > limit) {
    response.data.cancel().catch(() => undefined);
    throw limitError(s3, operation, key, limit, size);
  }
  let received = 0;
  const counted = response.data.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) {
          controller.error(limitError(s3, operation, key, limit, undefined));
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
    etag: headers.etag?.replace(/^"|"$/g, ""),
    content_type: headers["content-type"],
    last_modified: headers["last-modified"],
  };
}
