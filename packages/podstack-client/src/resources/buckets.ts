import { paginate, type Paginator, type RequestOptions, validateInput } from "@cloud-sdk/auth-core";
import { BucketObjectError } from "../errors";
import type { Operations } from "../operation";
import {
  type Bucket,
  BucketCreateParams,
  BucketDeleteParams,
  type BucketCredentials,
  type BucketList,
} from "../schemas";
import type { BucketObject, ObjectListPage } from "../schemas/bucket-object";
import { copyObject, type CopyResult } from "../s3/copy";
import { deleteObjects, type DeleteObjectsResult } from "../s3/delete-objects";
import {
  downloadObject,
  type DownloadOptions,
  type ObjectStream,
  openObject,
} from "../s3/download";
import { checkKey, invalidArgument } from "../s3/invalid";
import { type ListObjectsParams, listObjectsPage } from "../s3/list-objects";
import type { UploadBody } from "../s3/part-source";
import { S3Bucket } from "../s3/s3-bucket";
import type { ObjectCallOptions, S3Settings } from "../s3/s3-settings";
import { type UploadOptions, type UploadResult, uploadObject } from "../s3/upload";
import { withoutSecrets } from "./buckets-credentials";
import { forceQuery, Resource } from "./resource";

/** Options of `presignedUploadUrl` and `presignedDownloadUrl`. */
export interface PresignOptions {
  /** How long the URL works, in seconds: 1 to 604 800 (7 days, SigV4's limit); default 3 600 [doc]. */
  expires_in?: number | undefined;
}

/** Parameters of `copy`: the Python SDK's names [doc]. */
export interface CopyParams {
  /** The id of the bucket to copy from [doc]. */
  source_bucket: string;
  /** The key to copy [doc]. */
  source_key: string;
  /** The id of the bucket to copy into (may be the same) [doc]. */
  dest_bucket: string;
  /** The new key [doc]. */
  dest_key: string;
}

const MAX_PRESIGN_SECONDS = 604_800;

/** S3 codes that mean the credentials themselves are no longer good. */
const STALE_CREDENTIALS = new Set(["InvalidAccessKeyId", "ExpiredToken", "InvalidToken", "SignatureDoesNotMatch"]);

/**
 * `client.buckets`: S3-compatible object storage. The bucket calls (`create`, `list`, `get`,
 * `delete`, `getCredentials`) go to Podstack's API (routes assumed, see the README); the object calls
 * (`upload`, `download`, `listObjects`, `copy`…) speak S3, signed with SigV4, to the endpoint that
 * `getCredentials` returns, fetched once per bucket and kept until S3 refuses them. Files and
 * directories (upload from a path, download to a path, `sync`) are in
 * `@cloud-sdk/podstack-client/node`.
 */
export class Buckets extends Resource {
  readonly #settings: S3Settings;
  readonly #connections = new Map<string, Promise<S3Bucket>>();

  /** @internal Created by the client. */
  constructor(operations: Operations, settings: S3Settings) {
    super(operations);
    this.#settings = settings;
  }

  /**
   * Creates a bucket, private unless `visibility: "public"` [doc]. **Not retried** after a timeout
   * or a 5xx (it creates something); look the bucket up with `list()` before trying again.
   *
   * @example
   * ```ts
   * const bucket = await client.buckets.create({ name: "my-datasets", visibility: "private" });
   * console.log(bucket.name, bucket.endpoint);
   * ```
   */
  async create(params: BucketCreateParams, options?: RequestOptions): Promise<Bucket> {
    const json = validateInput(BucketCreateParams, params, "buckets.create");
    return this.send("buckets.create", { json, projectId: json.project_id }, options);
  }

  /**
   * The buckets of the client's project, with `visibility` and `size_gb` [doc].
   *
   * @example
   * ```ts
   * for (const bucket of await client.buckets.list()) console.log(bucket.name, bucket.visibility, bucket.size_gb);
   * ```
   */
  list(options?: RequestOptions): Promise<BucketList> {
    return this.send("buckets.list", {}, options);
  }

  /**
   * One bucket, with `object_count` [doc].
   *
   * @example
   * ```ts
   * const bucket = await client.buckets.get("bucket-id");
   * console.log(bucket.object_count);
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<Bucket> {
    return this.send("buckets.get", { id }, options);
  }

  /**
   * Deletes a bucket. A bucket holding objects needs `force: true`, which removes them first [doc].
   *
   * @example
   * ```ts
   * await client.buckets.delete("bucket-id", { force: true });
   * ```
   */
  async delete(id: string, params: BucketDeleteParams = {}, options?: RequestOptions): Promise<void> {
    const { force } = validateInput(BucketDeleteParams, params, "buckets.delete");
    await this.send("buckets.delete", { id, query: forceQuery(force) }, options);
    this.#connections.delete(id);
  }

  /**
   * S3 credentials of a bucket [doc]: `endpoint`, `region`, `access_key`, `secret_key` and (when the
   * API sends it) `bucket`. `secret_key` is a `Secret`: it shows redacted in logs, errors,
   * `util.inspect` and JSON; `secret_key.reveal()` returns it, for another S3 tool.
   *
   * @example
   * ```ts
   * const creds = await client.buckets.getCredentials("bucket-id");
   * console.log(creds.endpoint, creds.region, creds.access_key, `${creds.secret_key}`); // redacted
   * ```
   */
  async getCredentials(id: string, options?: RequestOptions): Promise<BucketCredentials> {
    try {
      return await this.send("buckets.getCredentials", { id }, options);
    } catch (error) {
      throw withoutSecrets(error);
    }
  }

  /**
   * Stores `body` (bytes, text, a Blob or File, or a stream) under `remoteKey` [doc]. Bodies larger
   * than one part (`part_size_mb`, default 8 MiB) go as a multipart upload, one part at a time, with
   * `progress(transferred, total)` after each part; a failed multipart upload is aborted. Each PUT
   * and the final CompleteMultipartUpload are retried after timeouts and 5xx; a stream cannot be
   * replayed, so it is buffered one part at a time. For a file path, use `upload` from
   * `@cloud-sdk/podstack-client/node`.
   *
   * @example
   * ```ts
   * await client.buckets.upload("bucket-id", "datasets/data.csv", "a,b\n1,2\n", { contentType: "text/csv" });
   * await client.buckets.upload("bucket-id", "models/model.pt", file, {
   *   part_size_mb: 100,
   *   progress: (sent, total) => console.log(`${sent}/${total}`),
   * });
   * ```
   */
  async upload(bucketId: string, remoteKey: string, body: UploadBody, options: UploadOptions = {}): Promise<UploadResult> {
    return this.#using(bucketId, options, (s3) => uploadObject(s3, remoteKey, body, options));
  }

  /**
   * Reads an object into memory [doc]. Objects larger than `maxBytes` (default 1 GiB) are refused
   * with a `BucketObjectError` (code `DownloadLimitExceeded`), before reading when S3 announces the
   * size. The whole object must arrive within the call's `timeout`; a body cut off mid-way is read
   * again (up to `maxRetries`). `progress(received, total)` is called once, when the object is in.
   * For large objects use `downloadStream`, or `download` to a file from
   * `@cloud-sdk/podstack-client/node`.
   *
   * @example
   * ```ts
   * const bytes = await client.buckets.download("bucket-id", "datasets/data.csv");
   * console.log(new TextDecoder().decode(bytes));
   * ```
   */
  async download(bucketId: string, remoteKey: string, options: DownloadOptions = {}): Promise<Uint8Array> {
    return this.#using(bucketId, options, async (s3) => {
      return downloadObject(s3, remoteKey, options, "buckets.download");
    });
  }

  /**
   * Opens an object for reading as a stream, with its size and ETag. No size limit unless
   * `maxBytes` is given. Read the body to the end or cancel it (which closes the connection). The
   * call's `timeout` bounds the wait for the headers and then for each chunk, not the whole
   * transfer; the signal ends the body with an `AbortError`.
   *
   * @example
   * ```ts
   * const object = await client.buckets.downloadStream("bucket-id", "logs/big.log", { timeout: 600_000 });
   * for await (const chunk of object.body) output.write(chunk);
   * ```
   */
  async downloadStream(bucketId: string, remoteKey: string, options: DownloadOptions = {}): Promise<ObjectStream> {
    return this.#using(bucketId, options, (s3) =>
      openObject(s3, remoteKey, options, "buckets.downloadStream", Number.POSITIVE_INFINITY),
    );
  }

  /**
   * Every object of the bucket (under `prefix`), fetched page by page (`max_keys` per page) as the
   * loop asks for them [doc]: iterate with `for await`, or call `.pages()` or `.toArray()`. Starts at
   * `continuation_token` when given. A server that repeats a page token stops the loop with an error.
   *
   * @example
   * ```ts
   * for await (const object of client.buckets.listObjects("bucket-id", { prefix: "datasets/" })) {
   *   console.log(object.key, object.size_bytes);
   * }
   * ```
   */
  listObjects(bucketId: string, params: ListObjectsParams = {}, options: ObjectCallOptions = {}): Paginator<BucketObject, string> {
    return paginate<BucketObject, string>(async (token) => {
      const page = await this.listObjectsPage(
        bucketId,
        { ...params, continuation_token: token ?? params.continuation_token },
        options,
      );
      return { items: page.objects, next: page.next_continuation_token };
    }, "buckets.listObjects");
  }

  /**
   * One page of objects (S3's ListObjectsV2): at most `max_keys` (1 to 1 000), from
   * `continuation_token`, with `next_continuation_token` for the next page [doc].
   *
   * @example
   * ```ts
   * const page = await client.buckets.listObjectsPage("bucket-id", { prefix: "datasets/", max_keys: 100 });
   * if (page.is_truncated) await client.buckets.listObjectsPage("bucket-id", { continuation_token: page.next_continuation_token });
   * ```
   */
  async listObjectsPage(bucketId: string, params: ListObjectsParams = {}, options: ObjectCallOptions = {}): Promise<ObjectListPage> {
    return this.#using(bucketId, options, (s3) => listObjectsPage(s3, params, options));
  }

  /**
   * Deletes one object [doc]. S3 answers success for a key that does not exist.
   *
   * @example
   * ```ts
   * await client.buckets.deleteObject("bucket-id", "path/to/file.txt");
   * ```
   */
  async deleteObject(bucketId: string, key: string, options: ObjectCallOptions = {}): Promise<void> {
    checkKey("buckets.deleteObject", key);
    await this.#using(bucketId, options, (s3) =>
      s3.request({ ...options, operation: "buckets.deleteObject", method: "DELETE", key, idempotent: true }),
    );
  }

  /**
   * Deletes many objects, 1 000 per S3 request [doc]; answers which keys were deleted and which
   * were not (with S3's code), rather than failing on the first.
   *
   * @example
   * ```ts
   * const { deleted, errors } = await client.buckets.deleteObjects("bucket-id", ["file1.txt", "folder/file3.txt"]);
   * ```
   */
  async deleteObjects(bucketId: string, keys: readonly string[], options: ObjectCallOptions = {}): Promise<DeleteObjectsResult> {
    if (!Array.isArray(keys)) {
      throw invalidArgument("buckets.deleteObjects", "keys", "an array of keys", typeof keys, "Pass the keys to delete.");
    }
    if (keys.length === 0) return { deleted: [], errors: [] };
    return this.#using(bucketId, options, (s3) => deleteObjects(s3, keys, options));
  }

  /**
   * A URL anyone can PUT one object to, until it expires (`expires_in` seconds, default 3 600) [doc].
   * Signed here (SigV4 query string): no request is sent, except the first `getCredentials` of
   * the bucket.
   *
   * @example
   * ```ts
   * const url = await client.buckets.presignedUploadUrl("bucket-id", "uploads/user-file.txt", { expires_in: 3600 });
   * await fetch(url, { method: "PUT", body: "hello" });
   * ```
   */
  async presignedUploadUrl(bucketId: string, key: string, options: PresignOptions = {}): Promise<string> {
    return this.#presign("PUT", "buckets.presignedUploadUrl", bucketId, key, options);
  }

  /**
   * A URL anyone can GET one object from, until it expires (`expires_in` seconds, default 3 600)
   * [doc].
   *
   * @example
   * ```ts
   * const url = await client.buckets.presignedDownloadUrl("bucket-id", "datasets/data.csv", { expires_in: 86400 });
   * ```
   */
  async presignedDownloadUrl(bucketId: string, key: string, options: PresignOptions = {}): Promise<string> {
    return this.#presign("GET", "buckets.presignedDownloadUrl", bucketId, key, options);
  }

  /**
   * Copies an object, within a bucket or between buckets [doc]: S3's CopyObject (objects up to
   * 5 GiB) when both buckets share the endpoint; if the destination's credentials may not read the
   * source, the object is streamed through this process instead (`via: "client"`).
   *
   * @example
   * ```ts
   * await client.buckets.copy({ source_bucket: "bucket-1", source_key: "data.csv", dest_bucket: "bucket-2", dest_key: "backup/data.csv" });
   * ```
   */
  async copy(params: CopyParams, options: ObjectCallOptions = {}): Promise<CopyResult> {
    return this.#using(params.source_bucket, options, (source) =>
      this.#using(params.dest_bucket, options, (dest) =>
        copyObject(source, params.source_key, dest, params.dest_key, params.source_bucket === params.dest_bucket, options),
      ),
    );
  }

  async #presign(method: "GET" | "PUT", operation: string, bucketId: string, key: string, options: PresignOptions): Promise<string> {
    checkKey(operation, key);
    const expiresIn = options.expires_in ?? 3600;
    if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > MAX_PRESIGN_SECONDS) {
      throw invalidArgument(operation, "expires_in", `a whole number of seconds from 1 to ${MAX_PRESIGN_SECONDS}`, String(expiresIn), "SigV4 presigned URLs last at most 7 days.");
    }
    return (await this.#s3(bucketId, {})).presign(method, key, expiresIn);
  }

  /**
   * Runs an object call on the bucket's connection. When S3 refuses the credentials themselves
   * (rotated or revoked keys), they are forgotten, so the next call fetches them again.
   */
  async #using<T>(bucketId: string, options: ObjectCallOptions, run: (s3: S3Bucket) => Promise<T>): Promise<T> {
    const s3 = await this.#s3(bucketId, options);
    try {
      return await run(s3);
    } catch (error) {
      if (error instanceof BucketObjectError && STALE_CREDENTIALS.has(error.code ?? "") && error.bucket === s3.bucket) {
        this.#connections.delete(bucketId);
      }
      throw error;
    }
  }

  /** The bucket's S3 connection: credentials fetched once per bucket id, then kept. */
  #s3(bucketId: string, options: ObjectCallOptions): Promise<S3Bucket> {
    if (typeof bucketId !== "string" || bucketId === "") {
      return Promise.reject(invalidArgument("buckets", "bucketId", "a non-empty string", String(bucketId), "Pass the bucket's id, as buckets.list() shows it."));
    }
    let connection = this.#connections.get(bucketId);
    if (connection === undefined) {
      connection = this.#connect(bucketId, options);
      this.#connections.set(bucketId, connection);
      // A failure is not kept: the next call asks again.
      connection.catch(() => this.#connections.delete(bucketId));
    }
    return connection;
  }

  async #connect(bucketId: string, options: ObjectCallOptions): Promise<S3Bucket> {
    const requestOptions = { signal: options.signal };
    const creds = await this.getCredentials(bucketId, requestOptions);
    // The S3 bucket name: from the credentials when they carry it [assumed], else the bucket's
    // name (the docs pass `bucket.name` to boto3).
    const bucket = creds.bucket ?? (await this.get(bucketId, requestOptions)).name;
    return new S3Bucket(
      { endpoint: creds.endpoint, region: creds.region, bucket, accessKeyId: creds.access_key, secretKey: creds.secret_key },
      this.#settings,
    );
  }
}
