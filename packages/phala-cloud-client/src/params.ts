import { RequestValidationError, validateInput } from "@cloud-sdk/auth-core";
import type * as v from "valibot";

// valibot's own messages read "Invalid type: Expected …"; auth-core's summary says that better.
// Anything else is a message the schema chose ("One of id, uuid, app_id, instance_id, or name
// must be provided"), which auth-core's summary would replace by "expected a valid value".
const VALIBOT_DEFAULT = /^Invalid \w+: /;

/**
 * `validateInput` with the schemas' own messages kept: the same `RequestValidationError`, whose
 * message quotes a schema's custom message instead of a generic "expected a valid value".
 */
export function checkParams<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown, operation: string): v.InferOutput<TSchema> {
  try {
    return validateInput(schema, input, operation);
  } catch (error) {
    if (!(error instanceof RequestValidationError) || !error.issues.some((issue) => !VALIBOT_DEFAULT.test(issue.message))) throw error;
    const parts = error.issues.slice(0, 3).map((issue) => {
      const where = issue.path || "the value";
      return VALIBOT_DEFAULT.test(issue.message) ? `${where}: expected ${issue.expected}, received ${issue.received}` : `${where}: ${issue.message}`;
    });
    const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : "";
    throw new RequestValidationError(`${operation}: invalid arguments: ${parts.join("; ")}${more}.`, { operation, issues: error.issues });
  }
}


/** {@link checkParams} for optional parameters: `undefined` stays `undefined` (no query sent). */
export function checkOptionalParams<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  operation: string,
): v.InferOutput<TSchema> | undefined {
  return input === undefined ? undefined : checkParams(schema, input, operation);
}
