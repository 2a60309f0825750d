import { ResponseValidationError } from "@cloud-sdk/auth-core";
import type { S3Bucket } from "./s3-bucket";
import { checkKey, invalidArgument } from "./invalid";
import { partSource, pieceSize, type UploadBody } from "./part-source";
import type { ObjectCallOptions } from "./s3-settings";
import { escapeXml, xmlText } from "./xml";

/** Called as bytes are sent: `total` is `undefined` for a stream of unknown length. */
export type ProgressCallback = (transferred: number, total: number | undefined) => void;

/** Options of `upload`; `progress`, `multipart` and `part_size_mb` are the Python SDK's names [doc]. */
export interface UploadOptions extends ObjectCallOptions {
  /** Called after each part (or the whole object) is stored, with the bytes sent so far [doc]. */
  progress?: ProgressCallback | undefined;
  /**
   * `true`: always a multipart upload; `false`: always one PUT (at most 5 GiB); default: multipart
   * when the body is larger than one part [doc: "use multipart upload for files > 100MB"].
   */
  multipart?: boolean | undefined;
  /** Part size in MiB, 5 (S3's minimum) to 5 120; default 8 [doc: `part_size_mb`]. */
  part_size_mb?: number | undefined;
  /** The object's `Content-Type`; default `application/octet-stream`. */
  contentType?: string | undefined;
}

/** What `upload` answers. */
export interface UploadResult {
  /** The object's key. */
  readonly key: string;
  /** S3's ETag of the stored object, without quotes. */
  readonly etag: string | undefined;
  /** Bytes sent. */
  readonly size_bytes: number;
  /** Parts sent: 1 for a single PUT. */
  readonly parts: number;
}

const MiB = 1024 * 1024;
const DEFAULT_PART_MB = 8;
/** S3's limits: parts of 5 MiB to 5 GiB, at most 10 000 of them; one PUT of at most 5 GiB. */
const MIN_PART_MB = 5;
const MAX_PART_MB = 5 * 1024;
export const MAX_PARTS = 10_000;
const MAX_SINGLE_PUT = 5 * 1024 * MiB;

const OPERATION = "buckets.upload";
const unquote = (etag: string | null | undefined): string | undefined => etag?.replace(/^"|"$/g, "") ?? undefined;

/**
 * Stores `body` under `key`: one PUT, or a multipart upload (create, one PUT per part, complete),
 * aborted if any step fails. Parts are sent one after the other, so at most two parts are held in
 * memory at once.
 */
export async function uploadObject(
  s3: S3Bucket,
  key: string,
  body: UploadBody,
  options: UploadOptions = {},
): Promise<UploadResult> {
  checkKey(OPERATION, key);
  const partMb = options.part_size_mb ?? DEFAULT_PART_MB;
  if (typeof partMb !== "number" || !Number.isFinite(partMb) || partMb < MIN_PART_MB || partMb > MAX_PART_MB) {
    throw invalidArgument(OPERATION, "part_size_mb", `a number from ${MIN_PART_MB} to ${MAX_PART_MB}`, String(partMb), "S3 refuses parts under 5 MiB (except the last) and over 5 GiB.");
  }
  const partSize = Math.floor(partMb * MiB);
  const source = partSource(body);
  if (source === undefined) {
    throw invalidArgument(OPERATION, "body", "a Uint8Array, ArrayBuffer, Blob, string or ReadableStream", typeof body, "In Node, upload a file with upload() from @cloud-sdk/podstack-client/node.");
  }
  const total = source.size;
  if (total !== undefined && total > partSize * MAX_PARTS) {
    throw invalidArgument(OPERATION, "part_size_mb", `at least ${Math.ceil(total / MAX_PARTS / MiB)} for ${total} bytes`, String(partMb), `S3 allows at most ${MAX_PARTS} parts.`);
  }
  const contentType = options.contentType ?? "application/octet-stream";
  const call = { signal: options.signal, timeout: options.timeout, maxRetries: options.maxRetries, operation: OPERATION, key };

  if (options.multipart === false) {
    const piece = await source.next(MAX_SINGLE_PUT);
    if (pieceSize(await source.next(1)) > 0) {
      await source.cancel();
      throw invalidArgument(OPERATION, "body", "at most 5 GiB without multipart", "a larger body", "Leave `multipart` unset or true.");
    }
    return putWhole(s3, call, piece, contentType, options.progress);
  }

  const first = await source.next(partSize);
  const second = options.multipart === true && pieceSize(first) === 0 ? first : await source.next(partSize);
  if (options.multipart !== true && pieceSize(second) === 0) {
    return putWhole(s3, call, first, contentType, options.progress);
  }

  const created = await s3.request({ ...call, method: "POST", query: { uploads: "" }, headers: { "content-type": contentType }, idempotent: false });
  const uploadId = xmlText(created.text, "UploadId");
  if (uploadId === undefined || uploadId === "") {
    await source.cancel();
    throw new ResponseValidationError(
      `${OPERATION}: the S3 endpoint answered CreateMultipartUpload without an UploadId, so no part can be sent. It may not support multipart uploads; try { multipart: false } (up to 5 GiB).`,
      { operation: OPERATION, body: created.text.slice(0, 2_000), status: created.status },
    );
  }
  const etags: string[] = [];
  let sent = 0;
  try {
    let piece: Uint8Array | Blob = first;
    let upcoming: Uint8Array | Blob | undefined = second;
    for (let partNumber = 1; partNumber <= MAX_PARTS; partNumber += 1) {
      const answer = await s3.request({
        ...call,
        method: "PUT",
        query: { partNumber: String(partNumber), uploadId },
        body: piece,
        idempotent: true,
      });
      etags.push(answer.headers.etag ?? "");
      sent += pieceSize(piece);
      options.progress?.(sent, total);
      if (upcoming === undefined || pieceSize(upcoming) === 0) break;
      piece = upcoming;
      upcoming = partNumber + 1 < MAX_PARTS ? await source.next(partSize) : undefined;
      if (partNumber + 1 === MAX_PARTS && pieceSize(await source.next(1)) > 0) {
        throw invalidArgument(OPERATION, "part_size_mb", "larger for this stream", String(partMb), `The stream needs more than ${MAX_PARTS} parts, S3's limit.`);
      }
    }
    const xml = `<CompleteMultipartUpload>${etags
      .map((etag, index) => `<Part><PartNumber>${index + 1}</PartNumber><ETag>${escapeXml(etag)}</ETag></Part>`)
      .join("")}</CompleteMultipartUpload>`;
    // Completing the same upload twice with the same parts stores the same object: safe to retry.
    const completed = await s3.request({
      ...call,
      method: "POST",
      query: { uploadId },
      headers: { "content-type": "application/xml" },
      body: xml,
      idempotent: true,
      errorIn200: true,
    });
    return { key, etag: unquote(xmlText(completed.text, "ETag")), size_bytes: sent, parts: etags.length };
  } catch (error) {
    await source.cancel();
    // Best effort: an unfinished upload keeps its parts (and their storage) until aborted.
    await s3
      .request({ operation: OPERATION, key, method: "DELETE", query: { uploadId }, idempotent: true, maxRetries: 1, timeout: options.timeout })
      .catch(() => undefined);
    throw error;
  }
}

async function putWhole(
  s3: S3Bucket,
  call: { operation: string; key: string } & ObjectCallOptions,
  piece: Uint8Array | Blob,
  contentType: string,
  progress: ProgressCallback | undefined,
): Promise<UploadResult> {
  const answer = await s3.request({ ...call, method: "PUT", body: piece, headers: { "content-type": contentType }, idempotent: true });
  const size = pieceSize(piece);
  progress?.(size, size);
  return { key: call.key, etag: unquote(answer.headers.etag), size_bytes: size, parts: 1 };
}
