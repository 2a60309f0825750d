import { requireCredential, requireCredentialSync } from "../credentials/resolve-credential.js";
import { sleep } from "../utils/abortable.js";
import type { ApiErrorContext } from "./api-error-context.js";
import { buildURL } from "./build-url.js";
import { checkCallOptions } from "./check-options.js";
import { errorContext } from "./error-response.js";
import { sendFollowingRedirects, type FinalResult } from "./follow-redirects.js";
import { applyHeaders, toLayers } from "./headers.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { readSuccess } from "./read-success.js";
import { backoffDelay, IDEMPOTENT_METHODS, isRetryableFailure, NOT_PROCESSED_STATUSES, RETRYABLE_STATUSES } from "./retry-policy.js";
import type { TransportRequest, TransportResponse } from "./transport-options.js";

/**
 * Runs one operation: builds the request once, then attempts it, retrying what is safe to retry.
 * - Connection failures and timeouts: retried when the operation is idempotent, or when the
 *   connection never opened (nothing reached the server).
 * - Error statuses: 408, 429 and 5xx are retried when idempotent; a non-idempotent operation
 *   (a launch, a paid generation) only after 429, which proves the server did not act on it.
 * - `Retry-After` is honoured up to a cap; a longer wait ends the retries with the error.
 * - A 401 with a refreshable credential refreshes it once and tries again.
 */
export async function execute<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  withMeta: boolean,
): Promise<TransportResponse<TOutput>> {
  const { operation, method, signal } = request;
  checkCallOptions(request);
  const url = buildURL(prepared.baseURL, request.path, operation, request.pathParams, request.query);
  const idempotent = request.idempotent ?? IDEMPOTENT_METHODS.has(method);
  const maxRetries = request.maxRetries ?? prepared.maxRetries;
  const headers = { ...prepared.defaultHeaders };
  for (const layer of toLayers(request.headers)) applyHeaders(headers, layer);
  const body = encodeBody(request, headers);
  let reauthenticated = false;

  for (let attempt = 0; ; attempt++) {
    let result: FinalResult;
    let secret: string | undefined;
    let refreshable = false;
    try {
      if (prepared.rateLimiter) await prepared.rateLimiter.acquire(signal);
      for (const limiter of request.rateLimiters ?? []) await limiter.acquire(signal);
      const attemptHeaders = { ...headers };
      if (prepared.auth.needsSecret && prepared.auth.headerName) {
        // A source that answers synchronously (a value, an environment variable) skips a promise per
        // request; requireCredentialSync is undefined for the others, which are awaited.
        const source = prepared.credential!;
        const credential =
          requireCredentialSync(source, prepared.missingCredential) ??
          (await requireCredential(source, prepared.missingCredential, { signal }));
        secret = credential.secret.reveal();
        refreshable = credential.refreshable === true;
        // Set last: the resolved credential wins over any caller header of the same name.
        attemptHeaders[prepared.auth.headerName] = prepared.auth.headerValue(secret);
      }
      if (prepared.debug) logRequest(prepared, operation, method, url, attemptHeaders, secret);
      result = await sendFollowingRedirects(prepared, {
        url,
        method,
        headers: attemptHeaders,
        body,
        credentials: prepared.auth.credentials,
        fetch: prepared.fetch,
        timeoutMs: request.timeout ?? prepared.timeout,
        signal,
        operation,
        responseType: request.responseType ?? "json",
        baseURLOption: prepared.baseURLOption,
      });
    } catch (error) {
      if (attempt < maxRetries && isRetryableFailure(error, idempotent)) {
        await wait(prepared, request, backoffDelay(attempt, prepared.timing), attempt, maxRetries, (error as Error).message);
        continue;
      }
      throw error;
    }

    if (prepared.debug) prepared.log.debug(`${operation}: ← ${result.response.status} ${method} ${url}`);
    if (result.response.ok) return readSuccess(prepared, request, result, withMeta);

    const context = errorContext(prepared, operation, method, idempotent, result, secret);
    const error = prepared.createApiError(context);
    if (context.status === 401 && refreshable && !reauthenticated && prepared.credential?.invalidate) {
      reauthenticated = true;
      prepared.credential.invalidate();
      prepared.log.info(`${operation}: 401 with a refreshable credential; refreshing it and trying once more`);
      attempt--;
      continue;
    }
    if (attempt < maxRetries && shouldRetryStatus(prepared, context, error, idempotent)) {
      const delay = context.retryAfterMs ?? backoffDelay(attempt, prepared.timing);
      if (delay > prepared.timing.maxRetryAfterMs) throw error;
      await wait(prepared, request, delay, attempt, maxRetries, `${context.status} ${context.statusText}`.trim());
      continue;
    }
    throw error;
  }
}

function shouldRetryStatus(prepared: PreparedTransport, context: ApiErrorContext, error: Error, idempotent: boolean): boolean {
  // A provider's verdict `true` means the server did not act on the request, so any operation may repeat.
  const verdict = prepared.shouldRetry?.(error, context);
  if (verdict !== undefined) return verdict;
  if (!RETRYABLE_STATUSES.has(context.status)) return false;
  return idempotent || NOT_PROCESSED_STATUSES.has(context.status);
}

async function wait<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  delay: number,
  attempt: number,
  maxRetries: number,
  reason: string,
): Promise<void> {
  prepared.log.info(`${request.operation}: retry ${attempt + 1} of ${maxRetries} in ${delay} ms after: ${reason}`);
  await sleep(delay, request.signal, `${request.operation} (waiting to retry)`, request.operation);
}

function encodeBody(request: TransportRequest<unknown>, headers: Record<string, string>): BodyInit | undefined {
  if (request.json !== undefined) {
    headers["content-type"] ??= "application/json";
    return JSON.stringify(request.json);
  }
  if (request.body) {
    headers["content-type"] ??= request.body.contentType;
    return request.body.data as BodyInit;
  }
  return undefined;
}

function logRequest(
  prepared: PreparedTransport,
  operation: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  secret: string | undefined,
) {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!prepared.hiddenHeaders.has(name)) shown[name] = value;
    // The credential header shows which key was used (`Bearer phak_…3f9a`), never the key itself.
    else shown[name] = name === prepared.auth.headerName && secret ? prepared.auth.redactedHeaderValue(secret) : "***";
  }
  prepared.log.debug(`${operation}: → ${method} ${url}`, { headers: shown });
}
