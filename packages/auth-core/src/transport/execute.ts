import type { KyInstance, Options as KyOptions } from "ky";
import type { RequestSigner } from "../auth/auth-scheme.js";
import type { Credential } from "../credentials/credential-source.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import { scrubText } from "../secrets/redact.js";
import { bodyOf, boundedFetch } from "./bounded-fetch.js";
import { buildURL } from "./build-url.js";
import { checkCallOptions } from "./check-options.js";
import { errorContext } from "./error-response.js";
import type { Exchange } from "./exchange.js";
import { applyHeaders, headersToObject, toLayers } from "./headers.js";
import { findRequestId } from "./error-body-fields.js";
import { watchStream } from "./watched-stream.js";
import { CloudSdkError } from "../errors/cloud-sdk-error.js";
import { createKyClient } from "./ky-client.js";
import { linkSignal, type LinkedSignal } from "./linked-signal.js";
import { loadKy, type KyModule } from "./load-ky.js";
import { mapFailure } from "./map-failure.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { readSuccess } from "./read-success.js";
import { nextRedirect } from "./redirect-policy.js";
import { resolveAttemptCredential } from "./resolve-attempt-credential.js";
import { parseRetryAfter } from "./retry-after.js";
import { failureKind, IDEMPOTENT_METHODS, mayRetryFailure, NOT_PROCESSED_STATUSES, RETRYABLE_STATUSES } from "./retry-policy.js";
import type { TransportRequest, TransportResponse } from "./transport-options.js";

/** What one attempt learned about the credential it sent, for scrubbing and the 401 refresh. */
interface SentCredential {
  secret: string | undefined;
  refreshable: boolean;
}

/**
 * Runs one operation through the transport's ky instance. ky carries the attempt loop: timeout,
 * retries with backoff and Retry-After, and the hooks below. What stays here is what ky cannot
 * express: the idempotency rule (`shouldRetry`), the credential resolved per attempt
 * (`beforeRequest`), the redirect policy, the one credential refresh after a 401 (which must not use
 * up one of the caller's retries), and turning failures into typed errors.
 */
export async function execute<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  withMeta: boolean,
): Promise<TransportResponse<TOutput>> {
  checkCallOptions(request);
  const { operation } = request;
  let url = buildURL(prepared.baseURL, request.path, operation, request.pathParams, request.query);
  let method: string = request.method;
  const idempotent = request.idempotent ?? IDEMPOTENT_METHODS.has(method);
  const headers = { ...prepared.defaultHeaders };
  for (const layer of toLayers(request.headers)) applyHeaders(headers, layer);
  let body = encodeBody(request, headers);
  const loaded = loadKy();
  const module = "ky" in loaded ? loaded : await loaded;
  const client = (prepared.ky.instance ??= createKyClient(module, prepared));
  const linked = request.signal ? linkSignal(request.signal) : undefined;
  // A streamed body keeps the caller's signal linked until the stream ends.
  let handedOver = false;
  try {
    let refreshed = false;
    for (let hops = 0; ; ) {
      const sent: SentCredential = { secret: undefined, refreshable: false };
      const exchange = await send(prepared, client, module, request, { url, method, headers, body, idempotent, linked, sent });
      const { response } = exchange;
      if (response.ok && request.responseType === "stream") {
        handedOver = true;
        return streamSuccess(prepared, request, exchange, linked);
      }
      if (response.ok) return readSuccess(prepared, request, exchange, withMeta);
      const hop = nextRedirect(prepared, operation, method, url, response, hops);
      if (hop) {
        hops++;
        url = hop.url;
        method = hop.method;
        if (hop.dropBody) {
          body = undefined;
          delete headers["content-type"];
        }
        continue;
      }
      const context = errorContext(prepared, operation, method, idempotent, exchange, sent.secret);
      const error = prepared.createApiError(context);
      if (context.status === 401 && sent.refreshable && !refreshed && prepared.credential?.invalidate) {
        refreshed = true;
        prepared.credential.invalidate();
        prepared.log.info(`${operation}: 401 with a refreshable credential; refreshing it and trying once more`);
        continue;
      }
      throw error;
    }
  } finally {
    if (!handedOver) linked?.unlink();
  }
}

/** A 2xx answer whose body the caller streams: handed over watched (idle time, abort, connection). */
function streamSuccess<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  exchange: Exchange,
  linked: LinkedSignal | undefined,
): TransportResponse<TOutput> {
  const { response } = exchange;
  const body = watchStream(response.body, {
    operation: request.operation,
    idleTimeoutMs: request.timeout ?? prepared.timeout,
    signal: request.signal,
    linkedSignal: linked?.signal,
    onEnd: () => linked?.unlink(),
    wrapError: (error) => (error instanceof CloudSdkError ? prepared.wrapError(error) : error),
  });
  const headers = headersToObject(response.headers, prepared.hiddenHeaders);
  return { data: body as TOutput, status: response.status, headers, requestId: findRequestId(headers, undefined) };
}

interface CallParts {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: BodyInit | undefined;
  readonly idempotent: boolean;
  readonly linked: LinkedSignal | undefined;
  readonly sent: SentCredential;
}

/** One call through ky; answers the final response (error statuses included), body read. */
async function send<TOutput>(
  prepared: PreparedTransport,
  client: KyInstance,
  module: KyModule,
  request: TransportRequest<TOutput>,
  parts: CallParts,
): Promise<Exchange> {
  const { operation } = request;
  const timeoutMs = request.timeout ?? prepared.timeout;
  const maxRetries = request.maxRetries ?? prepared.maxRetries;
  const signal = parts.linked?.signal;
  const options: KyOptions = {
    method: parts.method,
    headers: parts.headers,
    body: parts.body ?? null,
    timeout: timeoutMs,
    fetch: boundedFetch({
      fetch: prepared.fetch ?? globalThis.fetch,
      operation,
      maxResponseBytes: request.maxResponseBytes ?? prepared.maxResponseBytes,
      responseType: request.responseType ?? "json",
      runtimeFetch: prepared.fetch === undefined,
    }),
    retry: {
      limit: maxRetries,
      shouldRetry: ({ error }) => shouldRetry(prepared, module, request, parts, error),
    },
    hooks: {
      beforeRequest: [(kyRequest) => beforeRequest(prepared, request, parts, kyRequest, timeoutMs)],
      beforeRetry: [
        ({ error, retryCount }) =>
          prepared.log.info(`${operation}: retry ${retryCount} of ${maxRetries} after: ${describeRetryReason(error, module, parts.sent.secret, prepared)}`),
      ],
    },
  };
  if (signal) options.signal = signal;
  let response: Response;
  try {
    response = await client(parts.url, options);
  } catch (error) {
    if (module.isHTTPError(error)) response = error.response;
    else {
      throw mapFailure(
        error,
        { operation, method: parts.method, url: parts.url, timeoutMs, baseURLOption: prepared.baseURLOption, signal: request.signal },
        module.isTimeoutError,
      );
    }
  }
  if (prepared.debug) prepared.log.debug(`${operation}: ← ${response.status} ${parts.method} ${parts.url}`);
  const { text, bytes } = bodyOf(response);
  return { response, text, bytes, url: parts.url };
}

/**
 * ky's `beforeRequest` hook, run before every attempt: the rate limiters, then the credential,
 * resolved within the attempt's time limit and set last, so it wins over any caller header of the
 * same name. Headers are set on ky's request in place: no second Request per attempt.
 */
function beforeRequest<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  parts: CallParts,
  kyRequest: Request,
  timeoutMs: number,
): Promise<void> | void {
  if (prepared.rateLimiter || request.rateLimiters?.length) return limitThenSign(prepared, request, parts, kyRequest, timeoutMs);
  return sign(prepared, request, parts, kyRequest, timeoutMs);
}

async function limitThenSign<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  parts: CallParts,
  kyRequest: Request,
  timeoutMs: number,
): Promise<void> {
  if (prepared.rateLimiter) await prepared.rateLimiter.acquire(request.signal);
  for (const limiter of request.rateLimiters ?? []) await limiter.acquire(request.signal);
  await sign(prepared, request, parts, kyRequest, timeoutMs);
}

/** Sets the credential header; synchronous when the credential is (a value, an environment variable). */
function sign<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  parts: CallParts,
  kyRequest: Request,
  timeoutMs: number,
): Promise<void> | void {
  if (prepared.auth.sign) return signWhole(prepared, request, parts, kyRequest, prepared.auth.sign);
  if (!(prepared.auth.needsSecret && prepared.auth.headerName)) {
    if (prepared.debug) logRequest(prepared, request.operation, kyRequest, undefined);
    return;
  }
  const set = (credential: Credential) => {
    const secret = credential.secret.reveal();
    parts.sent.secret = secret;
    parts.sent.refreshable = credential.refreshable === true;
    kyRequest.headers.set(prepared.auth.headerName!, prepared.auth.headerValue(secret));
    if (prepared.debug) logRequest(prepared, request.operation, kyRequest, secret);
  };
  const credential = resolveAttemptCredential(prepared, request.operation, timeoutMs, request.signal);
  if ("then" in credential) return credential.then(set);
  set(credential);
}

/** A whole-request signature (SigV4 and the like), computed afresh for every attempt. */
async function signWhole<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  parts: CallParts,
  kyRequest: Request,
  sign: RequestSigner,
): Promise<void> {
  const headers: Record<string, string> = {};
  kyRequest.headers.forEach((value, name) => {
    headers[name] = value;
  });
  let signed: Record<string, string>;
  try {
    signed = await sign({ method: kyRequest.method, url: kyRequest.url, headers, body: parts.body });
  } catch (error) {
    throw new ConfigurationError(
      `${request.operation}: signing the request failed (${(error as { message?: unknown } | null)?.message ?? String(error)}); nothing was sent. Check the signing credentials.`,
      { option: "auth" },
    );
  }
  for (const [name, value] of Object.entries(signed)) kyRequest.headers.set(name, value);
  if (prepared.debug) logRequest(prepared, request.operation, kyRequest, undefined);
}

/**
 * ky's `retry.shouldRetry`: false stops, undefined lets ky go on with its own rules (status list,
 * Retry-After, backoff), true forces a retry with backoff.
 */
function shouldRetry<TOutput>(
  prepared: PreparedTransport,
  module: KyModule,
  request: TransportRequest<TOutput>,
  parts: CallParts,
  error: Error,
): boolean | undefined {
  if (request.signal?.aborted) return false;
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

function describeRetryReason(error: Error, module: KyModule, secret: string | undefined, prepared: PreparedTransport): string {
  if (!module.isHTTPError(error)) return error.message;
  const { status, statusText } = error.response;
  const text = `${status} ${statusText}`.trim();
  return secret ? scrubText(text, prepared.auth.revealingForms(secret)) : text;
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

function logRequest(prepared: PreparedTransport, operation: string, request: Request, secret: string | undefined): void {
  const shown: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    if (!prepared.hiddenHeaders.has(name)) shown[name] = value;
    // The credential header shows which key was used (`Bearer phak_…3f9a`), never the key itself.
    else shown[name] = name === prepared.auth.headerName && secret ? prepared.auth.redactedHeaderValue(secret) : "***";
  });
  prepared.log.debug(`${operation}: → ${request.method} ${request.url}`, { headers: shown });
}
