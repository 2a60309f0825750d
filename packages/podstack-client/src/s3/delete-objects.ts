import { checkKey } from "./invalid";
import type { S3Bucket } from "./s3-bucket";
import type { ObjectCallOptions } from "./s3-settings";
import { escapeXml, xmlElements, xmlText } from "./xml";

/** What `deleteObjects` answers. */
export interface DeleteObjectsResult {
  /** Keys S3 reports deleted (deleting a key that does not exist counts as deleted in S3). */
  readonly deleted: string[];
  /** Keys S3 could not delete, with S3's code and message for each. */
  readonly errors: DeleteObjectError[];
}

/** One key S3 could not delete. */
export interface DeleteObjectError {
  /** The key. */
  readonly key: string;
  /** S3's error code, e.g. `AccessDenied`. */
  readonly code: string | undefined;
  /** S3's message. */
  readonly message: string | undefined;
}

/** S3's limit of keys per DeleteObjects request. */
const BATCH = 1000;
const OPERATION = "buckets.deleteObjects";

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Deletes keys with S3's DeleteObjects, 1 000 per request. S3 requires an integrity header on this
 * request: a SHA-256 checksum is sent (`x-amz-checksum-sha256`), since Web Crypto has no MD5.
 * Safe to retry: deleting twice leaves the same result.
 */
export async function deleteObjects(
  s3: S3Bucket,
  keys: readonly string[],
  options: ObjectCallOptions = {},
): Promise<DeleteObjectsResult> {
  keys.forEach((key, index) => checkKey(OPERATION, key, `keys[${index}]`));
  const result: DeleteObjectsResult = { deleted: [], errors: [] };
  for (let start = 0; start < keys.length; start += BATCH) {
    const batch = keys.slice(start, start + BATCH);
    const xml = `<Delete><Quiet>false</Quiet>${batch.map((key) => `<Object><Key>${escapeXml(key)}</Key></Object>`).join("")}</Delete>`;
    const answer = await s3.request({
      ...options,
      operation: OPERATION,
      method: "POST",
      query: { delete: "" },
      headers: {
        "content-type": "application/xml",
        "x-amz-checksum-sha256": await sha256Base64(xml),
        "x-amz-sdk-checksum-algorithm": "SHA256",
      },
      body: xml,
      idempotent: true,
    });
    for (const element of xmlElements(answer.text, "Deleted")) {
      const key = xmlText(element, "Key");
      if (key !== undefined) result.deleted.push(key);
    }
    for (const element of xmlElements(answer.text, "Error")) {
      result.errors.push({
        key: xmlText(element, "Key") ?? "",
        code: xmlText(element, "Code"),
        message: xmlText(element, "Message"),
      });
    }
  }
  return result;
}
