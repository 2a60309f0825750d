import type * as v from "valibot";
import { RequestValidationError } from "../errors/request-validation-error.js";
import type { QueryInput } from "../transport/build-url.js";
import { validateInput } from "./validate-input.js";

/**
 * Checks a method's query arguments the way bodies are checked ({@link validateInput}): known
 * parameters are validated, and parameters the schema does not know are sent as given (a filter the
 * API added later reaches the wire). Unlike a JSON body, a URL only carries strings, so a value that
 * cannot become one (an object, a function) is refused, naming the parameter, instead of being sent
 * as `[object Object]`. Call it when the method is called, so a paginated list refuses bad filters
 * before its first page; the transport checks every query again when it builds the URL.
 *
 * @example
 * ```ts
 * const query = validateQuery(ListInstancesQuery, params, "instances.list");
 * ```
 */
export function validateQuery<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown, operation: string): v.InferOutput<TSchema> {
  const query = validateInput(schema, input, operation);
  if (typeof query === "object" && query !== null) checkQuery(query as QueryInput, operation);
  return query;
}

/** Refuses a query value a URL cannot carry, naming the parameter. */
export function checkQuery(query: Readonly<Record<string, unknown>>, operation: string): void {
  for (const [name, value] of Object.entries(query)) {
    if (isQueryValue(value) || (Array.isArray(value) && value.every(isScalar))) continue;
    const expected = "a string, number or boolean, or an array of them";
    const received = Array.isArray(value) ? "an array holding something else" : typeof value === "object" ? "an object" : typeof value;
    throw new RequestValidationError(`${operation}: invalid arguments: ${name}: expected ${expected}, received ${received}.`, {
      operation,
      issues: [{ path: name, kind: "schema", expected, received, message: `${name} cannot be sent as a query parameter` }],
    });
  }
}

function isScalar(value: unknown): boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function isQueryValue(value: unknown): boolean {
  return value === undefined || value === null || isScalar(value);
}
