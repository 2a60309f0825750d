import { type ApiErrorContext, statusHint } from "@cloud-sdk/auth-core";

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

/** `text` as one sentence: trailing dots and spaces trimmed, one full stop added. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/[.\s]+$/, "");
  return /[!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
