import { CloudSdkError } from "./cloud-sdk-error.js";

/**
 * A response body was larger than `maxResponseBytes`: reading stopped there and the connection was
 * closed. Not a connection problem and never retried (the same answer would be as large again).
 */
export class ResponseTooLargeError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.ResponseTooLargeError";

  /** SDK operation whose response was too large. */
  readonly operation: string;
  /** The limit that was passed, in bytes. */
  readonly maxResponseBytes: number;
  /** HTTP status of the response. */
  readonly status: number;

  constructor(message: string, options: { operation: string; maxResponseBytes: number; status: number }) {
    super(message);
    this.operation = options.operation;
    this.maxResponseBytes = options.maxResponseBytes;
    this.status = options.status;
  }
}
