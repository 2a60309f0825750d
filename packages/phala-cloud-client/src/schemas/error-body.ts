import * as v from "valibot";
import { ErrorCode } from "./error-codes";

/** One item of a FastAPI/Pydantic 422 `detail` list. `loc` starts with body, query, path or header. */
export const FastApiValidationItem = v.looseObject({
  loc: v.optional(v.array(v.union([v.string(), v.number()]))),
  msg: v.string(),
  type: v.optional(v.string()),
  ctx: v.optional(v.record(v.string(), v.unknown())),
  input: v.optional(v.unknown()),
});
/** See {@link FastApiValidationItem}. */
export type FastApiValidationItem = v.InferOutput<typeof FastApiValidationItem>;

/** One entry of a structured error's `details`. */
export const StructuredErrorDetail = v.looseObject({
  field: v.nullish(v.string()),
  value: v.optional(v.unknown()),
  message: v.nullish(v.string()),
});
/** See {@link StructuredErrorDetail}. */
export type StructuredErrorDetail = v.InferOutput<typeof StructuredErrorDetail>;

/** A documentation link of a structured error. */
export const ErrorLink = v.looseObject({ url: v.string(), label: v.string() });
/** See {@link ErrorLink}. */
export type ErrorLink = v.InferOutput<typeof ErrorLink>;

/**
 * A structured error: `{error_code, message, details, suggestions, links, request_id}`. The server
 * sends it at the top level of the body or nested in `detail`.
 */
export const StructuredError = v.looseObject({
  error_code: ErrorCode,
  message: v.string(),
  details: v.nullish(v.array(StructuredErrorDetail)),
  suggestions: v.nullish(v.array(v.string())),
  links: v.nullish(v.array(ErrorLink)),
  request_id: v.nullish(v.string()),
});
/** See {@link StructuredError}. */
export type StructuredError = v.InferOutput<typeof StructuredError>;

/**
 * A FastAPI error body: `detail` is a message, a 422 list of {@link FastApiValidationItem}, or an
 * object (a structured error, a device-flow `{error, error_description}`, a legacy 465 body …).
 */
export const FastApiErrorBody = v.looseObject({
  detail: v.union([v.string(), v.array(FastApiValidationItem), v.record(v.string(), v.unknown())]),
  type: v.optional(v.string()),
  code: v.optional(v.string()),
});
/** See {@link FastApiErrorBody}. */
export type FastApiErrorBody = v.InferOutput<typeof FastApiErrorBody>;

/** Any error body the API is known to send: a structured error at the top level, or FastAPI's. */
export const PhalaErrorBody = v.union([StructuredError, FastApiErrorBody]);
/** See {@link PhalaErrorBody}. */
export type PhalaErrorBody = v.InferOutput<typeof PhalaErrorBody>;

/**
 * The structured error in a body, at the top level or nested in `detail`, or `undefined`.
 *
 * @example
 * ```ts
 * findStructuredError({ detail: { error_code: "ERR-03-007", message: "…" } })?.error_code; // "ERR-03-007"
 * ```
 */
export function findStructuredError(body: unknown): StructuredError | undefined {
  const top = v.safeParse(StructuredError, body);
  if (top.success) return top.output;
  if (body !== null && typeof body === "object" && "detail" in body) {
    const nested = v.safeParse(StructuredError, (body as { detail: unknown }).detail);
    if (nested.success) return nested.output;
  }
  return undefined;
}
