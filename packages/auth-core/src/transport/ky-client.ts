import type { KyInstance } from "ky";
import type { KyModule } from "./load-ky.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { ALL_METHODS, RETRYABLE_STATUSES } from "./retry-policy.js";

/**
 * The transport's ky instance, made once per transport: what does not vary per call is said here, in
 * ky's own options.
 * - `timeout`: the time limit of one attempt; on expiry ky aborts the request (the connection closes).
 *   The body is read inside ky's `fetch` (see bounded-fetch.ts), so the limit covers it too.
 * - `retry`: `limit` (maxRetries), `statusCodes` 408/429/5xx, `afterStatusCodes` the same (Retry-After
 *   is honoured on each), `backoffLimit` and `delay` (initial × 2^n, capped), `jitter` (minus up to
 *   25 %), `retryOnTimeout`; per call, `shouldRetry` applies the idempotency rule.
 * - `throwHttpErrors`: every error status becomes ky's HTTPError, so ky's retry sees it; redirects
 *   (and a browser's opaque redirect, status 0) come back as responses for the redirect policy.
 * - `redirect: "manual"`: no redirect is followed by fetch, where the credential would go along.
 */
export function createKyClient(module: KyModule, prepared: PreparedTransport): KyInstance {
  const { initialDelayMs, maxDelayMs, maxRetryAfterMs } = prepared.timing;
  return module.ky.create({
    timeout: prepared.timeout,
    throwHttpErrors: (status) => !isRedirectStatus(status),
    redirect: "manual",
    credentials: prepared.auth.credentials,
    retry: {
      limit: prepared.maxRetries,
      methods: [...ALL_METHODS],
      statusCodes: [...RETRYABLE_STATUSES],
      afterStatusCodes: [...RETRYABLE_STATUSES],
      maxRetryAfter: maxRetryAfterMs,
      backoffLimit: maxDelayMs,
      delay: (attemptCount) => initialDelayMs * 2 ** (attemptCount - 1),
      // Spread clients out without ever waiting longer than the backoff says.
      jitter: (delay) => delay * (1 - Math.random() * 0.25),
      retryOnTimeout: true,
    },
  });
}

function isRedirectStatus(status: number): boolean {
  return status === 0 || (status >= 300 && status < 400);
}
