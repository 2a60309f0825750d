import { CloudSdkError } from "./cloud-sdk-error.js";

/**
 * A credentials file exists but cannot be used: unreadable (permissions), or malformed (a section
 * named `__proto__`, a broken section header). A missing file is not an error: it is "not found here".
 */
export class CredentialFileError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.CredentialFileError";

  /** The file, when known. */
  readonly path: string | undefined;
  /** 1-based line of the problem, when it is a syntax problem. */
  readonly line: number | undefined;

  constructor(message: string, options: { path?: string | undefined; line?: number | undefined; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.path = options.path;
    this.line = options.line;
  }
}
