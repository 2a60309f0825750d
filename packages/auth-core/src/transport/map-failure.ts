import { AbortError } from "../errors/abort-error.js";
import { CloudSdkError } from "../errors/cloud-sdk-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { abortErrorFor } from "../utils/abortable.js";
import { BodyReadFailure, FetchFailure } from "./bounded-fetch.js";

/** Where a failed call was going, for messages. */
export interface FailedCall {
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  readonly timeoutMs: number;
  readonly baseURLOption: string;
  /** The caller's own signal: its abort is an AbortError, never our TimeoutError. */
  readonly signal: AbortSignal | undefined;
}

/**
 * Turns what ky or fetch threw (not an HTTP error status: those become API errors) into a typed
 * cloud-sdk error that says what happened and what to do. Own code: ky's errors know nothing of
 * operations, options or which failures mean the server may have acted.
 */
export function mapFailure(thrown: unknown, call: FailedCall, isKyTimeout: (error: unknown) => boolean): Error {
  // What fetch itself threw is the cause users see, not our carrier of it.
  const error = thrown instanceof FetchFailure ? thrown.cause : thrown;
  const { operation, url, method } = call;
  // Checked first: an `AbortSignal.timeout()` of the caller aborts with a DOMException named
  // "TimeoutError", which is the caller's cancellation, not our time limit.
  if (call.signal?.aborted) return abortErrorFor(call.signal, operation, operation);
  if (error instanceof CloudSdkError) return error;
  const parsed = new URL(url);
  const target = `${method} ${parsed.host}${parsed.pathname}`;
  if (isKyTimeout(error)) {
    return new TimeoutError(
      `${operation} (${target}) timed out after ${call.timeoutMs} ms without a complete response; the request was aborted. ` +
        `The server may be slow or unreachable; raise the timeout option if this call is expected to take longer.`,
      { timeoutMs: call.timeoutMs, operation, cause: error },
    );
  }
  if (error instanceof BodyReadFailure) {
    return new ConnectionError(
      `${operation} (${target}): the connection was closed while reading the response (status ${error.status}): ${describeNetworkFailure(error.cause)}. ` +
        `The server answered, so it may have acted on the request; check before repeating an operation that creates or bills.`,
      { cause: error.cause, url, operation },
    );
  }
  if ((error as { name?: unknown } | null)?.name === "AbortError") return new AbortError(`${operation} was aborted.`, { cause: error, operation });
  return new ConnectionError(
    `${operation} could not reach ${parsed.origin} (${target}): ${describeNetworkFailure(error)}. ` +
      `Check the network connection, any proxy, and the ${call.baseURLOption} option.`,
    { cause: error, url, operation },
  );
}

/** The most specific text of a fetch failure: undici hides "ECONNREFUSED …" in `cause`. */
export function describeNetworkFailure(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current && parts.length < 4; current = (current as { cause?: unknown }).cause) {
    // Not `instanceof Error`: a fetch from another realm (a vm context, a test runner) throws errors of
    // that realm's classes.
    const text = (current as { message?: unknown }).message;
    const message = typeof text === "string" ? text : typeof current === "string" ? current : undefined;
    const code = (current as { code?: unknown }).code;
    if (message && !parts.includes(message)) parts.push(typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message);
    if (current === (current as { cause?: unknown }).cause) break;
  }
  return parts.length > 0 ? parts.join(": ") : "unknown network error";
}
