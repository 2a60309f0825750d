/**
 * One object of a bucket, from S3's ListObjectsV2 `Contents` element. `key` and `size_bytes` are
 * the Python SDK's names [doc]; the others are S3's element names in snake case.
 */
export interface BucketObject {
  /** The object's key [doc]. */
  readonly key: string;
  /** The object's size in bytes [doc]. */
  readonly size_bytes: number;
  /** When the object was last written (ISO 8601), S3's `LastModified`. */
  readonly last_modified: string | undefined;
  /** S3's `ETag`, without its quotes (the MD5 of a single-part object). */
  readonly etag: string | undefined;
  /** S3's `StorageClass`, e.g. `STANDARD`. */
  readonly storage_class: string | undefined;
}

/** One page of `listObjectsPage`: S3's ListObjectsV2 answer. */
export interface ObjectListPage {
  /** The page's objects, in key order. */
  readonly objects: BucketObject[];
  /** The prefixes rolled up by `delimiter` ("folders"), if one was given. */
  readonly common_prefixes: string[];
  /** Whether more objects follow. */
  readonly is_truncated: boolean;
  /** Pass it as `continuation_token` to get the next page; `undefined` on the last page. */
  readonly next_continuation_token: string | undefined;
  /** How many keys this page holds. */
  readonly key_count: number;
}
