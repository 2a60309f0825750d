import { CloudSdkError } from "./cloud-sdk-error.js";
import type { ValidationIssue } from "./validation-issue.js";

/**
 * The arguments passed to an SDK method were rejected before anything was sent: a missing required
 * field, a value out of range, a field the endpoint does not accept.
 */
export class RequestValidationError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.RequestValidationError";

  /** SDK operation whose arguments were rejected. */
  readonly operation: string;
  /** Every problem found. */
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, options: { operation: string; issues: readonly ValidationIssue[] }) {
    super(message);
    this.operation = options.operation;
    this.issues = options.issues;
  }
}
