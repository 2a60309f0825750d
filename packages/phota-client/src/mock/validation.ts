import type * as v from "valibot";
import type { ValidationIssue } from "../schemas/error";
import type { RequestContext } from "./context";
import { error } from "./respond";

type AnyIssue = v.BaseIssue<unknown>;

function lengthType(issue: AnyIssue, short: boolean): string {
  const prefix = typeof issue.input === "string" ? "string_" : "";
  return `${prefix}${short ? "too_short" : "too_long"}`;
}

/** FastAPI/pydantic's `type` and `msg` for a valibot issue, where there is a close equivalent. */
function describe(issue: AnyIssue): { type: string; msg: string } {
  const objectIssue = issue.type === "object" || issue.type === "strict_object" || issue.type === "loose_object";
  if (objectIssue && issue.expected === "never") return { type: "extra_forbidden", msg: "Extra inputs are not permitted" };
  if (objectIssue && issue.kind === "schema" && issue.path && issue.received === "undefined") {
    return { type: "missing", msg: "Field required" };
  }
  switch (issue.type) {
    case "object":
    case "strict_object":
      return { type: "model_attributes_type", msg: "Input should be a valid dictionary or object to extract fields from" };
    case "string":
      return { type: "string_type", msg: "Input should be a valid string" };
    case "number":
      return { type: "int_type", msg: "Input should be a valid integer" };
    case "integer":
      return { type: "int_from_float", msg: "Input should be a valid integer, got a number with a fractional part" };
    case "boolean":
      return { type: "bool_type", msg: "Input should be a valid boolean" };
    case "array":
      return { type: "list_type", msg: "Input should be a valid list" };
    case "picklist":
      return { type: "literal_error", msg: `Input should be ${issue.expected ?? "one of the allowed values"}` };
    case "min_value":
      return { type: "greater_than_equal", msg: issue.message };
    case "max_value":
      return { type: "less_than_equal", msg: issue.message };
    case "min_length":
    case "non_empty":
      return { type: lengthType(issue, true), msg: issue.message };
    case "max_length":
      return { type: lengthType(issue, false), msg: issue.message };
    case "url":
      return { type: "url_parsing", msg: issue.message };
    case "regex":
      return { type: "url_scheme", msg: issue.message };
    default:
      return { type: "value_error", msg: `Value error, ${issue.message}` };
  }
}

/**
 * valibot issues as a FastAPI `detail` list: `loc` starts with where the value came from
 * (`body`, `query`) and follows the path of keys and indexes.
 */
export function toFastApiDetail(issues: readonly AnyIssue[], source: "body" | "query"): ValidationIssue[] {
  return issues.map((issue) => {
    const loc: (string | number)[] = [source];
    for (const item of issue.path ?? []) {
      if (typeof item.key === "string" || typeof item.key === "number") loc.push(item.key);
    }
    const { type, msg } = describe(issue);
    // pydantic reports an extra field's value as `input` (valibot's issue holds the key there).
    const input = type === "extra_forbidden" ? issue.path?.[issue.path.length - 1]?.value : issue.input;
    return input === undefined ? { type, loc, msg } : { type, loc, msg, input };
  });
}

/** The 422 FastAPI answers for a body or query that fails its schema. */
export function validationError(ctx: RequestContext, issues: readonly AnyIssue[], source: "body" | "query"): Response {
  return error(ctx, 422, { detail: toFastApiDetail(issues, source) });
}

/** The request's JSON body, or the 422 FastAPI gives for a body that is not JSON. */
export async function readJson(
  ctx: RequestContext,
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : "invalid JSON";
    const detail = [{ type: "json_invalid", loc: ["body", 0], msg: "JSON decode error", input: {}, ctx: { error: reason } }];
    return { ok: false, response: error(ctx, 422, { detail }) };
  }
}
