import { redact } from "../secrets/redact.js";
import type { AuthScheme } from "./auth-scheme.js";

/**
 * `Authorization: Bearer <secret>`.
 *
 * @example
 * ```ts
 * const transport = createTransport({ provider: "Lambda Cloud", baseURL, credential, auth: bearer() });
 * ```
 */
export function bearer(): AuthScheme {
  return {
    type: "bearer",
    headerName: "authorization",
    credentials: undefined,
    needsSecret: true,
    headerValue: (secret) => `Bearer ${secret}`,
    redactedHeaderValue: (secret) => `Bearer ${redact(secret)}`,
    revealingForms: (secret) => [secret],
  };
}
