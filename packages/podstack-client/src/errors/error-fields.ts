// Fields of an error answer beyond its message: amounts, limits, the resource it names.
import { findRoute } from "../routes";
import type { ErrorBodyFields } from "../schemas";

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A number field of the body, at the top level or under `error`/`details`. */
export function numberField(body: unknown, name: string): number | undefined {
  if (!isJson(body)) return undefined;
  for (const bag of [body, body.error, body.details]) {
    const value = isJson(bag) ? bag[name] : undefined;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
      return Number(value);
  }
  return undefined;
}

export const stringField = (body: unknown, name: string): string | undefined =>
  isJson(body) && typeof body[name] === "string" ? (body[name] as string) : undefined;

/** The `{id}` of the request URL, for operations whose route (as sent) has one. */
export function resourceIdOf(
  operation: string,
  url: string,
  routePath: string | undefined = findRoute(operation)?.path,
): string | undefined {
  if (routePath === undefined || !routePath.includes("{id}")) return undefined;
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
  const template = routePath.replace(/^\/+/, "");
  let pattern = "";
  let last = 0;
  for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
    pattern += escape(template.slice(last, match.index));
    pattern += match[1] === "id" ? "([^/]+)" : "[^/]+";
    last = (match.index ?? 0) + match[0].length;
  }
  pattern += escape(template.slice(last));
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const found = new RegExp(`/${pattern}$`).exec(pathname)?.[1];
  return found === undefined ? undefined : decodeURIComponent(found);
}

export const mentionsQuota = (fields: ErrorBodyFields) =>
  /quota/i.test(`${fields.code ?? ""} ${fields.message ?? ""}`);
