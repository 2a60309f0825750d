import { redact } from "../secrets/redact.js";
import type { AuthScheme } from "./auth-scheme.js";

/**
 * The secret as-is in a named header, e.g. `X-API-Key: <secret>`.
 *
 * @example
 * ```ts
 * const transport = createTransport({ provider: "Phota", baseURL, credential, auth: apiKeyHeader("X-API-Key") });
 * ```
 */
export function apiKeyHeader(name: string): AuthScheme {
  const headerName = name.trim().toLowerCase();
  return {
    type: "api-key-header",
    headerName,
    credentials: undefined,
    needsSecret: true,
    headerValue: (secret) => secret,
    redactedHeaderValue: (secret) => redact(secret),
    revealingForms: (secret) => [secret],
  };
}
