import { TimeoutError } from "../errors/timeout-error.js";

/** A wait helper (`waitUntilRunning`, `jobs.wait`, …) gave up before the resource got there. */
export class WaitTimeoutError extends TimeoutError {
  static override readonly errorType: string = "cloud-sdk.WaitTimeoutError";

  /** The last value seen before giving up (the resource's latest state), if any. */
  readonly lastValue: unknown;

  constructor(message: string, options: { timeoutMs: number; operation: string; lastValue: unknown; cause?: unknown }) {
    super(message, options);
    this.lastValue = options.lastValue;
  }
}
