import { http, type HttpHandler, HttpResponse } from "msw";
import { escapeXml, xmlElements, xmlText } from "../../s3/xml";
import type { MockContext } from "../context";
import type { PodstackMockBucket, PodstackMockObject } from "../state";
import { checkSigV4 } from "./s3-auth";
import { fakeEtag, s3Error, xmlResponse } from "./s3-responses";

/** S3's minimum size of every part but the last. */
const MIN_PART = 5 * 1024 * 1024;
const MAX_KEYS = 1000;

interface Upload {
  readonly bucket: string;
  readonly key: string;
  readonly contentType: string;
  readonly parts: Map<number, { body: Uint8Array; etag: string }>;
}

/** What the S3 fake adds to a mock: its handlers and a reset of its multipart uploads. */
export interface S3Fake {
  readonly handlers: HttpHandler[];
  /** The multipart uploads in progress, by upload id (for assertions: aborted ones are gone). */
  readonly uploads: ReadonlyMap<string, unknown>;
  reset(): void;
}

const tokenOf = (key: string): string => btoa(encodeURIComponent(key));
const keyOfToken = (token: string): string | undefined => {
  try {
    return decodeURIComponent(atob(token));
  } catch {
    return undefined;
  }
};

function objectHeaders(object: PodstackMockObject): Record<string, string> {
  return {
    "content-type": object.content_type,
    "content-length": String(object.body.byteLength),
    etag: object.etag,
    "last-modified": new Date(object.last_modified).toUTCString(),
  };
}

/**
 * An S3-compatible fake of the buckets' objects, path-style at `ctx.s3Endpoint`: PUT, GET, HEAD and
 * DELETE of objects, CopyObject, DeleteObjects, ListObjectsV2 with continuation tokens, and
 * multipart uploads (create, upload part, complete, abort). Every request needs a SigV4
 * `Authorization` header or a presigned query (see `checkSigV4`); `failNext` failures are answered
 * here too.
 */
export function s3Handlers(ctx: MockContext): S3Fake {
  const uploads = new Map<string, Upload>();
  let uploadCounter = 0;
  const endpointPath = new URL(ctx.s3Endpoint).pathname.replace(/\/+$/, "");

  const listObjects = (bucket: PodstackMockBucket, query: URLSearchParams): Response => {
    const prefix = query.get("prefix") ?? "";
    const delimiter = query.get("delimiter") ?? "";
    const maxKeys = Math.min(Number(query.get("max-keys") ?? MAX_KEYS), MAX_KEYS);
    const token = query.get("continuation-token");
    const after = token === null ? undefined : keyOfToken(token);
    if (token !== null && after === undefined) return s3Error(400, "InvalidArgument", "The continuation token provided is incorrect");
    const keys = Object.keys(bucket.objects)
      .filter((key) => key.startsWith(prefix) && (after === undefined || key > after))
      .sort();
    const contents: string[] = [];
    const prefixes = new Set<string>();
    let last: string | undefined;
    let truncated = false;
    for (const key of keys) {
      if (contents.length + prefixes.size >= maxKeys) {
        truncated = true;
        break;
      }
      last = key;
      const cut = delimiter === "" ? -1 : key.indexOf(delimiter, prefix.length);
      if (cut !== -1) {
        prefixes.add(key.slice(0, cut + delimiter.length));
        continue;
      }
      const object = bucket.objects[key] as PodstackMockObject;
      contents.push(
        `<Contents><Key>${escapeXml(key)}</Key><LastModified>${object.last_modified}</LastModified><ETag>${escapeXml(object.etag)}</ETag><Size>${object.body.byteLength}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
      );
    }
    const next = truncated && last !== undefined ? `<NextContinuationToken>${tokenOf(last)}</NextContinuationToken>` : "";
    const common = [...prefixes].map((item) => `<CommonPrefixes><Prefix>${escapeXml(item)}</Prefix></CommonPrefixes>`).join("");
    return xmlResponse(
      `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${escapeXml(bucket.name)}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${contents.length + prefixes.size}</KeyCount><MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${token === null ? "" : `<ContinuationToken>${escapeXml(token)}</ContinuationToken>`}${next}${contents.join("")}${common}</ListBucketResult>`,
    );
  };

  const deleteObjects = async (bucket: PodstackMockBucket, request: Request): Promise<Response> => {
    if (request.headers.get("content-md5") === null && request.headers.get("x-amz-checksum-sha256") === null) {
      return s3Error(400, "InvalidRequest", "Missing required header for this request: Content-MD5 or x-amz-checksum-*");
    }
    const xml = await request.text();
    const objects = xmlElements(xml, "Object");
    if (objects.length === 0 || objects.length > MAX_KEYS) return s3Error(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");
    const deleted = objects.map((object) => xmlText(object, "Key") ?? "");
    for (const key of deleted) delete bucket.objects[key];
    return xmlResponse(`<DeleteResult>${deleted.map((key) => `<Deleted><Key>${escapeXml(key)}</Key></Deleted>`).join("")}</DeleteResult>`);
  };

  const store = async (bucket: PodstackMockBucket, key: string, body: Uint8Array, contentType: string, etag?: string): Promise<PodstackMockObject> => {
    const object: PodstackMockObject = {
      body,
      etag: `"${etag ?? (await fakeEtag(body))}"`,
      last_modified: new Date().toISOString(),
      content_type: contentType,
    };
    bucket.objects[key] = object;
    return object;
  };

  const complete = async (bucket: PodstackMockBucket, key: string, uploadId: string, request: Request): Promise<Response> => {
    const upload = uploads.get(uploadId);
    if (upload === undefined || upload.bucket !== bucket.name || upload.key !== key) {
      return s3Error(404, "NoSuchUpload", "The specified upload does not exist.", { UploadId: uploadId });
    }
    const listed = xmlElements(await request.text(), "Part").map((part) => ({
      number: Number(xmlText(part, "PartNumber")),
      etag: xmlText(part, "ETag") ?? "",
    }));
    if (listed.length === 0) return s3Error(400, "MalformedXML", "The XML you provided was not well-formed");
    const bodies: Uint8Array[] = [];
    for (const [index, part] of listed.entries()) {
      if (index > 0 && part.number <= (listed[index - 1]?.number ?? 0)) return s3Error(400, "InvalidPartOrder", "The list of parts was not in ascending order.");
      const stored = upload.parts.get(part.number);
      if (stored === undefined || stored.etag !== part.etag) return s3Error(400, "InvalidPart", "One or more of the specified parts could not be found.");
      if (index < listed.length - 1 && stored.body.byteLength < MIN_PART) return s3Error(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.");
      bodies.push(stored.body);
    }
    const whole = new Uint8Array(bodies.reduce((sum, body) => sum + body.byteLength, 0));
    let at = 0;
    for (const body of bodies) {
      whole.set(body, at);
      at += body.byteLength;
    }
    const object = await store(bucket, key, whole, upload.contentType, `${await fakeEtag(whole)}-${listed.length}`);
    uploads.delete(uploadId);
    return xmlResponse(
      `<CompleteMultipartUploadResult><Location>${ctx.s3Endpoint}/${escapeXml(bucket.name)}/${escapeXml(key)}</Location><Bucket>${escapeXml(bucket.name)}</Bucket><Key>${escapeXml(key)}</Key><ETag>${escapeXml(object.etag)}</ETag></CompleteMultipartUploadResult>`,
    );
  };

  const copy = async (bucket: PodstackMockBucket, key: string, source: string): Promise<Response> => {
    const path = decodeURIComponent(source.replace(/^\//, ""));
    const slash = path.indexOf("/");
    const from = ctx.state.buckets.find((candidate) => candidate.name === path.slice(0, slash));
    const object = from?.objects[path.slice(slash + 1)];
    if (slash === -1 || from === undefined || object === undefined) return s3Error(404, "NoSuchKey", "The specified key does not exist.");
    const copied = await store(bucket, key, object.body.slice(), object.content_type, object.etag.replace(/"/g, ""));
    return xmlResponse(`<CopyObjectResult><LastModified>${copied.last_modified}</LastModified><ETag>${escapeXml(copied.etag)}</ETag></CopyObjectResult>`);
  };

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    // The endpoint may have a path of its own (a gateway): bucket and key come after it.
    const [bucketName = "", ...rest] = url.pathname.slice(endpointPath.length + 1).split("/");
    const key = rest.map((segment) => decodeURIComponent(segment)).join("/");
    const query = url.searchParams;
    const bucket = ctx.state.buckets.find((candidate) => candidate.name === decodeURIComponent(bucketName));
    if (bucket === undefined) return s3Error(404, "NoSuchBucket", "The specified bucket does not exist", { BucketName: bucketName });
    const method = request.method;

    if (key === "") {
      if (method === "GET" && query.get("list-type") === "2") return listObjects(bucket, query);
      if (method === "POST" && query.has("delete")) return deleteObjects(bucket, request);
      if (method === "HEAD") return new HttpResponse(null, { status: 200 });
      return s3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    }

    const uploadId = query.get("uploadId");
    if (method === "POST" && query.has("uploads")) {
      uploadCounter += 1;
      const id = `mock-upload-${uploadCounter}`;
      uploads.set(id, { bucket: bucket.name, key, contentType: request.headers.get("content-type") ?? "binary/octet-stream", parts: new Map() });
      return xmlResponse(`<InitiateMultipartUploadResult><Bucket>${escapeXml(bucket.name)}</Bucket><Key>${escapeXml(key)}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
    }
    if (uploadId !== null) {
      const upload = uploads.get(uploadId);
      if (method === "PUT") {
        const partNumber = Number(query.get("partNumber"));
        if (upload === undefined) return s3Error(404, "NoSuchUpload", "The specified upload does not exist.", { UploadId: uploadId });
        if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) return s3Error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive");
        const body = new Uint8Array(await request.arrayBuffer());
        const etag = `"${await fakeEtag(body)}"`;
        upload.parts.set(partNumber, { body, etag });
        return new HttpResponse(null, { status: 200, headers: { etag } });
      }
      if (method === "POST") return complete(bucket, key, uploadId, request);
      if (method === "DELETE") {
        if (!uploads.delete(uploadId)) return s3Error(404, "NoSuchUpload", "The specified upload does not exist.", { UploadId: uploadId });
        return new HttpResponse(null, { status: 204 });
      }
    }
    if (method === "PUT") {
      const source = request.headers.get("x-amz-copy-source");
      if (source !== null) return copy(bucket, key, source);
      const body = new Uint8Array(await request.arrayBuffer());
      const object = await store(bucket, key, body, request.headers.get("content-type") ?? "binary/octet-stream");
      return new HttpResponse(null, { status: 200, headers: { etag: object.etag } });
    }
    if (method === "GET" || method === "HEAD") {
      const object = bucket.objects[key];
      if (object === undefined) {
        return method === "HEAD" ? new HttpResponse(null, { status: 404 }) : s3Error(404, "NoSuchKey", "The specified key does not exist.", { Key: key });
      }
      return new HttpResponse(method === "HEAD" ? null : object.body.slice(), { status: 200, headers: objectHeaders(object) });
    }
    if (method === "DELETE") {
      delete bucket.objects[key];
      return new HttpResponse(null, { status: 204 });
    }
    return s3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
  };

  const handler = http.all(`${ctx.s3Endpoint}/*`, async ({ request }) => {
    return ctx.takeFailure() ?? (await checkSigV4(request, Date.now())) ?? (await handle(request));
  });
  return {
    handlers: [handler],
    uploads,
    reset() {
      uploads.clear();
      uploadCounter = 0;
    },
  };
}
