import { CloudSdkError } from "./cloud-sdk-error.js";
import type { ValidationIssue } from "./validation-issue.js";

/**
 * The server answered with a body of a shape the client does not expect: not JSON, or JSON that the
 * operation's schema rejects. The message says which operation, which field, what was expected and the
 * request id; `issues` lists every problem; `body` keeps what the server sent.
 */
export class ResponseValidationError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.ResponseValidationError";

  /** SDK operation whose response was rejected. */
  readonly operation: string;
  /** Every problem the schema found (empty when the body was not JSON). */
  readonly issues: readonly ValidationIssue[];
  /** The response body as received (parsed JSON, or text). */
  readonly body: unknown;
  /** HTTP status of the response. */
  readonly status: number;
  /** Request id, to quote when reporting the problem. */
  readonly requestId: string | undefined;

  constructor(
    message: string,
    options: { operation: string; issues?: readonly ValidationIssue[]; body?: unknown; status: number; requestId?: string | undefined },
  ) {
    super(message);
    this.operation = options.operation;
    this.issues = options.issues ?? [];
    this.body = options.body;
    this.status = options.status;
    this.requestId = options.requestId;
  }
}
