import { HttpResponse, type JsonBodyType } from "msw";
import * as v from "valibot";
import { type OperationId, ROUTES } from "../routes";

/**
 * The fake's error body: `{ "detail": "…" }` plus extra fields. Podstack documents no error
 * body; this FastAPI-like shape is an assumption, and the client reads it (and others) through
 * `readErrorBody`.
 */
export function errorResponse(
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
  headers?: HeadersInit,
): Response {
  return HttpResponse.json({ detail, ...extra } as JsonBodyType, { status, headers });
}

/** A JSON response. */
export function jsonResponse(body: unknown, status = 200): Response {
  return HttpResponse.json(body as JsonBodyType, { status });
}

/** 204 No Content, the assumed answer to a delete. */
export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

/**
 * A 422 with per-field messages, `{ detail, field_errors: { field: [messages] } }` [assumed],
 * shaped like the Python SDK's `ValidationError.field_errors`.
 */
export function fieldErrorsResponse(fieldErrors: Record<string, string[]>): Response {
  return errorResponse(422, "Validation error", { field_errors: fieldErrors });
}

/** A 422 from valibot issues of a request schema. */
export function validationResponse(
  issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
): Response {
  const flat = v.flatten(issues);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flat.nested ?? {})) {
    if (messages !== undefined) fieldErrors[field] = [...messages];
  }
  if (flat.root !== undefined) fieldErrors._ = [...flat.root];
  if (flat.other !== undefined) (fieldErrors._ ??= []).push(...flat.other);
  return fieldErrorsResponse(fieldErrors);
}

/** The parsed JSON body, or the 422 to answer when it is missing or not JSON. */
export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.clone().json() };
  } catch {
    return { ok: false, response: errorResponse(422, "Request body must be valid JSON") };
  }
}

/** A query flag such as `force=true` (`true`/`1`, any case). */
export function queryFlag(request: Request, name: string): boolean {
  const value = new URL(request.url).searchParams.get(name);
  return value !== null && ["true", "1"].includes(value.toLowerCase());
}

/** The base URL without trailing slashes, so both spellings of it work. */
export function normalizeBaseURL(baseURL: string): string {
  return baseURL.replace(/\/+$/, "");
}

/** The msw URL pattern of an operation: each `{name}` becomes the msw parameter `:name`. */
export function handlerURL(baseURL: string, operation: OperationId): string {
  const path: string = ROUTES[operation].path;
  return `${baseURL}/${path.replace(/\{([^{}]+)\}/g, ":$1")}`;
}

/** One path parameter as one string (`""` when absent). */
export function pathParam(
  params: Record<string, string | readonly string[] | undefined>,
  name: string,
): string {
  const value = params[name];
  return typeof value === "string" ? value : value?.[0] ?? "";
}

/** The `:id` path parameter as one string. */
export function idParam(params: Record<string, string | readonly string[] | undefined>): string {
  return pathParam(params, "id");
}
