import { type ApiErrorContext, describeBody, findErrorMessage, statusHint } from "@cloud-sdk/auth-core";

/** What the client knows that helps explain an error: where its credential came from. */
export interface ErrorHints {
  /** Where the API key was found ("the PHALA_CLOUD_API_KEY environment variable"); undefined in cookie mode. */
  readonly keySource: string | undefined;
}

// Phala's own statuses have no standard meaning, so auth-core's generic hint cannot explain them.
const PHALA_HINTS: Readonly<Record<number, string>> = {
  465:
    "The compose hash must be registered on-chain first: add it to the app contract (addComposeHash), " +
    "then call again with compose_hash and transaction_hash.",
  466: "The compose hash is invalid or has expired: start the update again to get a fresh one.",
  467: "The on-chain transaction could not be verified: check transaction_hash and that the transaction is confirmed.",
  468: "The app contract does not allow this compose hash: register it with addComposeHash, then retry.",
};

/** What to do about an error status, in Phala Cloud's terms. */
export function phalaHint(context: ApiErrorContext, hints: ErrorHints): string {
  if (context.status === 401) {
    return hints.keySource
      ? `Check that the API key is correct and has not been revoked (it came from ${hints.keySource}); ` +
          "create one in the Phala Cloud dashboard if needed."
      : "No X-API-Key was sent (useCookieAuth is on), so the session cookie is missing or expired: sign in again, " +
          "or pass apiKey without useCookieAuth.";
  }
  return PHALA_HINTS[context.status] ?? statusHint(context.status, context.retryAfterMs);
}

/** The server's own message, or a description of a body that has none (an HTML page, plain text). */
export function serverMessage(context: ApiErrorContext): string {
  const message = context.body.kind === "json" ? findErrorMessage(context.body.value) : undefined;
  return message ?? describeBody(context.body);
}

/**
 * The message of every Phala Cloud API error: what happened (status, request, the server's words)
 * and what to do, with the request id.
 *
 * @example
 * "Phala Cloud API returned 401 Unauthorized for GET /api/v1/auth/me (getCurrentUser): Not
 * authenticated. Check that the API key is correct … Request id: req_00000001."
 */
export function describePhalaError(context: ApiErrorContext, what: string, hint: string): string {
  const status = context.statusText ? `${context.status} ${context.statusText}` : String(context.status);
  const id = context.requestId ? ` Request id: ${context.requestId}.` : "";
  return `Phala Cloud API returned ${status} for ${context.method} ${pathOf(context.url)} (${context.operation}): ${sentence(what)} ${hint}${id}`;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/** `text` as one sentence: trailing dots and spaces trimmed, one full stop added. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/[.\s]+$/, "");
  return /[!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
