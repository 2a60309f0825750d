import * as v from "valibot";
import { RequestValidationError } from "../errors/request-validation-error.js";
import { summarizeIssues, toValidationIssues } from "../transport/validate.js";

/**
 * Checks a method's arguments against a valibot schema before anything is sent, and returns the
 * parsed value. A rejection is a {@link RequestValidationError} that names the operation and the
 * fields, never a raw valibot dump.
 *
 * @example
 * ```ts
 * const body = validateInput(LaunchRequest, params, "instances.launch");
 * ```
 */
export function validateInput<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  operation: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issues = toValidationIssues(result.issues);
  throw new RequestValidationError(`${operation}: invalid arguments: ${summarizeIssues(issues)}.`, { operation, issues });
}
