import * as v from "valibot";

/**
 * A bucket of S3-compatible object storage. Field names [doc: `docs/sdk/storage.md`]: `name`,
 * `endpoint` (returned by `buckets.create`), `visibility`, `size_gb` (printed by `buckets.list`),
 * `object_count` (printed by `buckets.get`). The docs call `buckets.get("bucket-id")` but never show
 * the id field, so `id` is optional [assumed]; where it is absent, the bucket's name is its id
 * [assumed]. Types are [assumed] (`size_gb` a number, as `{bucket.size_gb:.2f}` implies).
 *
 * @example
 * ```ts
 * const bucket = v.parse(Bucket, body);
 * console.log(bucket.name, bucket.visibility, bucket.size_gb);
 * ```
 */
export const Bucket = v.looseObject({
  /** The bucket's id [assumed field name]; the docs pass a "bucket-id" to every call. */
  id: v.optional(v.string()),
  /** The bucket's name [doc], the S3 bucket name (`s3.upload_file(..., bucket.name, ...)` [doc]). */
  name: v.string(),
  /** `private` or `public` [doc]; other values are passed through. */
  visibility: v.nullish(v.string()),
  /** The S3 endpoint of the bucket, e.g. `https://s3.podstack.ai` [doc]. */
  endpoint: v.nullish(v.string()),
  /** The bytes stored, in GB [doc]. */
  size_gb: v.nullish(v.number()),
  /** How many objects the bucket holds [doc: `buckets.get`]. */
  object_count: v.nullish(v.number()),
  /** The id of the project the bucket belongs to [assumed]. */
  project_id: v.nullish(v.string()),
  /** When the bucket was created [assumed]. */
  created_at: v.nullish(v.string()),
});

/** A bucket; see {@link Bucket}. */
export type Bucket = { [K in keyof v.InferOutput<typeof Bucket>]: v.InferOutput<typeof Bucket>[K] };

/** The response of `buckets.list`: a bare JSON array [assumed, like the other lists]. */
export const BucketList = v.array(Bucket);

/** A list of buckets; see {@link BucketList}. */
export type BucketList = Bucket[];
