import * as v from "valibot";

/** One FastAPI validation issue, as in a 422 `detail` list. */
export const ValidationIssue = v.looseObject({
  /** Where: e.g. `["body", "images", 3]`. */
  loc: v.array(v.union([v.string(), v.number()])),
  /** What is wrong, for a person, e.g. `Extra inputs are not permitted`. */
  msg: v.string(),
  /** Machine-readable kind, e.g. `missing`, `extra_forbidden`. */
  type: v.string(),
});
/** A parsed FastAPI validation issue. */
export type ValidationIssue = {
  [K in keyof v.InferOutput<typeof ValidationIssue>]: v.InferOutput<typeof ValidationIssue>[K];
};

/** The error type Phota uses for moderation refusals (a 400). */
export const CONTENT_MODERATION = "CONTENT_MODERATION";

/**
 * An error body. `detail` is a string for most errors and a list of issues for 422s.
 * `request_id` (since v0.1.1) matches the `X-Request-Id` header. `code` and `message` are seen
 * in third-party code and fixtures (moderation: `{"message": "...", "detail": "CONTENT_MODERATION"}`).
 *
 * @example
 * ```ts
 * const parsed = v.safeParse(PhotaErrorBody, await response.json());
 * ```
 */
export const PhotaErrorBody = v.looseObject({
  /** What went wrong: a message for most errors, the list of validation issues for a 422. */
  detail: v.union([v.string(), v.array(ValidationIssue)]),
  /** The request's id, the same as the `X-Request-Id` header (since v0.1.1). */
  request_id: v.optional(v.string()),
  /** A machine-readable error code; read by third-party code, not documented by Phota. */
  code: v.optional(v.string()),
  /** A human-readable message, as in a third-party moderation fixture; not documented by Phota. */
  message: v.optional(v.string()),
});
/** A parsed error body. */
export type PhotaErrorBody = {
  [K in keyof v.InferOutput<typeof PhotaErrorBody>]: v.InferOutput<typeof PhotaErrorBody>[K];
};

// Where the marker sits is undocumented ("error type CONTENT_MODERATION"): the third-party fixture
// puts it in `detail`; `code`, `type` and `error_type` are the other plausible places.
const MODERATION_FIELDS = ["detail", "code", "type", "error_type", "error"] as const;

/**
 * Whether an error body is a content-moderation refusal, wherever the marker sits: `detail`,
 * `code`, `type`, `error_type` or `error` equal to (or starting with) `CONTENT_MODERATION`.
 *
 * @example
 * ```ts
 * isContentModeration({ message: "Content moderation violation", detail: "CONTENT_MODERATION" }); // true
 * ```
 */
export function isContentModeration(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const record = body as Record<string, unknown>;
  return MODERATION_FIELDS.some((field) => {
    const value = record[field];
    return typeof value === "string" && value.startsWith(CONTENT_MODERATION);
  });
}
