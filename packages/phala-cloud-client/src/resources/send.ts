import { pickRequestOptions, type RequestOptions, type TransportRequest, type TransportResponse } from "@cloud-sdk/auth-core";
import type * as v from "valibot";
import type { ApiVersion } from "../api-version";
import { type ClientCore, contextOf } from "../client-context";
import type { VersionedResponse, VersionedResponseName } from "../schemas";

/**
 * Sends one operation with the caller's per-call options, picked by auth-core's one list
 * (`pickRequestOptions`: signal, timeout, maxRetries, headers, responseValidation,
 * maxResponseBytes). An operation's own `headers` (already merged with the caller's) and its own
 * default `responseValidation` give way to what the caller set; nothing else in `options` can
 * change the path, body or schema.
 */
export function send<T>(client: ClientCore, request: TransportRequest<T>, options: RequestOptions | undefined): Promise<T> {
  return contextOf(client).transport.request(withCallOptions(request, options));
}

/** A request whose success body is read as a stream: no schema, no response type. */
export type StreamRequest = Omit<TransportRequest<unknown>, "schema" | "responseType">;

/** The operation with the caller's per-call options applied, as {@link send} describes. */
function withCallOptions<R extends StreamRequest>(request: R, options: RequestOptions | undefined): R {
  const { headers, ...picked } = pickRequestOptions(options);
  const set = Object.fromEntries(Object.entries(picked).filter(([, value]) => value !== undefined));
  // An operation that set its own headers has merged the caller's into them already.
  const callerHeaders = request.headers === undefined && headers !== undefined ? { headers } : {};
  return { ...request, ...set, ...callerHeaders };
}

/**
 * The client's schema for a response whose shape depends on the API version. Typed as the union
 * of every version's output; the public method signatures narrow it to the client's version.
 */
export function versioned<K extends VersionedResponseName>(
  client: ClientCore,
  name: K,
): v.GenericSchema<unknown, VersionedResponse<ApiVersion, K>> {
  return contextOf(client).schemas[name] as v.GenericSchema<unknown, VersionedResponse<ApiVersion, K>>;
}

/** {@link send} with the response's status and headers, for bodies whose reading depends on them. */
export function sendWithResponse<T>(client: ClientCore, request: TransportRequest<T>, options: RequestOptions | undefined): Promise<TransportResponse<T>> {
  return contextOf(client).transport.requestWithResponse(withCallOptions(request, options));
}

/**
 * {@link send} for a success body handed over unread (server-sent events): the transport's rules
 * apply up to the headers, then each chunk must come within the call's `timeout`.
 */
export function sendStream(client: ClientCore, request: StreamRequest, options: RequestOptions | undefined): Promise<TransportResponse<ReadableStream<Uint8Array>>> {
  return contextOf(client).transport.requestStream(withCallOptions(request, options));
}
