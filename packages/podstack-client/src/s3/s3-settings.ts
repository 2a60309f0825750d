import type { FetchFunction } from "@cloud-sdk/auth-core";

/** What the object calls take from the client's options. */
export interface S3Settings {
  /** The client's `fetch`, or the global one at call time. */
  readonly fetch: FetchFunction | undefined;
  /** Time limit of one attempt, body included, in ms (the client's `timeout`). */
  readonly timeout: number;
  /** Retries of a failed call that is safe to repeat (the client's `maxRetries`). */
  readonly maxRetries: number;
  /** Delay before the first retry, doubled each time (capped at 8 s). */
  readonly retryDelayMs: number;
}

/** Per-call options of every object call. */
export interface ObjectCallOptions {
  /** Cancels the call; it then fails with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Time limit of one S3 request, body included, in ms, instead of the client's `timeout`. */
  timeout?: number | undefined;
  /** Retries of a failed request that is safe to repeat, instead of the client's `maxRetries`. */
  maxRetries?: number | undefined;
}
