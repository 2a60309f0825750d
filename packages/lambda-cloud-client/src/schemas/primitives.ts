import * as v from "valibot";

/** A number that must be an integer: the spec's `type: integer` (prices, sizes, counts). */
export const Integer = v.pipe(v.number(), v.integer());

/**
 * A date-time string as Lambda sends it (ISO 8601, sometimes with microseconds). Kept a plain
 * string in responses: a stricter check would reject timestamps the API really sends.
 */
export const DateTimeString = v.string();
