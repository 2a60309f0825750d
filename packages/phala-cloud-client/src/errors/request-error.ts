import { type CloudSdkError, ConnectionError, TimeoutError } from "@cloud-sdk/auth-core";
import { PhalaCloudError } from "./phala-cloud-error";

/**
 * No answer came: the connection failed (DNS, refused, reset, TLS, proxy) or an attempt ran out of
 * time. `status` is 0, as in `@phala/cloud`. Unlike it, the message keeps what went wrong
 * (`connect ECONNREFUSED 10.0.0.1:443`), and `cause` is auth-core's {@link ConnectionError} or
 * {@link TimeoutError}, whose own `cause` is the original fetch error.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof RequestError && error.timedOut) console.error("Phala Cloud is slow:", error.message);
 * }
 * ```
 */
export class RequestError extends PhalaCloudError {
  static override readonly errorType: string = "phala-cloud.RequestError";
  /** Discriminator kept from `@phala/cloud`. */
  readonly isRequestError = true as const;
  /** True when an attempt ran out of time (the `timeout` option), false for a connection failure. */
  readonly timedOut: boolean;

  constructor(cause: ConnectionError | TimeoutError) {
    const timedOut = cause instanceof TimeoutError;
    super({
      status: 0,
      message: cause.message,
      detail: cause.message,
      url: timedOut ? undefined : cause.url,
      operation: cause.operation,
      cause,
    });
    this.timedOut = timedOut;
  }
}

/**
 * The transport's `wrapError`: a connection failure or a timeout becomes a {@link RequestError}.
 * An abort (the caller's own signal) and a refused redirect keep their auth-core classes: neither
 * is a network failure, and both already say exactly what happened.
 */
export function wrapTransportError(error: CloudSdkError): Error {
  return error instanceof ConnectionError || error instanceof TimeoutError ? new RequestError(error) : error;
}
