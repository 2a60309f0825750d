import type { KyInstance, Options as KyOptions } from "ky";
import { bodyOf } from "./bounded-fetch.js";
import { buildURL } from "./build-url.js";
import type { CallContext, CallParts, SentCredential } from "./call-parts.js";
import { checkCallOptions } from "./check-options.js";
import { errorContext } from "./error-response.js";
import type { Exchange } from "./exchange.js";
import { applyHeaders, toLayers } from "./headers.js";
import { createKyClient } from "./ky-client.js";
import { linkSignal } from "./linked-signal.js";
import { loadKy, type KyModule } from "./load-ky.js";
import { mapFailure } from "./map-failure.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { readSuccess } from "./read-success.js";
import { nextRedirect } from "./redirect-policy.js";
import { IDEMPOTENT_METHODS } from "./retry-policy.js";
import { streamSuccess } from "./stream-success.js";
import type { TransportRequest, TransportResponse } from "./transport-options.js";

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
  const call: CallContext = {
    request: request as TransportRequest<unknown>,
    parts,
    timeoutMs,
    maxRetries,
    maxResponseBytes: request.maxResponseBytes ?? prepared.maxResponseBytes,
  };
  // Only what varies per call: the hooks, fetch and retry decision are the transport's (ky-client.ts)
  // and find this call through `context`.
  const options: KyOptions = { method: parts.method, headers: parts.headers, body: parts.body ?? null, context: { call } };
  if (request.timeout !== undefined) options.timeout = timeoutMs;
  if (request.maxRetries !== undefined) options.retry = { limit: maxRetries };
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

