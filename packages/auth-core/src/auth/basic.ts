import { redact } from "../secrets/redact.js";
import { base64 } from "../utils/base64.js";
import type { AuthScheme } from "./auth-scheme.js";

/**
 * `Authorization: Basic base64(<secret>:)`: the secret as the username and an empty password, as
 * `curl -u KEY:` sends it.
 *
 * @example
 * ```ts
 * const transport = createTransport({ provider: "Lambda Cloud", baseURL, credential, auth: basic() });
 * ```
 */
export function basic(): AuthScheme {
  return {
    type: "basic",
    headerName: "authorization",
    credentials: undefined,
    needsSecret: true,
    headerValue: (secret) => `Basic ${base64(`${secret}:`)}`,
    // The encoded form is as good as the key: show the key's redacted form, marked as not encoded.
    redactedHeaderValue: (secret) => `Basic (${redact(secret)}:)`,
    revealingForms: (secret) => [secret, base64(`${secret}:`)],
  };
}
