import { type CloudSdkError, ConnectionError } from "@cloud-sdk/auth-core";
import { PodstackError } from "./podstack-error";

/**
 * The request never got an answer: DNS failure, refused or reset connection, TLS or proxy problem.
 * `cause` is auth-core's `ConnectionError`, whose own `cause` is the platform's error (e.g.
 * `connect ECONNREFUSED`). `statusCode` is `undefined`. Timeouts and aborts keep auth-core's
 * `TimeoutError` and `AbortError`.
 */
export class NetworkError extends PodstackError {
  static override readonly errorType: string = "podstack.NetworkError";
}

/** The transport's `wrapError` hook: a `ConnectionError` becomes a {@link NetworkError}. */
export function wrapTransportError(error: CloudSdkError): Error {
  if (!(error instanceof ConnectionError)) return error;
  return new NetworkError({ message: error.message, cause: error, url: error.url, operation: error.operation });
}
