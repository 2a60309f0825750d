import {
  AbortError,
  CloudSdkError,
  InsecureTransportError,
  isLoopbackHost,
  type Secret,
  sleep,
  TimeoutError,
} from "@cloud-sdk/auth-core";
import { AwsV4Signer } from "aws4fetch";
import { BucketObjectError, NetworkError, s3Hint } from "../errors";
import type { ObjectCallOptions, S3Settings } from "./s3-settings";
import { xmlElements, xmlText } from "./xml";

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
   * is retried only after a 429 or a 503 SlowDown (the server did not act on it).
   */
  readonly idempotent: boolean;
  /** S3 may answer 200 with an `<Error>` body (CompleteMultipartUpload, CopyObject): check it. */
  readonly errorIn200?: boolean | undefined;
}

/** A finished S3 answer, its body read as text. */
export interface S3Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** Reads a successful response; `done` stops the time limit; `translate` types a body-read failure. */
type Reader<T> = (response: Response, done: () => void, translate: (error: unknown) => unknown) => Promise<T>;

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);
const MAX_DELAY_MS = 8_000;

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
 * every S3-compatible server]. Signs each request with SigV4 (aws4fetch), bounds it by a time limit,
 * retries what is safe, and turns S3 errors into {@link BucketObjectError}. The secret key stays in
 * a private field and is revealed only to the signer.
 */
export class S3Bucket {
  /** The S3 bucket name. */
  readonly bucket: string;
  /** The endpoint, without a trailing slash. */
  readonly endpoint: string;
  readonly #target: S3Target;
  readonly #settings: S3Settings;

  constructor(target: S3Target, settings: S3Settings) {
    const endpoint = target.endpoint.replace(/\/+$/, "");
    const url = new URL(endpoint);
    if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
      throw new InsecureTransportError(
        `The S3 endpoint ${url.origin} of bucket ${target.bucket} is not HTTPS; objects and signed requests would travel in clear. Podstack's endpoint is https://s3.podstack.ai; plain http is accepted only for localhost.`,
        { url: url.origin },
      );
    }
    this.bucket = target.bucket;
    this.endpoint = endpoint;
    this.#target = target;
    this.#settings = settings;
  }

  /** The URL of the bucket or of one of its objects, with a query. */
  url(key?: string, query: Readonly<Record<string, string>> = {}): URL {
    const path = key === undefined ? "" : `/${encodeKey(key)}`;
    const url = new URL(`${this.endpoint}/${encodeURIComponent(this.bucket)}${path}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url;
  }

  /** A presigned URL (SigV4 in the query string), valid for `expiresIn` seconds. */
  async presign(method: "GET" | "PUT", key: string, expiresIn: number): Promise<string> {
    const url = this.url(key, { "X-Amz-Expires": String(expiresIn) });
    const signed = await this.#signer(url, method, new Headers(), undefined, true).sign();
    return signed.url.toString();
  }

  /** Sends a call and reads the answer as text; errors are thrown. */
  async request(call: S3Call): Promise<S3Answer> {
    return this.#withRetries(call, async (response, done) => {
      const text = call.method === "HEAD" ? "" : await response.text();
      done();
      if (call.errorIn200 && xmlElements(text, "Error").length > 0 && !text.includes("<ListBucketResult")) {
        throw this.#error(call, 500, response.headers, text);
      }
      return { status: response.status, headers: response.headers, text };
    });
  }

  /**
   * Sends a call and answers the response with its body unread; the time limit keeps running until
   * the body has been read or cancelled.
   */
  async open(call: S3Call): Promise<Response> {
    return this.#withRetries(call, async (response, done, translate) => {
      if (response.body === null) {
        done();
        return response;
      }
      const reader = response.body.getReader();
      const watched = new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const { done: ended, value } = await reader.read();
            if (ended) {
              done();
              controller.close();
            } else {
              controller.enqueue(value);
            }
          } catch (error) {
            done();
            controller.error(translate(error));
          }
        },
        async cancel(reason) {
          done();
          // Not awaited: some bodies (msw's, undici's mid-transfer) settle their cancel late or never.
          reader.cancel(reason).catch(() => undefined);
        },
      });
      return new Response(watched, { status: response.status, headers: response.headers });
    });
  }

  async #withRetries<T>(
    call: S3Call,
    read: Reader<T>,
  ): Promise<T> {
    const maxRetries = call.maxRetries ?? this.#settings.maxRetries;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.#attempt(call, read);
      } catch (error) {
        if (attempt >= maxRetries || !this.#retryable(call, error)) throw error;
        const delay = Math.min(this.#settings.retryDelayMs * 2 ** attempt, MAX_DELAY_MS);
        await sleep(delay * (1 - Math.random() * 0.25), call.signal, "Waiting to retry", call.operation);
      }
    }
  }

  #retryable(call: S3Call, error: unknown): boolean {
    if (error instanceof BucketObjectError) {
      if (error.status === 429 || (error.status === 503 && error.code === "SlowDown")) return true;
      return call.idempotent && RETRYABLE.has(error.status);
    }
    return call.idempotent && (error instanceof NetworkError || error instanceof TimeoutError);
  }

  async #attempt<T>(call: S3Call, read: Reader<T>): Promise<T> {
    const timeout = call.timeout ?? this.#settings.timeout;
    const controller = new AbortController();
    const timedOut = new Error("timeout");
    const timer = setTimeout(() => controller.abort(timedOut), timeout);
    const onAbort = (): void => controller.abort(call.signal?.reason);
    if (call.signal?.aborted) onAbort();
    call.signal?.addEventListener("abort", onAbort, { once: true });
    const done = (): void => {
      clearTimeout(timer);
      call.signal?.removeEventListener("abort", onAbort);
    };
    const url = this.url(call.key, call.query);
    const shown = `${call.method} ${url.origin}${url.pathname}`;
    const translate = (error: unknown): unknown => {
      if (error instanceof CloudSdkError) return error; // already typed (an S3 error, a limit…)
      if (controller.signal.aborted && controller.signal.reason === timedOut) {
        return new TimeoutError(
          `${call.operation}: ${shown} got no complete answer within ${timeout} ms. Retry, or raise the call's \`timeout\` option for large objects.`,
          { timeoutMs: timeout, operation: call.operation, cause: error },
        );
      }
      if (call.signal?.aborted) {
        return new AbortError(`${call.operation}: cancelled by the caller's signal.`, {
          operation: call.operation,
          cause: call.signal.reason,
        });
      }
      const reason = error instanceof Error ? error.message : String(error);
      const cause = (error as { cause?: { message?: unknown } } | undefined)?.cause?.message;
      return new NetworkError({
        message: `${call.operation}: could not reach the S3 endpoint for ${shown}: ${reason}${typeof cause === "string" ? ` (${cause})` : ""}. Check the network and the endpoint getCredentials() returned.`,
        cause: error,
        url: `${url.origin}${url.pathname}`,
        operation: call.operation,
        method: call.method,
      });
    };
    try {
      const headers = new Headers(call.headers);
      const signed = await this.#signer(url, call.method, headers, call.body, false).sign();
      const fetchImpl = this.#settings.fetch ?? globalThis.fetch;
      const response = await fetchImpl(signed.url.toString(), {
        method: call.method,
        headers: signed.headers,
        body: call.body as BodyInit | undefined,
        signal: controller.signal,
      });
      if (response.status >= 300) {
        const text = call.method === "HEAD" ? "" : await response.text();
        throw this.#error(call, response.status, response.headers, text);
      }
      return await read(response, done, translate);
    } catch (error) {
      done();
      throw translate(error);
    }
  }

  #signer(url: URL, method: string, headers: Headers, body: S3Call["body"], signQuery: boolean): AwsV4Signer {
    return new AwsV4Signer({
      url: url.toString(),
      method,
      headers,
      body: body as BodyInit | undefined,
      accessKeyId: this.#target.accessKeyId,
      secretAccessKey: this.#target.secretKey.reveal(),
      service: "s3",
      region: this.#target.region,
      signQuery,
    });
  }

  #error(call: S3Call, status: number, headers: Headers, text: string): BucketObjectError {
    const code = xmlText(text, "Code") ?? (status === 404 && call.key !== undefined ? "NoSuchKey" : undefined);
    const s3Message = xmlText(text, "Message");
    const requestId = headers.get("x-amz-request-id") ?? xmlText(text, "RequestId") ?? undefined;
    const where = `s3://${this.bucket}${call.key === undefined ? "" : `/${call.key}`}`;
    const what = [code, s3Message].filter((part) => part !== undefined && part !== "").join(": ");
    return new BucketObjectError({
      status,
      code,
      requestId,
      message: `${call.operation}: the S3 endpoint answered ${status}${what === "" ? "" : ` ${what}`} for ${where}. ${s3Hint(code, status)}`,
      body: text === "" ? undefined : text,
      headers: Object.fromEntries(headers),
      method: call.method,
      url: `${this.endpoint}/${this.bucket}${call.key === undefined ? "" : `/${encodeKey(call.key)}`}`,
      operation: call.operation,
      bucket: this.bucket,
      key: call.key,
    });
  }
}
