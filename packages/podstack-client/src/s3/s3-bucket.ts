import {
  type ApiErrorContext,
  type CloudSdkError,
  ConnectionError,
  createTransport,
  InsecureTransportError,
  requestSigner,
  type Secret,
  type Transport,
  type TransportResponse,
} from "@cloud-sdk/auth-core";
import { AwsV4Signer } from "aws4fetch";
import { BucketObjectError, NetworkError, s3Hint } from "../errors";
import { errorIn200Fetch } from "./error-in-200";
import type { ObjectCallOptions, S3Settings } from "./s3-settings";
import { xmlText } from "./xml";

/** Where and as whom the object calls go: from `buckets.getCredentials`. */
export interface S3Target {
  readonly endpoint: string;
  readonly region: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretKey: Secret;
}

/** One S3 request. */
export interface S3Call extends ObjectCallOptions {
  /** The SDK method, e.g. `buckets.upload`, for errors. */
  readonly operation: string;
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "HEAD";
  /** The object key; absent for bucket-level calls (ListObjectsV2, DeleteObjects). */
  readonly key?: string | undefined;
  readonly query?: Readonly<Record<string, string>> | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Bytes or a Blob (re-readable, so a retry can send it again). */
  readonly body?: Uint8Array | Blob | string | undefined;
  /**
   * Whether repeating the request is harmless. PUTs of objects and parts, GETs, DELETEs and
   * CompleteMultipartUpload are; CreateMultipartUpload is not (each call opens a new upload), so it
   * is retried only after a 429, a 503 SlowDown (the server did not act on it) or a connection that
   * never opened.
   */
  readonly idempotent: boolean;
  /** S3 may answer 200 with an `<Error>` body (CompleteMultipartUpload, CopyObject): check it. */
  readonly errorIn200?: boolean | undefined;
  /** Largest answer read, in bytes, instead of the client's `maxResponseBytes`. */
  readonly maxResponseBytes?: number | undefined;
}

/** A finished S3 answer, its body read as text. */
export interface S3Answer {
  readonly status: number;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

/** S3's own percent-encoding (RFC 3986 unreserved kept), with `/` kept between key segments. */
export function encodeKey(key: string): string {
  return key
    .split("/")
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join("/");
}

/**
 * One bucket at its S3 endpoint, path-style (`<endpoint>/<bucket>/<key>`) [assumed: Podstack
 * documents the endpoint `https://s3.podstack.ai`, not the addressing style; path style works with
 * every S3-compatible server]. Every request goes through one auth-core transport per bucket, which
 * carries the time limits, retries, size limits, redirect and plain-http refusal and typed errors;
 * this class adds only what is S3's own: the SigV4 signature (aws4fetch, re-signed for every
 * attempt), S3's XML errors as {@link BucketObjectError}, and the `<Error>` S3 may send with a 200.
 * The secret key stays in the signer's closure.
 */
export class S3Bucket {
  /** The S3 bucket name. */
  readonly bucket: string;
  /** The endpoint, normalised, without a trailing slash. */
  readonly endpoint: string;
  readonly #target: S3Target;
  readonly #transport: Transport;
  /** The same transport, reading 200 answers for an `<Error>` (see {@link errorIn200Fetch}). */
  readonly #checked: Transport;

  constructor(target: S3Target, settings: S3Settings) {
    this.bucket = target.bucket;
    this.#target = target;
    const { accessKeyId, secretKey, region } = target;
    const sign = async (request: { method: string; url: string; headers: Readonly<Record<string, string>> }) => {
      const signed = await new AwsV4Signer({
        url: request.url,
        method: request.method,
        headers: request.headers,
        accessKeyId,
        secretAccessKey: secretKey.reveal(),
        service: "s3",
        region,
      }).sign();
      // aws4fetch signs S3 payloads as UNSIGNED-PAYLOAD, so the body is not needed (nor read twice).
      const headers: Record<string, string> = {};
      for (const name of ["authorization", "x-amz-date", "x-amz-content-sha256"]) {
        const value = signed.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      return headers;
    };
    try {
      this.#transport = createTransport({
        provider: "Podstack S3",
        baseURL: target.endpoint,
        baseURLOption: "endpoint",
        auth: requestSigner(sign, { type: "aws-sigv4" }),
        // S3 answers XML (or bytes); auth-core's default `accept: application/json` would be wrong.
        headers: { accept: "*/*" },
        userAgent: settings.userAgent,
        fetch: settings.fetch,
        timeout: settings.timeout,
        maxRetries: settings.maxRetries,
        maxResponseBytes: settings.maxResponseBytes,
        logger: settings.logger,
        logLevel: settings.logLevel,
        createApiError: (context) => this.#apiError(context),
        wrapError: (error) => this.#wrapError(error),
        shouldRetry: slowDownNotActedOn,
      });
    } catch (error) {
      // The transport refuses plain http to anything but loopback; say where this endpoint came from.
      if (!(error instanceof InsecureTransportError)) throw error;
      const origin = new URL(target.endpoint).origin;
      throw new InsecureTransportError(
        `The S3 endpoint ${origin} of bucket ${target.bucket} is not HTTPS; objects and signed requests would travel in clear. Podstack's endpoint is https://s3.podstack.ai; plain http is accepted only for localhost.`,
        { url: origin },
      );
    }
    this.endpoint = this.#transport.baseURL;
    this.#checked = this.#transport.withOptions({
      fetch: errorIn200Fetch(settings.fetch, settings.maxResponseBytes),
    });
  }

  /** The URL of the bucket or of one of its objects, with a query. */
  url(key?: string, query: Readonly<Record<string, string>> = {}): URL {
    const url = new URL(`${this.endpoint}${this.#path(key)}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url;
  }

  /** A presigned URL (SigV4 in the query string), valid for `expiresIn` seconds. Nothing is sent. */
  async presign(method: "GET" | "PUT", key: string, expiresIn: number): Promise<string> {
    const signed = await new AwsV4Signer({
      url: this.url(key, { "X-Amz-Expires": String(expiresIn) }).toString(),
      method,
      accessKeyId: this.#target.accessKeyId,
      secretAccessKey: this.#target.secretKey.reveal(),
      service: "s3",
      region: this.#target.region,
      signQuery: true,
    }).sign();
    return signed.url.toString();
  }

  /** Sends a call and reads the answer as text; errors are thrown. */
  async request(call: S3Call): Promise<S3Answer> {
    const transport = call.errorIn200 ? this.#checked : this.#transport;
    const answer = await transport.requestWithResponse<string>({ ...this.#request(call), responseType: "text" });
    return { status: answer.status, headers: answer.headers, text: answer.data };
  }

  /** Sends a GET and answers the object's bytes, read within the call's time limit and size limit. */
  async bytes(call: S3Call): Promise<TransportResponse<Uint8Array>> {
    return this.#transport.requestWithResponse<Uint8Array>({ ...this.#request(call), responseType: "bytes" });
  }

  /**
   * Sends a call and answers the response with its body unread, as a stream: each chunk must
   * arrive within the call's `timeout`, the signal ends it, cancelling it closes the connection.
   */
  async open(call: S3Call): Promise<TransportResponse<ReadableStream<Uint8Array>>> {
    return this.#transport.requestStream(this.#request(call));
  }

  #request(call: S3Call) {
    return {
      operation: call.operation,
      method: call.method,
      path: this.#path(call.key),
      query: call.query,
      headers: call.headers,
      // The call's own content-type header, when it has one, wins over this fallback.
      body: call.body === undefined ? undefined : { contentType: "application/octet-stream", data: call.body },
      idempotent: call.idempotent,
      signal: call.signal,
      timeout: call.timeout,
      maxRetries: call.maxRetries,
      maxResponseBytes: call.maxResponseBytes,
    };
  }

  /** `/<bucket>/<key>`, encoded as S3 expects; no `{…}` survives encoding, so no placeholder is filled. */
  #path(key: string | undefined): string {
    return `/${encodeURIComponent(this.bucket)}${key === undefined ? "" : `/${encodeKey(key)}`}`;
  }

  /** The key a request URL names (the reverse of {@link #path}), for the error. */
  #keyOf(url: string): string | undefined {
    const prefix = `${this.endpoint}/${encodeURIComponent(this.bucket)}/`;
    const path = url.split(/[?#]/, 1)[0] ?? "";
    if (!path.startsWith(prefix)) return undefined;
    try {
      return path.slice(prefix.length).split("/").map(decodeURIComponent).join("/");
    } catch {
      return undefined;
    }
  }

  /** S3's error answer (`<Error><Code>…</Code><Message>…</Message></Error>`) as a BucketObjectError. */
  #apiError(context: ApiErrorContext): BucketObjectError {
    const { status, headers, operation } = context;
    const text = context.body.text;
    const key = this.#keyOf(context.url);
    const code = xmlText(text, "Code") ?? (status === 404 && key !== undefined ? "NoSuchKey" : undefined);
    const s3Message = xmlText(text, "Message");
    const requestId = headers["x-amz-request-id"] ?? xmlText(text, "RequestId") ?? context.requestId;
    const where = `s3://${this.bucket}${key === undefined ? "" : `/${key}`}`;
    const what = [code, s3Message].filter((part) => part !== undefined && part !== "").join(": ");
    return new BucketObjectError({
      status,
      code,
      requestId,
      message: `${operation}: the S3 endpoint answered ${status}${what === "" ? "" : ` ${what}`} for ${where}. ${s3Hint(code, status)}`,
      body: text === "" ? undefined : text,
      headers,
      method: context.method,
      url: context.url.split("?", 1)[0],
      operation,
      bucket: this.bucket,
      key,
    });
  }

  /** As the client's transport: a connection failure is a NetworkError, saying where the endpoint came from. */
  #wrapError(error: CloudSdkError): Error {
    if (!(error instanceof ConnectionError)) return error;
    return new NetworkError({
      message: `${error.message} The endpoint and bucket ${this.bucket} come from buckets.getCredentials().`,
      cause: error,
      url: error.url,
      operation: error.operation,
    });
  }
}

/**
 * S3's 503 SlowDown means the request was throttled before it was acted on, so even a call that is
 * not idempotent (CreateMultipartUpload) may be sent again.
 */
function slowDownNotActedOn(error: Error, context: ApiErrorContext): boolean | undefined {
  return context.status === 503 && error instanceof BucketObjectError && error.code === "SlowDown" ? true : undefined;
}
