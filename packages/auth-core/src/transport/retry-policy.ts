import { ConnectionError } from "../errors/connection-error.js";
import { TimeoutError } from "../errors/timeout-error.js";

/** Statuses worth retrying: the server was overloaded, timed out, or failed transiently. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Statuses that prove the server did not act on the request (rate limited before processing), so
 * even an operation that creates or bills something may be sent again.
 */
export const NOT_PROCESSED_STATUSES: ReadonlySet<number> = new Set([429]);

/** Methods retried by default: repeating them does not change the outcome. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

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

/** Exponential backoff with jitter: initial × 2^attempt, capped, minus up to 25 % so clients spread out. */
export function backoffDelay(attempt: number, timing: Required<RetryTiming>, random = Math.random): number {
  const base = Math.min(timing.initialDelayMs * 2 ** attempt, timing.maxDelayMs);
  return Math.round(base * (1 - random() * 0.25));
}

/** Whether a failed attempt (no response) may be retried. */
export function isRetryableFailure(error: unknown, idempotent: boolean): boolean {
  if (error instanceof TimeoutError) return idempotent;
  if (error instanceof ConnectionError) return idempotent || neverSent(error);
  return false;
}

/** True when the connection failed before the request could reach the server. */
export function neverSent(error: ConnectionError): boolean {
  for (let cause: unknown = error.cause; cause; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT_CODES.has(code)) return true;
    if (cause === (cause as { cause?: unknown }).cause) break;
  }
  return false;
}
