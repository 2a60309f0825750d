import { CloudSdkError } from "./cloud-sdk-error.js";

/**
 * The request could not reach the server, or the connection broke before the response was read:
 * DNS failure, refused connection, reset, TLS problem, proxy error. `cause` is the original error and
 * the message repeats its text, so "connect ECONNREFUSED 127.0.0.1:443" is never lost.
 */
export class ConnectionError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.ConnectionError";

  /** The URL that could not be reached. */
  readonly url: string | undefined;
  /** SDK operation that failed, e.g. `instances.list`. */
  readonly operation: string | undefined;

  constructor(message: string, options: { cause?: unknown; url?: string; operation?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.url = options.url;
    this.operation = options.operation;
  }
}
