import { CloudSdkError } from "./cloud-sdk-error.js";

/** The caller cancelled: the `signal` it passed was aborted. `cause` is the signal's reason. */
export class AbortError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.AbortError";

  /** SDK operation that was cancelled. */
  readonly operation: string | undefined;

  constructor(message: string, options: { operation?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.operation = options.operation;
  }
}
