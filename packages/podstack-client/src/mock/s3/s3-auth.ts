import { PODSTACK_MOCK_S3_ACCESS_KEY } from "./s3-constants";
import { s3Error } from "./s3-responses";

/**
 * Checks that an S3 request is signed with SigV4 by the fake's access key: an `Authorization:
 * AWS4-HMAC-SHA256 Credential=<key>/…, SignedHeaders=…, Signature=<hex>` header with an
 * `x-amz-date`, or a presigned query (`X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Signature`) that
 * has not expired. The signature itself is not recomputed. Returns S3's 403, or `undefined`.
 */
export function checkSigV4(request: Request, now: number): Response | undefined {
  const url = new URL(request.url);
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/[^,]+, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/.exec(header);
    if (match === null || request.headers.get("x-amz-date") === null) {
      return s3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed.");
    }
    if (match[1] !== PODSTACK_MOCK_S3_ACCESS_KEY) {
      return s3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
    }
    return undefined;
  }
  const query = url.searchParams;
  if (query.get("X-Amz-Algorithm") === "AWS4-HMAC-SHA256" && query.get("X-Amz-Signature") !== null) {
    if (!(query.get("X-Amz-Credential") ?? "").startsWith(`${PODSTACK_MOCK_S3_ACCESS_KEY}/`)) {
      return s3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
    }
    const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(query.get("X-Amz-Date") ?? "");
    const expires = Number(query.get("X-Amz-Expires"));
    if (date === null || !Number.isFinite(expires)) {
      return s3Error(400, "AuthorizationQueryParametersError", "X-Amz-Date and X-Amz-Expires are required.");
    }
    const signedAt = Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!);
    if (now > signedAt + expires * 1000) return s3Error(403, "AccessDenied", "Request has expired");
    return undefined;
  }
  return s3Error(403, "AccessDenied", "Access Denied");
}
