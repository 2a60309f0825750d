import * as v from "valibot";

/**
 * The body of `buckets.create`. Parameter names [doc: `buckets.create(name, visibility="private")`];
 * the same names in the JSON body [assumed]. The name follows S3's bucket naming rules (3 to 63
 * lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit), since
 * the name is the S3 bucket name [assumed].
 *
 * @example
 * ```ts
 * v.parse(BucketCreateParams, { name: "my-datasets", visibility: "private" });
 * ```
 */
export const BucketCreateParams = v.strictObject({
  /** The bucket's name [doc], an S3 bucket name. */
  name: v.pipe(
    v.string(),
    v.regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      "name must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit (S3 bucket naming rules)",
    ),
  ),
  /** `"private"` (the SDK's default [doc]) or `"public"` [doc]. */
  visibility: v.optional(v.picklist(["private", "public"])),
  /** The project to create the bucket in, instead of the client's [assumed, like volumes]. */
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Parameters of `buckets.create`; see {@link BucketCreateParams}. */
export type BucketCreateParams = {
  [K in keyof v.InferInput<typeof BucketCreateParams>]: v.InferInput<typeof BucketCreateParams>[K];
};

/**
 * Options of `buckets.delete`. [doc: `force=True` "removes all objects first"] Sent as the query
 * parameter `force=true` [assumed].
 */
export const BucketDeleteParams = v.strictObject({
  /** `true` deletes a bucket that holds objects, removing them all [doc]. */
  force: v.optional(v.boolean()),
});

/** Options of `buckets.delete`; see {@link BucketDeleteParams}. */
export type BucketDeleteParams = {
  [K in keyof v.InferInput<typeof BucketDeleteParams>]: v.InferInput<typeof BucketDeleteParams>[K];
};
