import type { ParsedBody } from "./parse-body.js";

/**
 * Everything known about an error response, handed to a provider's `createApiError` hook so it can
 * choose its own error class. Credential headers are already removed and the secret scrubbed.
 */
export interface ApiErrorContext {
  /** Display name of the API: "Lambda Cloud". */
  readonly provider: string;
  /** SDK operation: "instances.list". */
  readonly operation: string;
  /** HTTP method of the request. */
  readonly method: string;
  /** Whether the request was marked safe to repeat (a `shouldRetry` hook may need to know). */
  readonly idempotent: boolean;
  /** Request URL (holds no credential). */
  readonly url: string;
  /** HTTP status of the response. */
  readonly status: number;
  /** HTTP reason phrase, e.g. "Bad Gateway" (may be empty over HTTP/2). */
  readonly statusText: string;
  /** Response headers, lower-cased, credential headers removed. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body: kind (`json`, `html`, `empty`, …), parsed value and raw text. */
  readonly body: ParsedBody;
  /** From the headers or the body. */
  readonly requestId: string | undefined;
  /** Milliseconds the server asked to wait (Retry-After), if it did. */
  readonly retryAfterMs: number | undefined;
}
