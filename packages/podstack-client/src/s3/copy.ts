import { BucketObjectError } from "../errors";
import { openObject } from "./download";
import { checkKey } from "./invalid";
import { encodeKey, type S3Bucket } from "./s3-bucket";
import type { ObjectCallOptions } from "./s3-settings";
import { uploadObject } from "./upload";
import { xmlText } from "./xml";

/** What `copy` answers. */
export interface CopyResult {
  /** The new object's key. */
  readonly key: string;
  /** S3's ETag of the new object, without quotes. */
  readonly etag: string | undefined;
  /** `"server"`: S3 copied it (CopyObject); `"client"`: it was streamed through this program. */
  readonly via: "server" | "client";
}

const OPERATION = "buckets.copy";

/**
 * Copies an object with S3's CopyObject (no bytes pass through this process; up to 5 GiB). When the
 * two buckets have different credentials and the destination's are refused on the source
 * (`AccessDenied`), it streams the object instead: a download with the source's credentials piped
 * into an upload with the destination's.
 */
export async function copyObject(
  source: S3Bucket,
  sourceKey: string,
  dest: S3Bucket,
  destKey: string,
  sameCredentials: boolean,
  options: ObjectCallOptions = {},
): Promise<CopyResult> {
  checkKey(OPERATION, sourceKey, "source_key");
  checkKey(OPERATION, destKey, "dest_key");
  if (source.endpoint === dest.endpoint) {
    try {
      const answer = await dest.request({
        ...options,
        operation: OPERATION,
        method: "PUT",
        key: destKey,
        headers: { "x-amz-copy-source": `/${encodeURIComponent(source.bucket)}/${encodeKey(sourceKey)}` },
        idempotent: true,
        errorIn200: true,
      });
      return { key: destKey, etag: xmlText(answer.text, "ETag")?.replace(/^"|"$/g, ""), via: "server" };
    } catch (error) {
      const refused = error instanceof BucketObjectError && (error.code === "AccessDenied" || error.status === 403);
      if (!refused || sameCredentials) throw error;
    }
  }
  const download = await openObject(source, sourceKey, options, OPERATION, Number.POSITIVE_INFINITY);
  const uploaded = await uploadObject(dest, destKey, download.body, {
    ...options,
    ...(download.content_type === undefined ? {} : { contentType: download.content_type }),
  });
  return { key: destKey, etag: uploaded.etag, via: "client" };
}
