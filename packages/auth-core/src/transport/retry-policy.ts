import { CloudSdkError } from "../errors/cloud-sdk-error.js";
import { BodyReadFailure, FetchFailure } from "./bounded-fetch.js";

/** Statuses worth retrying: the server was overloaded, timed out, or failed transiently. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/**
 * Statuses that prove the server did not act on the request (rate limited before processing), so
 * even an operation that creates or bills something may be sent again.
 */
export const NOT_PROCESSED_STATUSES: ReadonlySet<number> = new Set([429]);

/** Methods retried by default: repeating them does not change the outcome. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/**
 * Every method the transport sends. ky's `retry.methods` is a per-method allow-list, but our rule is
 * per operation (a POST that only reads is idempotent; a non-idempotent one may still repeat after a
 * 429), so every method is listed and `shouldRetry` decides.
 */
export const ALL_METHODS: readonly string[] = ["get", "head", "post", "put", "patch", "delete", "options"];

// Failures that happen before a single byte reaches the server: safe to retry for any operation.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/** Tuning of the backoff. */
export interface RetryTiming {
  /** Delay before the first retry. Default 500 ms. */
  initialDelayMs?: number;
  /** Longest delay between two attempts. Default 8 s. */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; a longer one ends the retries with the error. Default 60 s. */
  maxRetryAfterMs?: number;
}

/** What kind of failure ended an attempt, for the retry decision. */
export type FailureKind = "timeout" | "not-sent" | "connection" | "final";

/** Classifies an attempt's failure that is not an HTTP error status. */
export function failureKind(thrown: unknown, isKyTimeout: (error: unknown) => boolean): FailureKind {
  // ky wraps what is not an `Error` of its own realm (a fetch from a vm context, a sandbox, a test
  // runner) in a NonError; the original keeps the cause chain that tells a refused connection.
  const unwrapped = (thrown as { name?: unknown } | null)?.name === "NonError" ? (thrown as { value?: unknown }).value : thrown;
  // What fetch itself threw, carried by our FetchFailure.
  const error = unwrapped instanceof FetchFailure ? unwrapped.cause : unwrapped;
  if (isKyTimeout(error)) return "timeout";
  if (error instanceof BodyReadFailure) return "connection";
  // Our own failures (too large, bad key, missing credential, …) would fail the same way again.
  if (error instanceof CloudSdkError) return "final";
  if ((error as { name?: unknown } | null)?.name === "AbortError") return "final";
  return neverSent(error) ? "not-sent" : "connection";
}

/**
 * Whether a failure without a response may be retried: a connection that never opened always (nothing
 * reached the server); a timeout or a connection lost mid-way only for an idempotent operation.
 */
export function mayRetryFailure(kind: FailureKind, idempotent: boolean): boolean {
  if (kind === "not-sent") return true;
  if (kind === "final") return false;
  return idempotent;
}

/** True when the connection failed before the request could reach the server. */
export function neverSent(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT_CODES.has(code)) return true;
    if (cause === (cause as { cause?: unknown }).cause) break;
  }
  return false;
}
