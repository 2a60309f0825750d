import { HttpResponse } from "msw";
import type { FastApiValidationItem, StructuredErrorDetail } from "../schemas";
import type { PhalaCloudMockState } from "./types";

/** Every error the fake sends carries an id, in the body where the API puts one and in `X-Request-ID`. */
export function nextRequestId(state: PhalaCloudMockState): string {
  return `req_${(++state.counters.request).toString(16).padStart(8, "0")}`;
}

/** A JSON success body. */
export function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status });
}

/** A bodyless success (204 for deletes, 202 for accepted resizes). */
export function empty(status: 202 | 204): Response {
  return new HttpResponse(null, { status });
}

/** A FastAPI `{"detail": "…"}` error. */
export function detailError(state: PhalaCloudMockState, status: number, detail: string): Response {
  return HttpResponse.json({ detail }, { status, headers: { "X-Request-ID": nextRequestId(state) } });
}

/** FastAPI's 422: `{"detail": [{loc, msg, type, …}]}`. */
export function validationError(state: PhalaCloudMockState, items: FastApiValidationItem[]): Response {
  return HttpResponse.json({ detail: items }, { status: 422, headers: { "X-Request-ID": nextRequestId(state) } });
}

/** The fields of a structured error the handler chooses; `request_id` is added. */
export interface StructuredErrorInit {
  error_code: string;
  message: string;
  details?: StructuredErrorDetail[];
  suggestions?: string[];
  links?: { url: string; label: string }[];
}

/** A structured error at the top level of the body, as the Python SDK's tests show it. */
export function structuredError(state: PhalaCloudMockState, status: number, init: StructuredErrorInit): Response {
  const request_id = nextRequestId(state);
  const body = { details: [], suggestions: [], links: [], ...init, request_id };
  return HttpResponse.json(body, { status, headers: { "X-Request-ID": request_id } });
}

/** 404 in FastAPI style, with the resource named. */
export function notFound(state: PhalaCloudMockState, what: string): Response {
  return detailError(state, 404, `${what} not found`);
}
