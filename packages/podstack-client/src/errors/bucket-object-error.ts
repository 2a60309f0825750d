import { PodstackError, type PodstackErrorInit } from "./podstack-error";

/** What a {@link BucketObjectError} is built from. */
export interface BucketObjectErrorInit extends PodstackErrorInit {
  /** The S3 bucket name of the request. */
  bucket?: string | undefined;
  /** The object key of the request, if it named one. */
  key?: string | undefined;
}

/**
 * The S3 endpoint of a bucket answered with an error: an object call (`upload`, `download`,
 * `listObjects`, `copy`…) failed. `code` is S3's error code (`NoSuchKey`, `AccessDenied`,
 * `SignatureDoesNotMatch`, `EntityTooSmall`…), `requestId` S3's `x-amz-request-id`, `body` the XML
 * text, and the message says what to do.
 *
 * @example
 * ```ts
 * try {
 *   await client.buckets.download("bucket-id", "models/model.pt");
 * } catch (error) {
 *   if (error instanceof BucketObjectError && error.code === "NoSuchKey") console.log("not there yet");
 * }
 * ```
 */
export class BucketObjectError extends PodstackError {
  static override readonly errorType: string = "podstack.BucketObjectError";

  /** The S3 bucket name of the failed request. */
  readonly bucket: string | undefined;
  /** The object key of the failed request, if it named one. */
  readonly key: string | undefined;

  constructor(init: BucketObjectErrorInit) {
    super(init);
    this.bucket = init.bucket;
    this.key = init.key;
  }
}

/** What to do about S3's common error codes. */
const HINTS: Readonly<Record<string, string>> = {
  NoSuchKey: "Check the key with listObjects(); keys are case-sensitive and include their prefix.",
  NoSuchBucket:
    "The bucket named by getCredentials() does not exist at this endpoint; check the bucket id with buckets.list().",
  AccessDenied:
    "These S3 credentials may not do this: check the bucket id and that the call is allowed for this bucket (credentials may cover one bucket only).",
  InvalidAccessKeyId:
    "The access key was not recognised: the credentials may have been rotated or revoked; they are fetched again (buckets.getCredentials()) on the next call.",
  SignatureDoesNotMatch:
    "The request signature was refused: check that the endpoint and region from getCredentials() are the ones the server expects, and the machine's clock; the credentials are fetched again on the next call.",
  RequestTimeTooSkewed: "The machine's clock is too far off; synchronise it (NTP) and try again.",
  EntityTooSmall: "Every part but the last must be at least 5 MiB; raise part_size_mb.",
  EntityTooLarge: "The object or part is larger than S3 accepts in one request (5 GiB): use a multipart upload with a part_size_mb under 5 120.",
  InvalidPart: "A part was missing or changed; upload the object again.",
  InvalidPartOrder: "The parts were listed out of order; upload the object again.",
  NoSuchUpload: "The multipart upload was aborted or completed meanwhile; upload the object again.",
  SlowDown: "The endpoint is throttling requests; retry later or lower the request rate.",
  InternalError: "The S3 endpoint failed; retry later.",
  ServiceUnavailable: "The S3 endpoint is unavailable; retry later.",
  InvalidRange: "The requested byte range is outside the object.",
  PreconditionFailed: "A condition of the request did not hold; read the object again.",
  BucketNotEmpty: "Delete the objects first, or delete the bucket with { force: true }.",
};

/** What to do after an S3 error code (or status, when the answer had no code). */
export function s3Hint(code: string | undefined, status: number): string {
  if (code !== undefined && HINTS[code] !== undefined) return HINTS[code];
  if (status === 403) return HINTS.AccessDenied as string;
  if (status === 404) return "The bucket or key was not found; check them with buckets.list() and listObjects().";
  if (status >= 500) return "The S3 endpoint failed; retry later.";
  return "Check the request's bucket, key and options.";
}
