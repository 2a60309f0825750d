import type { KyInstance } from "ky";
import { beforeRequest } from "./before-request.js";
import { boundedFetch } from "./bounded-fetch.js";
import { attachCall, callOf } from "./call-parts.js";
import type { KyModule } from "./load-ky.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { describeRetryReason, shouldRetry } from "./retry-decision.js";
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
 * - `hooks`: `beforeRequest` (rate limiters, the credential, the debug line) and `beforeRetry` (the
 *   retry's log line), made once; each call says what it is through ky's `context` option.
 */
export function createKyClient(module: KyModule, prepared: PreparedTransport): KyInstance {
  const { initialDelayMs, maxDelayMs, maxRetryAfterMs } = prepared.timing;
  return module.ky.create({
    timeout: prepared.timeout,
    throwHttpErrors: (status) => !isRedirectStatus(status),
    redirect: "manual",
    credentials: prepared.auth.credentials,
    // Made once, here: each reads its call from ky's `context` option (see execute.ts).
    hooks: {
      beforeRequest: [
        (request, options) => {
          const call = callOf(options.context);
          attachCall(request, call);
          return beforeRequest(prepared, call.request, call.parts, request, call.timeoutMs);
        },
      ],
      beforeRetry: [
        ({ options, error, retryCount }) => {
          const call = callOf(options.context);
          const reason = describeRetryReason(error, module, call.parts.sent.secret, prepared);
          prepared.log.info(`${call.request.operation}: retry ${retryCount} of ${call.maxRetries} after: ${reason}`);
        },
      ],
    },
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
      shouldRetry: ({ error }) => shouldRetry(prepared, module, error),
    },
    // The body is read inside ky's fetch, so ky's timeout covers it (see bounded-fetch.ts).
    fetch: boundedFetch({ fetch: prepared.fetch ?? globalThis.fetch, runtimeFetch: prepared.fetch === undefined, maxResponseBytes: prepared.maxResponseBytes }),
  });
}

function isRedirectStatus(status: number): boolean {
  return status === 0 || (status >= 300 && status < 400);
}
