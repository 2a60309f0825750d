import * as v from "valibot";
import type { FastApiValidationItem } from "../schemas";

type Location = "body" | "query" | "path";

const SCHEMA_TYPES: Record<string, string> = {
  string: "string_type",
  number: "float_type",
  boolean: "bool_type",
  array: "list_type",
  object: "dict_type",
  loose_object: "dict_type",
  strict_object: "dict_type",
  literal: "literal_error",
  picklist: "enum",
};

const VALIDATION_TYPES: Record<string, string> = {
  min_length: "string_too_short",
  max_length: "string_too_long",
  min_value: "greater_than_equal",
  max_value: "less_than_equal",
  integer: "int_from_float",
  regex: "string_pattern_mismatch",
};

/** Valibot issues as FastAPI/Pydantic 422 items, `loc` starting with the request part. */
export function toFastApiItems(issues: readonly v.BaseIssue<unknown>[], location: Location): FastApiValidationItem[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    const missing = issue.kind === "schema" && issue.received === "undefined";
    if (missing) return { loc: [location, ...path], msg: "Field required", type: "missing" };
    const type = (issue.kind === "schema" ? SCHEMA_TYPES[issue.type] : VALIDATION_TYPES[issue.type]) ?? "value_error";
    return { loc: [location, ...path], msg: issue.message, type, input: issue.input };
  });
}

/** Validates `input` against `schema`; on failure, the 422 items. */
export function validate<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  location: Location,
): { ok: true; value: v.InferOutput<TSchema> } | { ok: false; items: FastApiValidationItem[] } {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, items: toFastApiItems(result.issues, location) };
}

/** Reads a JSON body the way FastAPI does: missing body, bad JSON, or the parsed value. */
export async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; items: FastApiValidationItem[] }> {
  const text = await request.text();
  if (text.trim() === "") return { ok: false, items: [{ loc: ["body"], msg: "Field required", type: "missing" }] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, items: [{ loc: ["body", 0], msg: "JSON decode error", type: "json_invalid", ctx: { error: message } }] };
  }
}

type QueryKind = "int" | "bool" | "string" | "string[]";

/**
 * Reads the named query parameters, converting them as FastAPI would; a value that does not
 * convert is a 422 item. Unknown parameters are ignored, as FastAPI ignores them.
 */
export function readQuery(
  url: URL,
  spec: Record<string, QueryKind>,
): { values: Record<string, unknown>; items: FastApiValidationItem[] } {
  const values: Record<string, unknown> = {};
  const items: FastApiValidationItem[] = [];
  for (const [name, kind] of Object.entries(spec)) {
    if (kind === "string[]") {
      const all = url.searchParams.getAll(name).concat(url.searchParams.getAll(`${name}[]`));
      if (all.length > 0) values[name] = all;
      continue;
    }
    const raw = url.searchParams.get(name);
    if (raw === null) continue;
    if (kind === "int") {
      if (/^-?\d+$/.test(raw)) values[name] = Number(raw);
      else items.push({ loc: ["query", name], msg: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing", input: raw });
    } else if (kind === "bool") {
      if (/^(true|1|yes|on)$/i.test(raw)) values[name] = true;
      else if (/^(false|0|no|off)$/i.test(raw)) values[name] = false;
      else items.push({ loc: ["query", name], msg: "Input should be a valid boolean, unable to interpret input", type: "bool_parsing", input: raw });
    } else {
      values[name] = raw;
    }
  }
  return { values, items };
}
