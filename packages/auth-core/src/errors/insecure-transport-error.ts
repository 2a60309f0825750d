import { CloudSdkError } from "./cloud-sdk-error.js";

/**
 * A credential would have travelled over plain `http://` to a host that is not this machine. Refused
 * before anything is sent. Loopback addresses are allowed; anything else needs an explicit opt-in.
 */
export class InsecureTransportError extends CloudSdkError {
  static override readonly errorType: string = "cloud-sdk.InsecureTransportError";

  /** The refused URL (it holds no credential). */
  readonly url: string;

  constructor(message: string, options: { url: string }) {
    super(message);
    this.url = options.url;
  }
}
