import type { AuthScheme } from "./auth-scheme.js";

/**
 * No credential header: requests go with `credentials: "include"`, so a browser sends the session
 * cookie it holds for the API's origin. In Node, pass a `fetch` that manages cookies, or a `Cookie`
 * header.
 *
 * @example
 * ```ts
 * const transport = createTransport({ provider: "Phala Cloud", baseURL, auth: cookieSession() });
 * ```
 */
export function cookieSession(): AuthScheme {
  return {
    type: "cookie-session",
    headerName: undefined,
    credentials: "include",
    needsSecret: false,
    headerValue: () => "",
    redactedHeaderValue: () => "",
    revealingForms: () => [],
  };
}
