import * as v from "valibot";
import { ErrorCode } from "./error-codes";

/** One item of a FastAPI/Pydantic 422 `detail` list. `loc` starts with body, query, path or header. */
export const FastApiValidationItem = v.looseObject({
  /** Where the bad value is: `body`, `query`, `path` or `header`, then the path to the field. */
  loc: v.optional(v.array(v.union([v.string(), v.number()]))),
  /** What is wrong with the value. */
  msg: v.string(),
  /** The kind of error (e.g. `missing`). */
  type: v.optional(v.string()),
  /** Details of the rule that failed (e.g. a limit). */
  ctx: v.optional(v.record(v.string(), v.unknown())),
  /** The value that was rejected. */
  input: v.optional(v.unknown()),
});
/** See {@link FastApiValidationItem}. */
export type FastApiValidationItem = {
  [K in keyof v.InferOutput<typeof FastApiValidationItem>]: v.InferOutput<typeof FastApiValidationItem>[K];
};

/** One entry of a structured error's `details`. */
export const StructuredErrorDetail = v.looseObject({
  /** The field the entry is about. */
  field: v.nullish(v.string()),
  /** The value the entry is about. */
  value: v.optional(v.unknown()),
  /** What is wrong, or what the value means. */
  message: v.nullish(v.string()),
});
/** See {@link StructuredErrorDetail}. */
export type StructuredErrorDetail = {
  [K in keyof v.InferOutput<typeof StructuredErrorDetail>]: v.InferOutput<typeof StructuredErrorDetail>[K];
};

/** A documentation link of a structured error. */
export const ErrorLink = v.looseObject({
  /** The link's address. */
  url: v.string(),
  /** The link's text. */
  label: v.string(),
});
/** See {@link ErrorLink}. */
export type ErrorLink = { [K in keyof v.InferOutput<typeof ErrorLink>]: v.InferOutput<typeof ErrorLink>[K] };

/**
 * A structured error: `{error_code, message, details, suggestions, links, request_id}`. The server
 * sends it at the top level of the body or nested in `detail`.
 */
export const StructuredError = v.looseObject({
  /** The error's code, `ERR-MM-NNN` (see {@link ErrorCodes}). */
  error_code: ErrorCode,
  /** What went wrong. */
  message: v.string(),
  /** The fields and values the error is about. */
  details: v.nullish(v.array(StructuredErrorDetail)),
  /** What to do about it. */
  suggestions: v.nullish(v.array(v.string())),
  /** Links to documentation about it. */
  links: v.nullish(v.array(ErrorLink)),
  /** The request's id, to quote to support. */
  request_id: v.nullish(v.string()),
});
/** See {@link StructuredError}. */
export type StructuredError = {
  [K in keyof v.InferOutput<typeof StructuredError>]: v.InferOutput<typeof StructuredError>[K];
};

/**
 * A FastAPI error body: `detail` is a message, a 422 list of {@link FastApiValidationItem}, or an
 * object (a structured error, a device-flow `{error, error_description}`, a legacy 465 body …).
 */
export const FastApiErrorBody = v.looseObject({
  /** A message, a 422 list of {@link FastApiValidationItem}, or an object. */
  detail: v.union([v.string(), v.array(FastApiValidationItem), v.record(v.string(), v.unknown())]),
  /** The kind of error, when given. */
  type: v.optional(v.string()),
  /** An error code, when given. */
  code: v.optional(v.string()),
});
/** See {@link FastApiErrorBody}. */
export type FastApiErrorBody = {
  [K in keyof v.InferOutput<typeof FastApiErrorBody>]: v.InferOutput<typeof FastApiErrorBody>[K];
};

/** Any error body the API is known to send: a structured error at the top level, or FastAPI's. */
export const PhalaErrorBody = v.union([StructuredError, FastApiErrorBody]);
/** See {@link PhalaErrorBody}. */
export type PhalaErrorBody = StructuredError | FastApiErrorBody;

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
