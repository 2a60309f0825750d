import * as v from "valibot";
import { RequestValidationError } from "../errors/request-validation-error.js";
import { summarizeIssues, toValidationIssues } from "../transport/validate.js";

/**
 * Checks a method's arguments against a valibot schema before anything is sent, and returns the
 * parsed value. A rejection is a {@link RequestValidationError} that names the operation and the
 * fields, never a raw valibot dump.
 *
 * Exact writer, open to what comes next: when the schema is an object (or a union of objects) and the
 * input a plain object, top-level fields the schema does not know are not refused but sent as given,
 * after the known ones, so a caller can use a field the API added after this release. Known fields
 * keep their validation. The TypeScript types of the methods stay exact; this holds at run time.
 *
 * @example
 * ```ts
 * const body = validateInput(LaunchRequest, params, "instances.launch");
 * // `{ ...params, tags: [...] }` (a field newer than the schema) reaches the wire unchanged.
 * ```
 */
export function validateInput<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  operation: string,
): v.InferOutput<TSchema> {
  const known = knownKeys(schema);
  let checked = input;
  let unknown: [string, unknown][] | undefined;
  if (known && isPlainObject(input)) {
    for (const key of Object.keys(input)) {
      if (!known.has(key)) (unknown ??= []).push([key, input[key]]);
    }
    if (unknown) checked = Object.fromEntries(Object.entries(input).filter(([key]) => known.has(key)));
  }
  const result = v.safeParse(schema, checked);
  if (!result.success) {
    const issues = toValidationIssues(result.issues);
    throw new RequestValidationError(`${operation}: invalid arguments: ${summarizeIssues(issues)}.`, { operation, issues });
  }
  if (!unknown || !isPlainObject(result.output)) return result.output;
  const output: Record<string, unknown> = { ...result.output };
  for (const [key, value] of unknown) if (!Object.hasOwn(output, key)) output[key] = value;
  return output as v.InferOutput<TSchema>;
}

type Inspectable = { entries?: Record<string, unknown>; options?: readonly unknown[]; wrapped?: unknown };

/**
 * The top-level keys an object schema (or each option of a union or variant of object schemas, or
 * a wrapped optional/nullable object) accepts; undefined when the schema is not object-shaped. A
 * piped schema carries the entries of the schema it starts from.
 */
function knownKeys(schema: unknown, depth = 0): Set<string> | undefined {
  if (depth > 4 || typeof schema !== "object" || schema === null) return undefined;
  const { entries, options, wrapped } = schema as Inspectable;
  if (entries) return new Set(Object.keys(entries));
  if (wrapped) return knownKeys(wrapped, depth + 1);
  if (!options) return undefined;
  const keys = new Set<string>();
  for (const option of options) {
    const some = knownKeys(option, depth + 1);
    if (!some) return undefined;
    for (const key of some) keys.add(key);
  }
  return keys;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
