import * as v from "valibot";

/**
 * The type of an enumeration the API extends over time: the known values, for autocompletion and
 * exhaustive `switch`es, plus any other string, so that a value added by the server tomorrow does
 * not break today's client.
 */
export type OpenEnum<TValues extends readonly string[]> = TValues[number] | (string & {});

/**
 * A valibot schema for an {@link OpenEnum}: accepts every string, types the known values.
 *
 * @example
 * ```ts
 * const InstanceStatus = openEnum(["booting", "active", "terminated"] as const);
 * type InstanceStatus = v.InferOutput<typeof InstanceStatus>; // "booting" | "active" | "terminated" | (string & {})
 * ```
 */
export function openEnum<const TValues extends readonly string[]>(
  values: TValues,
): v.GenericSchema<string, OpenEnum<TValues>> {
  // The values are documentation for readers and types; at run time any string is valid.
  void values;
  return v.string() as v.GenericSchema<string, OpenEnum<TValues>>;
}
