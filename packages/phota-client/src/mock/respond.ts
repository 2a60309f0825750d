import { HttpResponse } from "msw";
import type { RequestContext } from "./context";

function withRequestId(ctx: RequestContext, headers: Record<string, string> = {}): Headers {
  const result = new Headers(headers);
  if (!result.has("X-Request-Id")) result.set("X-Request-Id", ctx.requestId);
  return result;
}

/** A JSON answer carrying `X-Request-Id`, as every Phota response does (since v0.1.1). */
export function json(ctx: RequestContext, body: unknown, status = 200, headers?: Record<string, string>): Response {
  const all = withRequestId(ctx, headers);
  all.set("Content-Type", "application/json");
  return new HttpResponse(JSON.stringify(body), { status, headers: all });
}

/** An error answer: the body gets the request id as `request_id`, like Phota's error bodies. */
export function error(
  ctx: RequestContext,
  status: number,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
): Response {
  return json(ctx, { ...body, request_id: ctx.requestId }, status, headers);
}

/** The common `{detail, request_id}` error. */
export function detailError(ctx: RequestContext, status: number, detail: string): Response {
  return error(ctx, status, { detail });
}

/** A binary answer (profile pictures, downloads). */
export function bytes(ctx: RequestContext, data: Uint8Array, contentType: string): Response {
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const headers = withRequestId(ctx, { "Content-Type": contentType, "Content-Length": String(data.byteLength) });
  return HttpResponse.arrayBuffer(buffer, { status: 200, headers });
}
