import { http, type HttpHandler } from "msw";
import { INVALID_API_KEY_DETAIL, MISSING_API_KEY_DETAIL } from "./constants";
import type { MockConfig, RequestContext } from "./context";
import { failureResponse, takeFailure } from "./failures";
import { nextId } from "./ids";
import { detailError } from "./respond";
import type { PhotaMockState } from "./state";

/** What a route's handler receives. */
export interface RouteArgs {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
  ctx: RequestContext;
}

/** A route's handler. */
export type RouteHandler = (args: RouteArgs) => Response | Promise<Response>;

type Method = "get" | "post" | "delete";

/**
 * Phota's key check: no header (or an empty one) is a 403, as the v0.7.0 spec says for a
 * missing key; a wrong key is the auth guide's 401.
 */
function checkApiKey(ctx: RequestContext, request: Request): Response | undefined {
  const key = request.headers.get("x-api-key");
  if (!key) return detailError(ctx, 403, MISSING_API_KEY_DETAIL);
  if (key !== ctx.config.apiKey) return detailError(ctx, 401, INVALID_API_KEY_DETAIL);
  return undefined;
}

function pathBelowBase(config: MockConfig, url: string): string {
  const basePath = new URL(config.baseURL).pathname.replace(/\/+$/, "");
  const path = new URL(url).pathname;
  const rest = path.startsWith(basePath) ? path.slice(basePath.length) : path;
  return rest === "" ? "/" : rest;
}

/**
 * An msw handler for one endpoint below the base URL, with what every Phota endpoint does
 * around it: a request id, queued failures, and the `X-API-Key` check.
 */
export function route(
  state: PhotaMockState,
  config: MockConfig,
  method: Method,
  path: string,
  handler: RouteHandler,
): HttpHandler {
  return http[method](`${config.baseURL}${path}`, async ({ request, params }) => {
    const ctx: RequestContext = { state, config, requestId: nextId(state, "req") };
    const relative = pathBelowBase(config, request.url);
    const before = takeFailure(state, request.method, relative, "before");
    if (before) return failureResponse(ctx, before);
    const denied = checkApiKey(ctx, request);
    if (denied) return denied;
    const response = await handler({ request, params, ctx });
    const after = takeFailure(state, request.method, relative, "after");
    return after ? failureResponse(ctx, after) : response;
  });
}

/** A path parameter as a single string. */
export function param(args: RouteArgs, name: string): string {
  const value = args.params[name];
  return typeof value === "string" ? value : "";
}
