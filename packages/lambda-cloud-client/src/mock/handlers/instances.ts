import type { HttpHandler } from "msw";
import { UpdateInstanceRequest } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { errorResponse, LAMBDA_CLOUD_ERRORS } from "../errors.js";
import { observeInstances } from "../lifecycle.js";
import { ok, readBody, route } from "../route.js";

/** `GET /instances`, `GET /instances/{id}` and `POST /instances/{id}` (rename). */
export function instanceHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "get", "/instances", ({ query }) => {
      // No instance of the fake belongs to a 1-Click Cluster, so a cluster filter matches none.
      const listed = query.has("cluster_id") ? [] : [...ctx.state.instances.values()];
      return ok(observeInstances(ctx, listed));
    }),
    route(ctx, "get", "/instances/{id}", ({ params }) => {
      const instance = ctx.state.instances.get(params.id ?? "");
      if (!instance) return errorResponse(404, LAMBDA_CLOUD_ERRORS.instanceNotFound);
      return ok(observeInstances(ctx, [instance])[0]);
    }),
    route(ctx, "post", "/instances/{id}", async ({ params, request }) => {
      const instance = ctx.state.instances.get(params.id ?? "");
      if (!instance) return errorResponse(404, LAMBDA_CLOUD_ERRORS.instanceNotFound);
      const body = await readBody(request, UpdateInstanceRequest);
      if (!body.ok) return body.response;
      if (body.value.name !== undefined) instance.name = body.value.name;
      return ok(structuredClone(instance));
    }),
  ];
}
