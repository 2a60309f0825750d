import type { RequestOptions, TransportRequest, TransportResponse } from "@cloud-sdk/auth-core";
import type * as v from "valibot";
import type { ApiVersion } from "../api-version";
import { type ClientCore, contextOf } from "../client-context";
import type { VersionedResponse, VersionedResponseName } from "../schemas";

/**
 * Sends one operation with the caller's per-call options (signal, timeout, maxRetries, headers).
 * The operation's own fields come last, so options cannot change the path or the schema.
 */
export function send<T>(client: ClientCore, request: TransportRequest<T>, options: RequestOptions | undefined): Promise<T> {
  return contextOf(client).transport.request(options ? { ...options, ...request } : request);
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
  return contextOf(client).transport.requestWithResponse(options ? { ...options, ...request } : request);
}
