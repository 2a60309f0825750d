import type { AuthScheme, RequestSigner } from "./auth-scheme.js";

/**
 * A scheme that signs each request as a whole (AWS SigV4 with a maintained signer such as aws4fetch,
 * an HMAC scheme): `sign` answers the headers to set, and runs before every attempt, after every
 * other header is in place, so a retry is signed afresh. The secret stays in the signer's closure;
 * the headers it sets (`authorization` and any named in `secretHeaders`) are hidden from errors and
 * logs like any credential header.
 *
 * @example
 * ```ts
 * const signer = new AwsV4Signer(...); // per request, from aws4fetch
 * const transport = createTransport({
 *   provider: "Podstack S3",
 *   baseURL: "https://s3.podstack.ai",
 *   auth: requestSigner(async (request) => signHeaders(request), { secretHeaders: ["x-amz-security-token"] }),
 * });
 * ```
 */
export function requestSigner(sign: RequestSigner, options: { type?: string; secretHeaders?: readonly string[] } = {}): AuthScheme {
  return {
    type: options.type ?? "request-signer",
    headerName: undefined,
    credentials: undefined,
    needsSecret: false,
    headerValue: () => "",
    redactedHeaderValue: () => "",
    revealingForms: () => [],
    sign,
    secretHeaders: (options.secretHeaders ?? []).map((name) => name.toLowerCase()),
  };
}
