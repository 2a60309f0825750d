import type { HttpHandler } from "msw";
import { BucketCreateParams } from "../../schemas/bucket-params";
import type { MockContext } from "../context";
import {
  errorResponse,
  fieldErrorsResponse,
  jsonResponse,
  noContent,
  queryFlag,
} from "../http";
import { requestedProject } from "../project-scope";
import { findBucket } from "../lookup";
import { readCreate } from "../create-request";
import { route } from "../route";
import { PODSTACK_MOCK_S3_ACCESS_KEY, PODSTACK_MOCK_S3_REGION, PODSTACK_MOCK_S3_SECRET_KEY } from "../s3/s3-constants";
import type { PodstackMockBucket } from "../state";

const GB = 1024 ** 3;

/** A bucket as the API sends it: the documented fields, sizes computed from its objects. */
function bucketBody(ctx: MockContext, bucket: PodstackMockBucket): Record<string, unknown> {
  const objects = Object.values(bucket.objects);
  const bytes = objects.reduce((sum, object) => sum + object.body.byteLength, 0);
  return {
    id: bucket.id,
    name: bucket.name,
    visibility: bucket.visibility,
    endpoint: ctx.s3Endpoint,
    size_gb: Math.round((bytes / GB) * 1e6) / 1e6,
    object_count: objects.length,
    project_id: bucket.project_id,
    created_at: bucket.created_at,
  };
}

/** Handlers of the buckets routes (the S3 side is in `s3/s3-handlers.ts`). */
export function bucketHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "buckets.list", ({ request }) => {
      const scope = requestedProject(ctx, "buckets.list", request);
      if (scope instanceof Response) return scope;
      return jsonResponse(
        ctx.state.buckets
          .filter((bucket) => scope.projectId === undefined || bucket.project_id === scope.projectId)
          .map((bucket) => bucketBody(ctx, bucket)),
      );
    }),

    route(ctx, "buckets.create", async ({ request }) => {
      const create = await readCreate(ctx, "buckets.create", request, BucketCreateParams, "bucket");
      if (create instanceof Response) return create;
      const { projectId } = create;
      const { name, visibility } = create.params;
      // S3 bucket names are global, so a taken name is refused in any project.
      if (ctx.state.buckets.some((bucket) => bucket.name === name)) {
        return fieldErrorsResponse({ name: [`A bucket named ${name} already exists`] });
      }
      const bucket: PodstackMockBucket = {
        id: ctx.nextId("bkt"),
        name,
        project_id: projectId,
        visibility: visibility ?? "private",
        created_at: ctx.now(),
        objects: {},
      };
      ctx.state.buckets.push(bucket);
      return jsonResponse(bucketBody(ctx, bucket), 201);
    }),

    route(ctx, "buckets.get", ({ request, id }) => {
      const bucket = findBucket(ctx, "buckets.get", request, id);
      return bucket instanceof Response ? bucket : jsonResponse(bucketBody(ctx, bucket));
    }),

    route(ctx, "buckets.getCredentials", ({ request, id }) => {
      const bucket = findBucket(ctx, "buckets.getCredentials", request, id);
      if (bucket instanceof Response) return bucket;
      return jsonResponse({
        access_key: PODSTACK_MOCK_S3_ACCESS_KEY,
        secret_key: PODSTACK_MOCK_S3_SECRET_KEY,
        endpoint: ctx.s3Endpoint,
        region: PODSTACK_MOCK_S3_REGION,
        bucket: bucket.name,
      });
    }),

    route(ctx, "buckets.delete", ({ request, id }) => {
      const bucket = findBucket(ctx, "buckets.delete", request, id);
      if (bucket instanceof Response) return bucket;
      // Documented: plain delete is for an empty bucket; force "removes all objects first".
      if (Object.keys(bucket.objects).length > 0 && !queryFlag(request, "force")) {
        return errorResponse(400, `Bucket ${bucket.id} is not empty: delete it with force=true to remove its objects`);
      }
      ctx.state.buckets.splice(ctx.state.buckets.indexOf(bucket), 1);
      return noContent();
    }),
  ];
}
