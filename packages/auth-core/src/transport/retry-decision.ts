import { scrubText } from "../secrets/redact.js";
import { BodyReadFailure, bodyOf, FetchFailure } from "./bounded-fetch.js";
import { callFor, type CallContext } from "./call-parts.js";
import { errorContext } from "./error-response.js";
import { describeNetworkFailure } from "./map-failure.js";
import type { KyModule } from "./load-ky.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { parseRetryAfter } from "./retry-after.js";
import { failureKind, mayRetryFailure, NOT_PROCESSED_STATUSES, RETRYABLE_STATUSES } from "./retry-policy.js";

/** The call a failed attempt belongs to, from what ky hands `shouldRetry`. */
function callOfFailure(module: KyModule, error: Error): CallContext | undefined {
  if (module.isHTTPError(error)) return bodyOf(error.response).call;
  if (error instanceof FetchFailure || error instanceof BodyReadFailure) return error.call;
  // ky's TimeoutError carries the Request of the attempt that timed out.
  if (module.isTimeoutError(error)) return callFor((error as { request?: Request }).request);
  return undefined;
}

/**
 * ky's `retry.shouldRetry`, made once per transport: false stops, undefined lets ky go on with its
 * own rules (status list, Retry-After, backoff), true forces a retry with backoff. A failure that
 * belongs to no call is one of ours (a bad key, a response too large): never retried.
 */
export function shouldRetry(prepared: PreparedTransport, module: KyModule, error: Error): boolean | undefined {
  const call = callOfFailure(module, error);
  if (!call || call.request.signal?.aborted) return false;
  const { request, parts } = call;
  if (!module.isHTTPError(error)) return mayRetryFailure(failureKind(error, module.isTimeoutError), parts.idempotent) ? undefined : false;
  const response = error.response;
  const status = response.status;
  if (prepared.shouldRetry) {
    // A provider's verdict `true` means the server did not act on the request, so any operation may repeat.
    const context = errorContext(prepared, request.operation, parts.method, parts.idempotent, { ...bodyOf(response), response, url: parts.url }, parts.sent.secret);
    const verdict = prepared.shouldRetry(prepared.createApiError(context), context);
    if (verdict === false) return false;
    if (verdict === true) {
      if (!withinRetryAfterCap(prepared, response)) return false;
      // A listed status goes on through ky's own rules (Retry-After honoured); any other is forced.
      return RETRYABLE_STATUSES.includes(status) ? undefined : true;
    }
  }
  if (!RETRYABLE_STATUSES.includes(status)) return false;
  if (!parts.idempotent && !NOT_PROCESSED_STATUSES.has(status)) return false;
  // ky would cap a longer Retry-After at maxRetryAfter and wait; our rule returns the error at once.
  return withinRetryAfterCap(prepared, response) ? undefined : false;
}

function withinRetryAfterCap(prepared: PreparedTransport, response: Response): boolean {
  const value = response.headers.get("retry-after");
  if (value === null) return true;
  const ms = parseRetryAfter({ "retry-after": value });
  return ms === undefined || ms <= prepared.timing.maxRetryAfterMs;
}

export function describeRetryReason(error: Error, module: KyModule, secret: string | undefined, prepared: PreparedTransport): string {
  if (!module.isHTTPError(error)) return error instanceof FetchFailure ? describeNetworkFailure(error.cause) : error.message;
  const { status, statusText } = error.response;
  const text = `${status} ${statusText}`.trim();
  return secret ? scrubText(text, prepared.auth.revealingForms(secret)) : text;
}


