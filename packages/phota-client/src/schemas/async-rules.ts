import * as v from "valibot";

/** The async-related fields the cross-field rules look at. */
interface AsyncFields {
  async?: boolean | undefined;
  response_mode?: string | undefined;
  callback_url?: string | undefined;
}

/**
 * What the rules of {@link withAsyncRules} check: the output of the schema they wrap, field for
 * field. A mapped type, so that the type of `EditRequest` and the other image bodies names it
 * instead of repeating every field.
 */
export type AsyncRulesValue<TSchema extends v.GenericSchema> = {
  [K in keyof v.InferOutput<TSchema>]: v.InferOutput<TSchema>[K];
};

function fieldPath(input: Record<string, unknown>, key: string): [v.ObjectPathItem] {
  return [{ type: "object", origin: "value", input, key, value: input[key] }];
}

/**
 * Adds the rules that tie the async fields together, as Phota documents them: `async: true`
 * needs `response_mode: "urls"` (a job cannot hand back inline bytes later), and `callback_url`
 * is only valid with `async: true`. The issues point at the offending field, so a server-style
 * `loc` can be built from them.
 *
 * @example
 * ```ts
 * const Schema = withAsyncRules(v.strictObject({ ...outputOptionEntries, ...asyncOptionEntries }));
 * v.safeParse(Schema, { async: true }).success; // false: response_mode must be "urls"
 * ```
 */
export function withAsyncRules<
  TSchema extends v.GenericSchema<
    unknown,
    {
      /** Whether the call is an async submit. */
      async?: boolean | undefined;
      /** How the images come back; must be `"urls"` with `async: true`. */
      response_mode?: string | undefined;
      /** Where Phota posts when the job ends; only valid with `async: true`. */
      callback_url?: string | undefined;
    }
  >,
>(schema: TSchema) {
  return v.pipe(
    schema,
    v.rawCheck<AsyncRulesValue<TSchema>>(({ dataset, addIssue }) => {
      // Runs even when other fields failed, so every problem is reported at once.
      const value = dataset.value as unknown;
      if (typeof value !== "object" || value === null) return;
      const input = value as Record<string, unknown> & AsyncFields;
      if (input.async === true && input.response_mode !== "urls") {
        addIssue({
          message: 'async: true requires response_mode: "urls".',
          path: fieldPath(input, "response_mode"),
          // expected/received make summaries read "expected "urls" (with async: true), received "bytes"".
          expected: '"urls" (with async: true)',
          received: JSON.stringify(input.response_mode) ?? "undefined",
        });
      }
      if (input.callback_url !== undefined && input.async !== true) {
        addIssue({
          message: "callback_url is only valid with async: true.",
          path: fieldPath(input, "callback_url"),
          expected: "no callback_url without async: true",
          received: JSON.stringify(input.callback_url),
        });
      }
    }),
  );
}
