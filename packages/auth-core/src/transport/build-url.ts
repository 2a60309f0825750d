import { ConfigurationError } from "../errors/configuration-error.js";
import { RequestValidationError } from "../errors/request-validation-error.js";
import { checkQuery } from "../schema/validate-query.js";

/** A query parameter value; arrays repeat the key (`?status=a&status=b`); undefined and null are left out. */
export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;

/** Query parameters of a request. */
export type QueryInput = Readonly<Record<string, QueryValue>>;

/**
 * Checks and normalises a base URL once, at client creation: a valid absolute http(s) URL, without
 * query or fragment, and without a trailing slash (so `https://host/v1` and `https://host/v1/` are the same).
 */
export function normalizeBaseURL(baseURL: string, option = "baseURL"): string {
  let url: URL;
  try {
    url = new URL(baseURL.trim());
  } catch {
    throw new ConfigurationError(`${option} "${baseURL}" is not a valid URL. Use an absolute URL such as "https://api.example.com/v1".`, {
      option,
    });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(`${option} must be an http(s) URL; got "${url.protocol}".`, { option });
  }
  if (url.username || url.password) {
    // Never echo the value: it holds a password. Credentials in a URL would also travel to every
    // redirect target and into logs; the API key goes through the client's own option.
    throw new ConfigurationError(
      `${option} must not contain a user name or password ("user:pass@"); remove them and pass the API key through the client's key option.`,
      { option },
    );
  }
  if (url.search || url.hash) {
    throw new ConfigurationError(`${option} must not contain a query string or fragment; got "${baseURL}".`, { option });
  }
  return url.href.replace(/\/+$/, "");
}

/**
 * Joins a normalised base URL and an operation path such as `/instances/{id}`, encoding each path
 * parameter so that an id like `a/b?c` cannot change the path.
 */
export function buildURL(
  base: string,
  path: string,
  operation: string,
  pathParams?: Readonly<Record<string, string | number>>,
  query?: QueryInput,
): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = pathParams?.[name];
    if (value === undefined || value === null || String(value).trim() === "") {
      throw new RequestValidationError(`${operation}: "${name}" is required and must not be empty.`, {
        operation,
        issues: [{ path: name, expected: "a non-empty string", received: value === "" ? '""' : String(value), message: `${name} is required` }],
      });
    }
    const text = String(value);
    // "." and ".." survive percent-encoding and would be collapsed by URL parsing, turning
    // /instances/{id} into /instances or the parent path: refused, naming the parameter.
    if (text === "." || text === "..") {
      throw new RequestValidationError(`${operation}: "${name}" must not be "${text}" (it would change the request's path).`, {
        operation,
        issues: [{ path: name, expected: "an id, not a path segment", received: JSON.stringify(text), message: `${name} must not be "${text}"` }],
      });
    }
    return encodeURIComponent(text);
  });
  const url = base + (filled.startsWith("/") ? filled : `/${filled}`);
  if (query) checkQuery(query, operation);
  const search = query ? encodeQuery(query) : "";
  return search ? `${url}?${search}` : url;
}

function encodeQuery(query: QueryInput): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(item))}`);
  }
  return parts.join("&");
}
