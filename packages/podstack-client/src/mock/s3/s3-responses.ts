import { HttpResponse } from "msw";
import { escapeXml } from "../../s3/xml";

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** An XML answer. */
export function xmlResponse(xml: string, status = 200, headers: Record<string, string> = {}): Response {
  return new HttpResponse(PROLOG + xml, { status, headers: { "content-type": "application/xml", ...headers } });
}

/** S3's error answer: `<Error><Code>…</Code><Message>…</Message>…</Error>` with S3's status. */
export function s3Error(status: number, code: string, message: string, extra: Record<string, string> = {}): Response {
  const fields = Object.entries(extra)
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join("");
  return xmlResponse(
    `<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message>${fields}<RequestId>mock-s3-request</RequestId></Error>`,
    status,
    { "x-amz-request-id": "mock-s3-request" },
  );
}

/** A hex SHA-256 of bytes, cut to MD5's length: the fake's ETag (it has no MD5). */
export async function fakeEtag(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
