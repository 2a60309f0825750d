import type { ApiErrorContext } from "./api-error-context.js";
import { findErrorMessage } from "./error-body-fields.js";
import { describeBody } from "./parse-body.js";

/**
 * What to do about an HTTP status, in one sentence. Providers with better knowledge of their own
 * codes write their own; this is the fallback.
 */
export function statusHint(status: number, retryAfterMs?: number): string {
  if (status === 400) return "Check the request parameters against the API documentation.";
  if (status === 401) return "Check that the API key is correct, has not been revoked, and belongs to this account.";
  if (status === 402) return "The account has no credit or payment method left; top it up and retry.";
  if (status === 403) return "The credential is valid but not allowed to do this; check its permissions and the account's status.";
  if (status === 404) return "Check the id or the path: the resource may not exist or may have been deleted.";
  if (status === 408) return "The server gave up waiting for the request; retry.";
  if (status === 409) return "The resource is in a conflicting state; wait until it settles, then retry.";
  if (status === 422) return "Fix the fields the server names.";
  if (status === 429) {
    const wait = retryAfterMs === undefined ? "" : ` The server asked to wait ${Math.ceil(retryAfterMs / 1000)} s.`;
    return `Too many requests: slow down, then retry.${wait}`;
  }
  if (status >= 500) return "The server had a problem; retry later, and quote the request id if you contact support.";
  return "See the response body for details.";
}

/**
 * The default error message: what happened (status, the server's own message or a description of a
 * non-JSON body) and what to do, with the request id. A provider passes `overrides` where it knows
 * better: its own advice for a status, or a clearer account of the body.
 *
 * @example
 * "Lambda Cloud API returned 502 Bad Gateway for GET /instances (instances.list): an HTML page
 * ("502 Bad Gateway"). The server had a problem; retry later, and quote the request id if you contact
 * support. Request id: req_123."
 */
export function describeApiError(context: ApiErrorContext, overrides: DescribeApiErrorOverrides = {}): string {
  const status = `${context.status}${context.statusText ? ` ${context.statusText}` : ""}`;
  const serverMessage = context.body.kind === "json" ? findErrorMessage(context.body.value) : undefined;
  const what = overrides.message ?? serverMessage ?? describeBody(context.body);
  const path = safePath(context.url);
  const id = context.requestId ? ` Request id: ${context.requestId}.` : "";
  const hint = overrides.hint ?? statusHint(context.status, context.retryAfterMs);
  return `${context.provider} API returned ${status} for ${context.method} ${path} (${context.operation}): ${trimDot(what)}. ${hint}${id}`;
}

/** A provider's better words for {@link describeApiError}. */
export interface DescribeApiErrorOverrides {
  /** What happened, replacing the message found in the body (e.g. a summary of FastAPI issues). */
  message?: string | undefined;
  /** What to do, replacing the generic advice for the status. */
  hint?: string | undefined;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function trimDot(text: string): string {
  return text.replace(/[.\s]+$/, "");
}
