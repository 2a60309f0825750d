import { Secret } from "@cloud-sdk/auth-core";
import * as v from "valibot";

const text = v.pipe(v.string(), v.nonEmpty());

/**
 * The answer of `buckets.getCredentials`: S3 access to one bucket. Field names [doc:
 * `get_credentials(bucket_id)` → `access_key`, `secret_key`, `endpoint`, `region`]; the AWS-style
 * names `access_key_id` / `secret_access_key` are read too, and `bucket` (or `bucket_name`) is
 * [assumed]. The secret is wrapped in a `Secret` at once, so it never shows in logs, errors,
 * `util.inspect` or JSON; `secret_key.reveal()` returns it. `region` defaults to `us-east-1`, the
 * region of the docs' example [doc].
 *
 * @example
 * ```ts
 * const creds = v.parse(BucketCredentials, body);
 * console.log(creds.endpoint, creds.access_key, `${creds.secret_key}`); // the secret redacted
 * ```
 */
// Typed as a plain schema so the declarations (and the docs) show the output, not valibot's pipe.
export const BucketCredentials: v.GenericSchema<unknown, BucketCredentials> = v.pipe(
  v.looseObject({
    /** The S3 access key id [doc]. */
    access_key: v.optional(text),
    /** The same, under its AWS name [assumed alternative]. */
    access_key_id: v.optional(text),
    /** The S3 secret access key [doc]. */
    secret_key: v.optional(text),
    /** The same, under its AWS name [assumed alternative]. */
    secret_access_key: v.optional(text),
    /** The S3 endpoint, e.g. `https://s3.podstack.ai` [doc]. */
    endpoint: v.pipe(v.string(), v.url("endpoint must be a URL such as https://s3.podstack.ai")),
    /** The S3 region, e.g. `us-east-1` [doc]. */
    region: v.nullish(v.string()),
    /** The S3 bucket name these credentials open [assumed]. */
    bucket: v.nullish(v.string()),
    /** The same, under another likely name [assumed]. */
    bucket_name: v.nullish(v.string()),
  }),
  v.check(
    (input) => (input.access_key ?? input.access_key_id) !== undefined,
    "access_key (or access_key_id) is missing",
  ),
  v.check(
    (input) => (input.secret_key ?? input.secret_access_key) !== undefined,
    "secret_key (or secret_access_key) is missing",
  ),
  v.transform((input) => ({
    access_key: (input.access_key ?? input.access_key_id) as string,
    secret_key: new Secret((input.secret_key ?? input.secret_access_key) as string),
    endpoint: input.endpoint,
    region: input.region ?? "us-east-1",
    bucket: input.bucket ?? input.bucket_name ?? undefined,
  })),
);

/** S3 access to one bucket; see {@link BucketCredentials}. */
export interface BucketCredentials {
  /** The S3 access key id [doc]. Not secret by itself. */
  readonly access_key: string;
  /** The S3 secret access key [doc], shown redacted everywhere; `reveal()` returns it. */
  readonly secret_key: Secret;
  /** The S3 endpoint [doc]. */
  readonly endpoint: string;
  /** The S3 region [doc]; `us-east-1` when the answer has none. */
  readonly region: string;
  /** The S3 bucket name, when the answer carries it [assumed]. */
  readonly bucket: string | undefined;
}
