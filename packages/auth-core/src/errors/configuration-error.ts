import { CloudSdkError } from "./cloud-sdk-error.js";

/** A client option is invalid (a base URL that is not a URL, a negative timeout, …). */
export class ConfigurationError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.ConfigurationError";

  /** The option at fault, e.g. `baseURL`. */
  readonly option: string;

  constructor(message: string, options: { option: string }) {
    super(message);
    this.option = options.option;
  }
}
