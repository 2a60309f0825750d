import type { HeadersInput } from "../transport/headers.js";

/**
 * Options of a client's wait helpers (`pods.waitUntilRunning`, `jobs.wait`, …): how often to look,
 * how long to wait in all, and how to cancel.
 *
 * @example
 * ```ts
 * await client.pods.waitUntilRunning(id, { interval: 5_000, timeout: 600_000, signal: AbortSignal.timeout(900_000) });
 * ```
 */
export interface WaitOptions {
  /** Milliseconds between two looks. */
  interval?: number | undefined;
  /** Milliseconds before giving up with a `WaitTimeoutError` (the whole wait, not one look). */
  timeout?: number | undefined;
  /** Cancels the wait: it rejects with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Retries of each look (looks are reads: always safe to retry). */
  maxRetries?: number | undefined;
  /** Extra headers for each look. */
  headers?: HeadersInput | undefined;
}
