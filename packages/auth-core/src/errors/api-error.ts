import { CloudSdkError } from "./cloud-sdk-error.js";

/** What an {@link ApiError} is built from. Provider subclasses take the same object. */
export interface ApiErrorInit {
  /** HTTP status code of the response. */
  status: number;
  /** Complete, human message: what happened and what to do. */
  message: string;
  /** The API's machine-readable error code, when its body carries one. */
  code?: string | undefined;
  /** Request id from `x-request-id`, `request-id` or the body, for support tickets. */
  requestId?: string | undefined;
  /** Parsed response body: JSON value, or the text when it was not JSON, or undefined when empty. */
  body?: unknown;
  /** Response headers, lower-cased, with credential headers (authorization, cookies, API keys) removed. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** HTTP method of the request. */
  method?: string | undefined;
  /** URL of the request (it never holds a credential: credentials travel in headers). */
  url?: string | undefined;
  /** Name of the SDK operation, e.g. `instances.list`. */
  operation?: string | undefined;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The server answered with an error status. Providers extend it with one class per status or code
 * (`NotFoundError`, `RateLimitError`, …); each keeps these fields.
 *
 * @example
 * ```ts
 * try {
 *   await client.instances.get("0920582c7ff041399e34823a0be62549");
 * } catch (error) {
 *   if (error instanceof ApiError) console.log(error.status, error.code, error.requestId);
 * }
 * ```
 */
export class ApiError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.ApiError";

  /** HTTP status code of the response. */
  readonly status: number;
  /** The API's machine-readable error code, when its body carries one. */
  readonly code: string | undefined;
  /** Request id, to quote when contacting the provider's support. */
  readonly requestId: string | undefined;
  /** Parsed response body (JSON value or text). */
  readonly body: unknown;
  /** Response headers with credential headers removed. */
  readonly headers: Readonly<Record<string, string>>;
  /** HTTP method of the failed request. */
  readonly method: string | undefined;
  /** URL of the failed request. */
  readonly url: string | undefined;
  /** SDK operation that failed, e.g. `instances.list`. */
  readonly operation: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.body = init.body;
    this.headers = init.headers ?? {};
    this.method = init.method;
    this.url = init.url;
    this.operation = init.operation;
  }
}
