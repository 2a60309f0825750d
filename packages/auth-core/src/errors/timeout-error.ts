import { CloudSdkError } from "./cloud-sdk-error.js";

/**
 * A time limit passed: one attempt of a request (the client's `timeout`) or a wait helper's overall
 * `timeout`. `timeoutMs` says which limit it was.
 */
export class TimeoutError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.TimeoutError";

  /** The limit that passed, in milliseconds. */
  readonly timeoutMs: number;
  /** SDK operation that timed out, e.g. `instances.list`. */
  readonly operation: string | undefined;

  constructor(message: string, options: { timeoutMs: number; operation?: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.timeoutMs = options.timeoutMs;
    this.operation = options.operation;
  }
}
