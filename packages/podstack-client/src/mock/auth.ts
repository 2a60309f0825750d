import { errorResponse } from "./http";

const CHALLENGE = { "WWW-Authenticate": "Bearer" };

/**
 * Checks `Authorization: Bearer <token>` [doc]. The scheme is matched ignoring case (RFC 9110);
 * the token exactly. A missing header, a missing `Bearer` prefix (a documented cause of 401) or
 * a wrong token is a 401 with the assumed `{ "detail" }` body. Returns the 401, or `undefined`.
 */
export function checkBearer(request: Request, apiKey: string): Response | undefined {
  const header = request.headers.get("authorization");
  if (header === null || header.trim() === "") {
    return errorResponse(401, "Not authenticated", {}, CHALLENGE);
  }
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (match === null || match[1] !== apiKey) {
    return errorResponse(401, "Invalid API token", {}, CHALLENGE);
  }
  return undefined;
}
