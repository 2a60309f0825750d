import { ConfigurationError } from "@cloud-sdk/auth-core";
import {
  OPERATION_IDS,
  type OperationId,
  pathPlaceholders,
  type RouteDefinition,
  type RouteMethod,
  ROUTES,
} from "./routes";

/**
 * A correction of one route: its method, its path, or both. The path takes the same `{name}`
 * placeholders as the route table (only those the operation supplies, e.g. `{id}`). A path without
 * a leading slash is relative to the base URL (`…/v1`); one with a leading slash starts at the
 * endpoint's host, so `"/v2/pods"` reaches `https://api.podstack.ai/v2/pods`.
 *
 * @example
 * ```ts
 * const fix: RouteOverride = { method: "POST", path: "/v2/pods" };
 * ```
 */
export interface RouteOverride {
  /** The HTTP method to use instead of the table's. */
  readonly method?: RouteMethod | undefined;
  /** The path to use instead of the table's, with the operation's `{name}` placeholders. */
  readonly path?: string | undefined;
}

/**
 * Corrections of the route table, by operation name (`"pods.create"`, `"vms.get"`, …).
 *
 * @example
 * ```ts
 * const routes: RouteOverrides = { "pods.create": { method: "POST", path: "/v2/pods" } };
 * ```
 */
export type RouteOverrides = { readonly [O in OperationId]?: RouteOverride | undefined };

/** A route as the client sends it: the table's row, with the user's correction applied. */
export interface ResolvedRoute extends RouteDefinition {
  /** `true` when the `routes` option changed this route's method or path. */
  readonly overridden: boolean;
  /** `true` when the path starts at the endpoint's host (a leading slash) instead of `…/v1`. */
  readonly fromRoot: boolean;
}

/** Every operation's route as the client sends it. */
export type ResolvedRoutes = { readonly [O in OperationId]: ResolvedRoute };

const METHODS: readonly RouteMethod[] = ["GET", "POST", "PATCH", "PUT", "DELETE"];
const OPTION = "routes";

const fail = (message: string) => new ConfigurationError(message, { option: OPTION });

const list = (names: readonly string[]) =>
  names.length === 0 ? "none" : names.map((name) => `"${name}"`).join(", ");

/** The checked path of one override, or the `ConfigurationError` that says what is wrong. */
function checkPath(operation: OperationId, path: unknown): string {
  const where = `routes["${operation}"].path`;
  if (typeof path !== "string" || path.trim() === "") {
    throw fail(`${where} must be a non-empty string such as "${ROUTES[operation].path}".`);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("//")) {
    // The token goes wherever the path points: only the configured endpoint may receive it.
    throw fail(
      `${where} must be a path, not a URL: the host comes from apiEndpoint (got a path starting with a scheme or "//").`,
    );
  }
  if (/[?#\s]/.test(path)) {
    throw fail(`${where} must not contain "?", "#" or white space; query parameters are added by the client.`);
  }
  const valid = pathPlaceholders(ROUTES[operation].path);
  const braces = path.replace(/\{[^{}]*\}/g, "");
  if (/[{}]/.test(braces)) {
    throw fail(`${where} has an unbalanced "{" or "}". Placeholders look like {id}; ${operation} supplies ${list(valid)}.`);
  }
  for (const name of pathPlaceholders(path)) {
    if (!valid.includes(name)) {
      throw fail(
        `${where} uses the placeholder {${name}}, which ${operation} does not supply. Valid placeholders: ${list(valid)}.`,
      );
    }
  }
  return path;
}

/**
 * The route table with the user's corrections applied, checked once at construction: an unknown
 * operation, method or placeholder is a `ConfigurationError` that lists the valid ones.
 *
 * @example
 * ```ts
 * resolveRoutes({ "pods.create": { method: "POST", path: "/v2/pods" } })["pods.create"].path; // "/v2/pods"
 * ```
 */
export function resolveRoutes(overrides: RouteOverrides | undefined): ResolvedRoutes {
  if (overrides !== undefined && (typeof overrides !== "object" || overrides === null || Array.isArray(overrides))) {
    throw fail(`routes must be an object keyed by operation name, e.g. { "pods.create": { method: "POST", path: "pods" } }.`);
  }
  const given = (overrides ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(ROUTES, name)) {
      throw fail(`routes names an unknown operation "${name}". Valid operations: ${list(OPERATION_IDS)}.`);
    }
  }
  const resolved = {} as Record<OperationId, ResolvedRoute>;
  for (const operation of OPERATION_IDS) {
    const base = ROUTES[operation];
    const override = given[operation];
    if (override === undefined) {
      resolved[operation] = { ...base, overridden: false, fromRoot: false };
      continue;
    }
    if (typeof override !== "object" || override === null || Array.isArray(override)) {
      throw fail(`routes["${operation}"] must be an object like { method: "${base.method}", path: "${base.path}" }.`);
    }
    const { method, path, ...rest } = override as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) {
      throw fail(`routes["${operation}"] has unknown keys ${list(extra)}; a route override takes "method" and "path".`);
    }
    if (method !== undefined && !METHODS.includes(method as RouteMethod)) {
      throw fail(`routes["${operation}"].method must be one of ${list(METHODS)} (got ${JSON.stringify(String(method))}).`);
    }
    const checkedPath = path === undefined ? base.path : checkPath(operation, path);
    resolved[operation] = {
      ...base,
      method: (method as RouteMethod | undefined) ?? base.method,
      path: checkedPath,
      overridden: true,
      fromRoot: checkedPath.startsWith("/"),
    };
  }
  return resolved;
}
