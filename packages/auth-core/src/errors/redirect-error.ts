import { CloudSdkError } from "./cloud-sdk-error.js";

/**
 * The server answered with a redirect that was not followed, so the credential was not sent to it:
 * a redirect to another origin, too many redirects, or one a browser hides the target of.
 */
export class RedirectError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.RedirectError";

  /** HTTP status of the redirect (301, 302, 303, 307, 308), or 0 where the browser hides it. */
  readonly status: number;
  /** Where the server pointed, when known. */
  readonly location: string | undefined;
  /** Origin of `location`, when known. */
  readonly targetOrigin: string | undefined;

  constructor(message: string, options: { status: number; location?: string | undefined; targetOrigin?: string | undefined }) {
    super(message);
    this.status = options.status;
    this.location = options.location;
    this.targetOrigin = options.targetOrigin;
  }
}
