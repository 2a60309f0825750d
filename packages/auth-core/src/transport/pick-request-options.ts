import type { RequestOptions } from "./transport-options.js";

/**
 * The per-call options a method passes on to the transport, picked field by field: nothing else a
 * caller hands over from plain JavaScript (an `idempotent` flag, a `path`) can change how the request
 * is sent. Every client uses this one list, so a new per-call option reaches all of them at once.
 *
 * @example
 * ```ts
 * transport.request({ ...operation, ...pickRequestOptions(options) });
 * ```
 */
export function pickRequestOptions(options: RequestOptions | undefined): RequestOptions {
  if (!options) return {};
  return {
    signal: options.signal,
    timeout: options.timeout,
    maxRetries: options.maxRetries,
    headers: options.headers,
    responseValidation: options.responseValidation,
    maxResponseBytes: options.maxResponseBytes,
  };
}
