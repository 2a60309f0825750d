import { http, type HttpHandler } from "msw";
import { type OperationId, ROUTES } from "../routes";
import { checkBearer } from "./auth";
import type { MockContext } from "./context";
import { errorResponse, handlerURL, idParam, pathParam } from "./http";

/** What a route's resolver receives. */
export interface RouteArgs {
  request: Request;
  /** The `{id}` path parameter, decoded; `""` on routes without one. */
  id: string;
  /** Every path parameter by name (`snapshot_id`, `rule_id`, `template_id`), decoded. */
  params: Record<string, string>;
}

type Resolver = (args: RouteArgs) => Response | Promise<Response>;

/** The msw handler factory of each method of the routes table. */
export const METHODS = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
};

/**
 * An msw handler for one operation of `ROUTES` (method and path come from the table). Every
 * request first meets a queued `failNext` failure, then the Bearer check; every response carries
 * an `x-request-id` header [assumed name].
 */
export function route(ctx: MockContext, operation: OperationId, resolve: Resolver): HttpHandler {
  const method = METHODS[ROUTES[operation].method];
  return method(handlerURL(ctx.baseURL, operation), async ({ request, params }) => {
    const response =
      ctx.takeFailure() ??
      checkBearer(request, ctx.apiKey) ??
      (await resolve({
        request,
        id: idParam(params),
        params: Object.fromEntries(
          Object.keys(params).map((name) => [name, pathParam(params, name)]),
        ),
      }));
    if (!response.headers.has("x-request-id")) {
      response.headers.set("x-request-id", ctx.nextRequestId());
    }
    return response;
  });
}

/**
 * Answers any other path under the base URL: 401 for a bad token, else 404 `Not Found` (what an
 * unknown route of a FastAPI-like server answers) [assumed].
 */
export function fallbackRoute(ctx: MockContext): HttpHandler {
  return http.all(`${ctx.baseURL}/*`, ({ request }) => {
    return ctx.takeFailure() ?? checkBearer(request, ctx.apiKey) ?? errorResponse(404, "Not Found");
  });
}
