import type * as v from "valibot";
import type { AuthScheme } from "../auth/auth-scheme.js";
import type { CredentialSource } from "../credentials/credential-source.js";
import type { MissingCredentialMessage } from "../credentials/resolve-credential.js";
import type { CloudSdkError } from "../errors/cloud-sdk-error.js";
import type { Logger, LogLevel } from "../logging/logger.js";
import type { RateLimiter } from "../rate-limit/rate-limiter.js";
import type { ApiErrorContext } from "./api-error-context.js";
import type { QueryInput } from "./build-url.js";
import type { HeadersInput } from "./headers.js";
import type { ResponseValidation } from "./response-validation.js";
import type { RetryTiming } from "./retry-policy.js";
import type { FetchFunction, ResponseType } from "./bounded-fetch.js";

/** HTTP methods the transport sends. */
export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

/** How a transport is set up; fixed at creation. */
export interface TransportOptions {
  /** Display name of the API, used in every message: "Lambda Cloud". */
  provider: string;
  /** Base URL, with or without a trailing slash: "https://cloud.lambda.ai/api/v1". */
  baseURL: string;
  /** What the client calls its base URL option, so messages name it: default "baseURL" ("apiEndpoint" for Podstack). */
  baseURLOption?: string | undefined;
  /** How the credential travels: `bearer()`, `basic()`, `apiKeyHeader("X-API-Key")`, `cookieSession()`. */
  auth: AuthScheme;
  /** Where the credential comes from. Not needed for `cookieSession()`. */
  credential?: CredentialSource | undefined;
  /** How to word the error when the credential source finds nothing at request time. */
  missingCredential?: MissingCredentialMessage | undefined;
  /** Headers sent with every request (lowest precedence first: give provider defaults, then the user's). */
  headers?: HeadersInput | readonly (HeadersInput | undefined)[] | undefined;
  /** `User-Agent` value, e.g. "@cloud-sdk/lambda-cloud-client/0.1.0"; a `user-agent` in `headers` overrides it. */
  userAgent?: string | undefined;
  /** A fetch-compatible function (proxies, custom CA through an undici dispatcher). Never closed or changed. */
  fetch?: FetchFunction | undefined;
  /** Time limit of one attempt, body included, in ms. Default 60 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt, for retry-safe requests. Default 2. */
  maxRetries?: number | undefined;
  /** Allow plain http to hosts other than loopback. Default false. */
  allowInsecureHttp?: boolean | undefined;
  /** Where log lines go. Default `console`. */
  logger?: Logger | undefined;
  /** Log verbosity. Default "warn". */
  logLevel?: LogLevel | undefined;
  /** Builds the provider's error for an error response. Default: a plain {@link ApiError}. */
  createApiError?: ((context: ApiErrorContext) => Error) | undefined;
  /**
   * Replaces every failure that is not an API error (connection, timeout, abort, redirect, response or
   * request validation, missing credential) by the provider's own class, if it wants one.
   */
  wrapError?: ((error: CloudSdkError) => Error) | undefined;
  /** Overrides the retry decision for an error response; undefined keeps the default. */
  shouldRetry?: ((error: Error, context: ApiErrorContext) => boolean | undefined) | undefined;
  /** Spaces every request out (client-side rate limiting). */
  rateLimiter?: RateLimiter | undefined;
  /** Backoff tuning. */
  retryTiming?: RetryTiming | undefined;
  /** What a success body that drifts from the schema does: "strict" (default), "warn" or "off". */
  responseValidation?: ResponseValidation | undefined;
  /** Largest response body read, in bytes; a larger one ends in a ResponseTooLargeError. Default 64 MiB. */
  maxResponseBytes?: number | undefined;
}

/**
 * Options every SDK method accepts as its last argument.
 *
 * @example
 * ```ts
 * await client.instances.list({ signal: AbortSignal.timeout(5_000), maxRetries: 0 });
 * ```
 */
export interface RequestOptions {
  /** Cancels the call: it rejects with an AbortError. */
  signal?: AbortSignal | undefined;
  /** Time limit of one attempt for this call, in ms. */
  timeout?: number | undefined;
  /** Retries for this call (only retry-safe calls are retried). */
  maxRetries?: number | undefined;
  /** Extra headers for this call; they win over client headers, never over the credential. */
  headers?: HeadersInput | undefined;
  /**
   * What to do with a success body that does not match the SDK's schema, for this call: "strict"
   * throws a ResponseValidationError, "warn" returns the body as sent and logs once, "off" skips the
   * check. Default: the client's option.
   */
  responseValidation?: ResponseValidation | undefined;
  /** Largest response body read for this call, in bytes; a larger one ends in a ResponseTooLargeError. */
  maxResponseBytes?: number | undefined;
}

/** A raw (non-JSON) request body. */
export interface RawBody {
  /** Its `Content-Type`, e.g. "text/yaml". */
  readonly contentType: string;
  /** The body itself. */
  readonly data: string | Uint8Array | ArrayBuffer | Blob;
}

/** One operation, as a provider resource describes it. */
export interface TransportRequest<TOutput = unknown> extends Omit<RequestOptions, "headers"> {
  /** Extra headers for this call, or layers of them (lowest precedence first); never over the credential. */
  headers?: HeadersInput | readonly (HeadersInput | undefined)[] | undefined;
  /** SDK operation name for messages: "instances.list". */
  operation: string;
  /** HTTP method. */
  method: HttpMethod;
  /** Path under the base URL, with `{name}` placeholders: "/instances/{id}". */
  path: string;
  /** Values of the path's `{name}` placeholders; each is percent-encoded. */
  pathParams?: Readonly<Record<string, string | number>> | undefined;
  /** Query parameters; arrays repeat the key, undefined and null are left out. */
  query?: QueryInput | undefined;
  /** JSON body; sent with `Content-Type: application/json`. */
  json?: unknown;
  /** Any other body. */
  body?: RawBody | undefined;
  /** How to read a success body. Default "json". */
  responseType?: ResponseType | undefined;
  /** valibot schema the success body is validated against; its output is the result. */
  schema?: v.GenericSchema<unknown, TOutput> | undefined;
  /**
   * Whether sending this request twice is harmless. Default: true for GET, HEAD, OPTIONS, PUT and
   * DELETE, false otherwise. A non-idempotent request is retried only when the server certainly did
   * not act on it (429, or a connection that never opened).
   */
  idempotent?: boolean | undefined;
  /** Extra client-side rate limits for this operation (e.g. Lambda's launch limit). */
  rateLimiters?: readonly RateLimiter[] | undefined;
  /**
   * The success body carries a secret (a generated private key, a webhook secret): a body that fails
   * validation keeps nothing of it on the error, and the message says the resource may exist already.
   */
  sensitiveResponse?: boolean | undefined;
}

/** A result with its HTTP metadata. */
export interface TransportResponse<TOutput> {
  /** The validated result. */
  readonly data: TOutput;
  /** HTTP status of the response. */
  readonly status: number;
  /** Response headers, lower-cased, credential headers removed. */
  readonly headers: Readonly<Record<string, string>>;
  /** Request id from the response headers or body, for support tickets. */
  readonly requestId: string | undefined;
}

/** An authenticated HTTP client for one API. */
export interface Transport {
  /** Display name of the API: "Lambda Cloud". */
  readonly provider: string;
  /** The normalised base URL (no trailing slash). */
  readonly baseURL: string;
  /** Sends a request and answers its validated result. */
  request<TOutput>(request: TransportRequest<TOutput>): Promise<TOutput>;
  /** Same as `request`, with status, headers and request id. */
  requestWithResponse<TOutput>(request: TransportRequest<TOutput>): Promise<TransportResponse<TOutput>>;
  /**
   * Sends a request and hands its success body over unread, as a stream of bytes (server-sent events,
   * a log stream, a large download). Retries, timeouts and errors apply up to the headers as for any
   * request; then each chunk must come within the call's `timeout`, the caller's signal ends the
   * stream with an AbortError, and cancelling the stream closes the connection. No schema applies.
   */
  requestStream(request: Omit<TransportRequest<unknown>, "schema" | "responseType">): Promise<TransportResponse<ReadableStream<Uint8Array>>>;
  /** A transport with some options changed (e.g. another version header); the rest is shared. */
  withOptions(overrides: Partial<TransportOptions>): Transport;
}

export type { FetchFunction, ResponseType, ResponseValidation };
