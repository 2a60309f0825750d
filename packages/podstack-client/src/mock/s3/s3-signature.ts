/**
 * An independent SigV4 check for the fake (AWS Signature Version 4, as S3 documents it): the
 * client signs with aws4fetch; the fake recomputes the signature from the request it received with
 * its own code and Web Crypto, so a signing bug (key encoding, query order, signed headers, region)
 * fails in tests instead of only against a real server.
 */

const encoder = new TextEncoder();

/** RFC 3986 percent-encoding, unreserved characters kept (SigV4's URI encoding). */
function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

async function hmac(key: ArrayBuffer | Uint8Array, text: string): Promise<ArrayBuffer> {
  const imported = await crypto.subtle.importKey("raw", key as Uint8Array<ArrayBuffer>, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return crypto.subtle.sign("HMAC", imported, encoder.encode(text));
}

/** The parts of a signature a request carries, from its header or its query. */
export interface SignatureParts {
  readonly accessKeyId: string;
  /** `yyyymmdd/region/s3/aws4_request`. */
  readonly scope: string;
  readonly amzDate: string;
  readonly signedHeaders: string[];
  readonly signature: string;
  readonly payloadHash: string;
  /** Query parameters that are part of the canonical request. */
  readonly query: [string, string][];
}

/** The canonical request of SigV4 for S3 (paths are encoded once, not twice). */
async function canonicalRequest(request: Request, parts: SignatureParts): Promise<string> {
  const url = new URL(request.url);
  const path = url.pathname
    .split("/")
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join("/");
  const query = parts.query
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
  const headers = parts.signedHeaders
    .map((name) => `${name}:${(name === "host" ? url.host : (request.headers.get(name) ?? "")).trim().replace(/\s+/g, " ")}\n`)
    .join("");
  return [request.method, path, query, headers, parts.signedHeaders.join(";"), parts.payloadHash].join("\n");
}

/** The signature SigV4 gives `request` under `secretKey`. */
export async function expectedSignature(request: Request, parts: SignatureParts, secretKey: string): Promise<string> {
  const [date = "", region = "", service = ""] = parts.scope.split("/");
  const stringToSign = [
    "AWS4-HMAC-SHA256",
    parts.amzDate,
    parts.scope,
    await sha256Hex(await canonicalRequest(request, parts)),
  ].join("\n");
  let key = await hmac(encoder.encode(`AWS4${secretKey}`), date);
  for (const step of [region, service, "aws4_request"]) key = await hmac(key, step);
  return hex(await hmac(key, stringToSign));
}
