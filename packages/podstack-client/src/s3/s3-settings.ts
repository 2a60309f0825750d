import type { FetchFunction, Logger, LogLevel } from "@cloud-sdk/auth-core";

/** What the object calls take from the client's options, for the bucket's transport. */
export interface S3Settings {
  /** The client's `fetch`, or the global one at call time. */
  readonly fetch: FetchFunction | undefined;
  /** Time limit of one attempt, in ms (the client's `timeout`; auth-core's default when undefined). */
  readonly timeout: number | undefined;
  /** Retries of a failed call that is safe to repeat (the client's `maxRetries`). */
  readonly maxRetries: number | undefined;
  /** Largest answer read into memory, in bytes (the client's `maxResponseBytes`); `download` has its own `maxBytes`. */
  readonly maxResponseBytes: number | undefined;
  /** The client's logger and level. */
  readonly logger: Logger | undefined;
  readonly logLevel: LogLevel | undefined;
  /** The client's `User-Agent`. */
  readonly userAgent: string;
}

/** Per-call options of every object call. */
export interface ObjectCallOptions {
  /** Cancels the call; it then fails with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /**
   * Time limit of one S3 request in ms, instead of the client's `timeout`: the whole answer for
   * calls read into memory; for streamed downloads, the headers and then each chunk of the body.
   */
  timeout?: number | undefined;
  /** Retries of a failed request that is safe to repeat, instead of the client's `maxRetries`. */
  maxRetries?: number | undefined;
}
