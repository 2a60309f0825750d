import { CloudSdkError } from "./cloud-sdk-error.js";

/** What a {@link MissingCredentialError} says. */
export interface MissingCredentialErrorInit {
  /** What was looked for, e.g. "Lambda Cloud API key". */
  subject: string;
  /** Every place looked, in order, e.g. ["the apiKey option", "the LAMBDA_API_KEY environment variable"]. */
  lookedIn: readonly string[];
  /** How to fix it, e.g. "Pass apiKey to the client or set LAMBDA_API_KEY." */
  hint: string;
}

/**
 * No credential was found in any of the places looked. The message names each place, in order, and
 * how to fix it:
 *
 * `Lambda Cloud API key not found. Looked in: the apiKey option; the LAMBDA_API_KEY environment
 * variable. Pass apiKey to the client or set LAMBDA_API_KEY.`
 */
export class MissingCredentialError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.MissingCredentialError";

  /** What was looked for. */
  readonly subject: string;
  /** Every place looked, in order. */
  readonly lookedIn: readonly string[];
  /** How to fix it. */
  readonly hint: string;

  constructor(init: MissingCredentialErrorInit) {
    const places = init.lookedIn.length > 0 ? init.lookedIn.join("; ") : "nowhere (no source was configured)";
    super(`${init.subject} not found. Looked in: ${places}. ${init.hint}`);
    this.subject = init.subject;
    this.lookedIn = [...init.lookedIn];
    this.hint = init.hint;
  }
}
