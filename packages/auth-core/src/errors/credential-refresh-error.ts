import { CloudSdkError } from "./cloud-sdk-error.js";

/**
 * A credential function (`fromFunction`) threw or returned something unusable. `cause` is what it
 * threw. The message never contains a secret.
 */
export class CredentialRefreshError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.CredentialRefreshError";

  /** Where the credential was being fetched from, e.g. "the apiKey function". */
  readonly source: string;

  constructor(message: string, options: { source: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.source = options.source;
  }
}
