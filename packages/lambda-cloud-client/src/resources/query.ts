import { RequestValidationError, validateInput } from "@cloud-sdk/auth-core";
import type * as v from "valibot";

/**
 * Checks a method's query arguments the way bodies are checked: known parameters are validated, and
 * parameters this release does not know are sent as given (a filter Lambda added later reaches the
 * wire, like an unknown body field). Unlike a JSON body, a URL only carries strings, so a value that
 * cannot become one (an object, a function) is refused, naming the parameter, instead of being sent
 * as `[object Object]`.
 */
export function validateQuery<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  operation: string,
): v.InferOutput<TSchema> {
  const query = validateInput(schema, input, operation);
  if (typeof query !== "object" || query === null) return query;
  for (const [name, value] of Object.entries(query)) {
    if (isQueryValue(value) || (Array.isArray(value) && value.every(isScalar))) continue;
    const expected = "a string, number or boolean, or an array of them";
    const received = describe(value);
    throw new RequestValidationError(`${operation}: invalid arguments: ${name}: expected ${expected}, received ${received}.`, {
      operation,
      issues: [{ path: name, kind: "schema", expected, received, message: `${name} cannot be sent as a query parameter` }],
    });
  }
  return query;
}

function isScalar(value: unknown): boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function isQueryValue(value: unknown): boolean {
  return value === undefined || value === null || isScalar(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array holding something else";
  return typeof value === "object" ? "an object" : typeof value;
}
