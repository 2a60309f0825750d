/** Headers as a caller may give them; in a record, `null` or `undefined` removes a header set by a lower layer. */
export type HeadersInput =
  | Headers
  | ReadonlyArray<readonly [string, string]>
  | Readonly<Record<string, string | null | undefined>>;

/**
 * Applies `input` onto `target` (lower-cased names): later layers win, and `null`/`undefined`
 * removes a header. Accepts every form `fetch` accepts, including a `Headers` instance.
 */
export function applyHeaders(target: Record<string, string>, input: HeadersInput | undefined): Record<string, string> {
  if (!input) return target;
  if (typeof Headers !== "undefined" && input instanceof Headers) {
    input.forEach((value, name) => {
      target[name] = value;
    });
  } else if (Array.isArray(input)) {
    for (const [name, value] of input as ReadonlyArray<readonly [string, string]>) target[name.toLowerCase()] = value;
  } else {
    for (const [name, value] of Object.entries(input as Record<string, string | null | undefined>)) {
      const key = name.toLowerCase();
      if (value === null || value === undefined) delete target[key];
      else target[key] = String(value);
    }
  }
  return target;
}

/** Headers given as one input or as layers (lowest precedence first), as a list of layers. */
export function toLayers(input: HeadersInput | readonly (HeadersInput | undefined)[] | undefined): readonly (HeadersInput | undefined)[] {
  if (!Array.isArray(input)) return [input as HeadersInput | undefined];
  // `[["x-a", "1"]]` is one layer of name/value pairs; anything else in an array is a list of layers.
  const isPairs = input.every((item) => Array.isArray(item) && typeof item[0] === "string");
  return isPairs && input.length > 0 ? [input as HeadersInput] : (input as readonly (HeadersInput | undefined)[]);
}

/** Response headers as a plain object, lower-cased, without the names in `remove`. */
export function headersToObject(headers: Headers, remove: ReadonlySet<string>): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!remove.has(name)) result[name] = value;
  });
  return result;
}

/** Header names that carry credentials, always removed from errors and redacted in logs. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "api-key",
]);
