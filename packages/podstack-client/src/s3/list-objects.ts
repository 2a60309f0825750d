import { ResponseValidationError } from "@cloud-sdk/auth-core";
import type { BucketObject, ObjectListPage } from "../schemas/bucket-object";
import { invalidArgument } from "./invalid";
import type { S3Bucket } from "./s3-bucket";
import type { ObjectCallOptions } from "./s3-settings";
import { withoutElements, xmlElements, xmlText } from "./xml";

/** Parameters of `listObjects` and `listObjectsPage`; the Python SDK's names [doc]. */
export interface ListObjectsParams {
  /** Only keys that start with this [doc]. */
  prefix?: string | undefined;
  /** Keys per page, 1 to 1 000 (S3's limit and default) [doc]. */
  max_keys?: number | undefined;
  /** Where to start: a previous page's `next_continuation_token` [doc]. */
  continuation_token?: string | undefined;
  /** Rolls keys up to the first occurrence of this (usually `/`) into `common_prefixes`. */
  delimiter?: string | undefined;
}

const OPERATION = "buckets.listObjects";

/** Reads one `<Contents>` element. */
function readObject(xml: string): BucketObject | undefined {
  const key = xmlText(xml, "Key");
  const size = Number(xmlText(xml, "Size") ?? Number.NaN);
  if (key === undefined || !Number.isFinite(size)) return undefined;
  return {
    key,
    size_bytes: size,
    last_modified: xmlText(xml, "LastModified"),
    etag: xmlText(xml, "ETag")?.replace(/^"|"$/g, ""),
    storage_class: xmlText(xml, "StorageClass"),
  };
}

/** Parses a ListObjectsV2 answer (`<ListBucketResult>`). */
export function parseListObjects(xml: string, status: number): ObjectListPage {
  if (xmlElements(xml, "ListBucketResult").length === 0) {
    throw new ResponseValidationError(
      `${OPERATION}: the S3 endpoint answered ${status} without a <ListBucketResult> element; it may not speak ListObjectsV2. Check the endpoint getCredentials() returned.`,
      { operation: OPERATION, body: xml.slice(0, 2_000), status },
    );
  }
  const objects: BucketObject[] = [];
  for (const element of xmlElements(xml, "Contents")) {
    const object = readObject(element);
    if (object !== undefined) objects.push(object);
  }
  const common_prefixes = xmlElements(xml, "CommonPrefixes").map((element) => xmlText(element, "Prefix") ?? "");
  const top = withoutElements(xml, ["Contents", "CommonPrefixes"]);
  const is_truncated = xmlText(top, "IsTruncated") === "true";
  const token = xmlText(top, "NextContinuationToken");
  if (is_truncated && (token === undefined || token === "")) {
    throw new ResponseValidationError(
      `${OPERATION}: the S3 endpoint said the listing is truncated but gave no NextContinuationToken, so the next page cannot be asked for.`,
      { operation: OPERATION, body: xml.slice(0, 2_000), status },
    );
  }
  const keyCount = Number(xmlText(top, "KeyCount") ?? objects.length);
  return {
    objects,
    common_prefixes,
    is_truncated,
    next_continuation_token: is_truncated ? token : undefined,
    key_count: Number.isFinite(keyCount) ? keyCount : objects.length,
  };
}

/** One ListObjectsV2 request. */
export async function listObjectsPage(
  s3: S3Bucket,
  params: ListObjectsParams,
  options: ObjectCallOptions = {},
): Promise<ObjectListPage> {
  const query: Record<string, string> = { "list-type": "2" };
  if (params.max_keys !== undefined) {
    if (!Number.isInteger(params.max_keys) || params.max_keys < 1 || params.max_keys > 1000) {
      throw invalidArgument(OPERATION, "max_keys", "a whole number from 1 to 1000", String(params.max_keys), "S3 returns at most 1 000 keys per page.");
    }
    query["max-keys"] = String(params.max_keys);
  }
  if (params.prefix !== undefined && params.prefix !== "") query.prefix = params.prefix;
  if (params.delimiter !== undefined && params.delimiter !== "") query.delimiter = params.delimiter;
  if (params.continuation_token !== undefined) query["continuation-token"] = params.continuation_token;
  const answer = await s3.request({ ...options, operation: OPERATION, method: "GET", query, idempotent: true });
  return parseListObjects(answer.text, answer.status);
}

