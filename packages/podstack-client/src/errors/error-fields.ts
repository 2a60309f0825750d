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

/** The `{id}` of the request URL, for operations whose route has one. */
export function resourceIdOf(operation: string, url: string): string | undefined {
  const route = findRoute(operation);
  if (route === undefined || !route.path.includes("{id}")) return undefined;
  const [before, after] = route.path.split("{id}");
  const match = new RegExp(`/${before}([^/]+)${after}$`).exec(new URL(url).pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

export const mentionsQuota = (fields: ErrorBodyFields) =>
  /quota/i.test(`${fields.code ?? ""} ${fields.message ?? ""}`);
