import { PODSTACK_MOCK_S3_ACCESS_KEY, PODSTACK_MOCK_S3_SECRET_KEY } from "./s3-constants";
import { s3Error } from "./s3-responses";
import { expectedSignature, type SignatureParts } from "./s3-signature";

const HEADER = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/([^,\s]+), ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

const UNKNOWN_KEY = () =>
  s3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
const MISMATCH = () =>
  s3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.");

/** The signature parts of a request, or the 4xx to answer when it has none or a malformed one. */
function readSignature(request: Request): SignatureParts | Response {
  const url = new URL(request.url);
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = HEADER.exec(header);
    const amzDate = request.headers.get("x-amz-date");
    const payloadHash = request.headers.get("x-amz-content-sha256");
    if (match === null || amzDate === null || payloadHash === null) {
      return s3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed.");
    }
    return {
      accessKeyId: match[1] as string,
      scope: match[2] as string,
      signedHeaders: (match[3] as string).split(";"),
      signature: match[4] as string,
      amzDate,
      payloadHash,
      query: [...url.searchParams],
    };
  }
  const query = url.searchParams;
  if (query.get("X-Amz-Algorithm") === "AWS4-HMAC-SHA256") {
    const credential = query.get("X-Amz-Credential") ?? "";
    const slash = credential.indexOf("/");
    return {
      accessKeyId: credential.slice(0, slash),
      scope: credential.slice(slash + 1),
      signedHeaders: (query.get("X-Amz-SignedHeaders") ?? "host").split(";"),
      signature: query.get("X-Amz-Signature") ?? "",
      amzDate: query.get("X-Amz-Date") ?? "",
      payloadHash: "UNSIGNED-PAYLOAD",
      query: [...query].filter(([name]) => name !== "X-Amz-Signature"),
    };
  }
  return s3Error(403, "AccessDenied", "Access Denied");
}

/**
 * Checks that an S3 request is signed with SigV4 by the fake's credentials: an `Authorization:
 * AWS4-HMAC-SHA256 …` header (with `x-amz-date` and `x-amz-content-sha256`), or a presigned query
 * (`X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-Signature`) that has
 * not expired. The signature is recomputed independently of the client's signer (see
 * `s3-signature.ts`). Returns S3's error answer, or `undefined`.
 */
export async function checkSigV4(request: Request, now: number): Promise<Response | undefined> {
  const parts = readSignature(request);
  if (parts instanceof Response) return parts;
  if (parts.accessKeyId !== PODSTACK_MOCK_S3_ACCESS_KEY) return UNKNOWN_KEY();
  if (request.headers.get("authorization") === null) {
    const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(parts.amzDate);
    const expires = Number(new URL(request.url).searchParams.get("X-Amz-Expires"));
    if (date === null || !Number.isFinite(expires)) {
      return s3Error(400, "AuthorizationQueryParametersError", "X-Amz-Date and X-Amz-Expires are required.");
    }
    const signedAt = Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!);
    if (now > signedAt + expires * 1000) return s3Error(403, "AccessDenied", "Request has expired");
  }
  const expected = await expectedSignature(request, parts, PODSTACK_MOCK_S3_SECRET_KEY);
  return expected === parts.signature ? undefined : MISMATCH();
}
