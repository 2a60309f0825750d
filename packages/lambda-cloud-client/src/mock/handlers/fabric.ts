import type { HttpHandler } from "msw";
import { CreateFabricPartitionRequest, type FabricPartition, UpdateFabricPartitionRequest } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { errorResponse, invalidParameters, LAMBDA_CLOUD_ERRORS } from "../errors.js";
import { ok, readBody, route } from "../route.js";

/**
 * Fabric partitions: `POST /fabric`, `POST /fabric/{id}` (rename) and `DELETE /fabric/{id}`.
 * The API has no list endpoint; the fake's partitions are in `state.fabricPartitions`. Unknown
 * ids get `global/not-found`, the only 404 the spec lists for these operations.
 */
export function fabricHandlers(ctx: MockContext): HttpHandler[] {
  const notFound = () => errorResponse(404, LAMBDA_CLOUD_ERRORS.notFound);
  return [
    route(ctx, "post", "/fabric", async ({ request }) => {
      const body = await readBody(request, CreateFabricPartitionRequest);
      if (!body.ok) return body.response;
      const region = ctx.state.regions.find((r) => r.name === body.value.region);
      if (!region) return invalidParameters(`region: unknown region '${body.value.region}'`);
      const partition: FabricPartition = {
        id: ctx.runtime.uuid(),
        created: ctx.runtime.now(),
        name: body.value.name,
        workspace_id: body.value.workspace_id ?? ctx.state.workspaceId,
        region: structuredClone(region),
      };
      ctx.state.fabricPartitions.set(partition.id, partition);
      return ok(partition);
    }),
    route(ctx, "post", "/fabric/{id}", async ({ params, request }) => {
      const partition = ctx.state.fabricPartitions.get(params.id ?? "");
      if (!partition) return notFound();
      const body = await readBody(request, UpdateFabricPartitionRequest);
      if (!body.ok) return body.response;
      partition.name = body.value.name;
      return ok(partition);
    }),
    route(ctx, "delete", "/fabric/{id}", ({ params }) => {
      if (!ctx.state.fabricPartitions.delete(params.id ?? "")) return notFound();
      return ok({});
    }),
  ];
}
