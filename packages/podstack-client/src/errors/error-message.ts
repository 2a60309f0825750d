import { describeBody, type ApiErrorContext } from "@cloud-sdk/auth-core";
import type { ResolvedRoute, ResolvedRoutes } from "../route-overrides";
import { findRoute, type OperationId, type RouteDefinition } from "../routes";
import type { ErrorBodyFields } from "../schemas";

/**
 * What the server said, in words: its own message for a JSON body, else a description of what came
 * back (`an HTML page ("502 Bad Gateway")`); nothing for an empty body.
 */
export function serverDetail(
  context: ApiErrorContext,
  fields: ErrorBodyFields,
): string | undefined {
  if (context.body.kind === "json") return fields.message;
  if (context.body.kind === "empty") return undefined;
  return describeBody(context.body);
}

const sameText = (a: string, b: string) =>
  a.replace(/[.\s]+$/, "").toLowerCase() === b.replace(/[.\s]+$/, "").toLowerCase();

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * `<headline>: <server detail>. <what to do> (<operation>: <METHOD> <path> answered <status>,
 * request id <id>)`. The headline leads, as in Podstack's Python SDK ("Invalid API token"); the
 * server's detail is dropped when it only repeats it.
 */
export function composeMessage(
  context: ApiErrorContext,
  headline: string,
  detail: string | undefined,
  hint: string,
): string {
  const said = detail === undefined || sameText(detail, headline) ? "" : `: ${detail.trim()}`;
  const status = `${context.status}${context.statusText ? ` ${context.statusText}` : ""}`;
  const id = context.requestId ? `, request id ${context.requestId}` : "";
  const where = `${context.operation}: ${context.method} ${pathOf(
    context.url,
  )} answered ${status}${id}`;
  return `${headline}${said.replace(/[.\s]+$/, "")}. ${hint} (${where})`;
}

/**
 * For a 404 or 405 on an operation whose route is assumed (or was set by the `routes` option): the
 * route itself may be wrong, and how to correct it without waiting for a release.
 */
export function assumedRouteHint(operation: string, routes?: ResolvedRoutes): string {
  const route: ResolvedRoute | RouteDefinition | undefined =
    routes !== undefined && Object.hasOwn(routes, operation)
      ? routes[operation as OperationId]
      : findRoute(operation);
  if (route === undefined) return "";
  const shown = (path: string) => (path.startsWith("/") ? path : `…/${path}`);
  if ("overridden" in route && route.overridden) {
    return ` The route ${route.method} ${shown(route.path)} comes from your routes option ("${operation}"): check it.`;
  }
  if (route.documented) return "";
  return (
    ` The route ${route.method} ${shown(route.path)} is assumed (Podstack does not document it) and may be wrong;` +
    ` if so, override it with the Client's routes option: new Client({ routes: { "${operation}": { method: "${route.method}", path: "${route.path}" } } }) with the right method and path.`
  );
}

/** `name: message; other: message` for a validation error's field list. */
export function describeFieldErrors(fieldErrors: Record<string, string[]>): string {
  return Object.entries(fieldErrors)
    .map(([field, messages]) => `${field === "_" ? "request" : field}: ${messages.join(", ")}`)
    .join("; ");
}
