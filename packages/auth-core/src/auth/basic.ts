import type { AuthScheme } from "./auth-scheme.js";
import { base64 } from "../utils/base64.js";

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
  };
}
