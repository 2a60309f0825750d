import { errorResponse, LAMBDA_CLOUD_ERRORS } from "./errors.js";

function decodeBase64(value: string): string | undefined {
  try {
    return atob(value);
  } catch {
    return undefined;
  }
}

/**
 * Whether an `Authorization` header carries `apiKey` in a form Lambda documents:
 * `Bearer <key>`, `Basic base64(<key>:)` (what `curl -u KEY:` sends) or the raw
 * `Basic <key>` that the spec's `basicAuth` scheme also lists. Schemes are case-insensitive
 * (RFC 9110); the key is not.
 */
export function isAuthorized(header: string | null, apiKey: string): boolean {
  if (header === null) return false;
  const match = /^(\S+)\s+(\S+)$/.exec(header.trim());
  if (!match) return false;
  const scheme = (match[1] ?? "").toLowerCase();
  const credentials = match[2] ?? "";
  if (scheme === "bearer") return credentials === apiKey;
  if (scheme !== "basic") return false;
  return credentials === apiKey || decodeBase64(credentials) === `${apiKey}:`;
}

/** The documented 401 answer, or `undefined` when the request may proceed. */
export function checkAuthorization(request: Request, apiKey: string): Response | undefined {
  if (isAuthorized(request.headers.get("authorization"), apiKey)) return undefined;
  return errorResponse(401, LAMBDA_CLOUD_ERRORS.invalidApiKey);
}
