import type { OperationId } from "../routes";
import type { MockContext } from "./context";
import { errorResponse } from "./http";
import { outsideProject, requestedProject } from "./project-scope";
import type { PodstackMockBucket, PodstackMockPod, PodstackMockVm, PodstackMockVolume } from "./state";

/**
 * The resource of `list` a by-id request names, or the answer instead: 403 when the request names a
 * project the token cannot reach or the resource lives in another project, 404 when there is none.
 */
function findInProject<T extends { readonly id: string; readonly project_id: string }>(
  ctx: MockContext,
  operation: OperationId,
  request: Request,
  found: { readonly list: readonly T[]; readonly id: string; readonly label: string },
  body?: unknown,
): T | Response {
  const scope = requestedProject(ctx, operation, request, body);
  if (scope instanceof Response) return scope;
  const resource = found.list.find((candidate) => candidate.id === found.id);
  if (resource === undefined) return errorResponse(404, `${found.label} ${found.id} not found`);
  return outsideProject(resource.project_id, scope.projectId) ?? resource;
}

/** The pod a by-id request names, or the 403/404 to answer. */
export function findPod(ctx: MockContext, operation: OperationId, request: Request, id: string, body?: unknown): PodstackMockPod | Response {
  return findInProject(ctx, operation, request, { list: ctx.state.pods, id, label: "Pod" }, body);
}

/** The VM a by-id request names, or the 403/404 to answer. */
export function findVm(ctx: MockContext, operation: OperationId, request: Request, id: string, body?: unknown): PodstackMockVm | Response {
  return findInProject(ctx, operation, request, { list: ctx.state.vms, id, label: "VM" }, body);
}

/** The volume a by-id request names, or the 403/404 to answer. */
export function findVolume(
  ctx: MockContext,
  operation: OperationId,
  request: Request,
  id: string,
  body?: unknown,
): PodstackMockVolume | Response {
  return findInProject(ctx, operation, request, { list: ctx.state.volumes, id, label: "Volume" }, body);
}

/** The bucket a by-id request names, or the 403/404 to answer. */
export function findBucket(ctx: MockContext, operation: OperationId, request: Request, id: string): PodstackMockBucket | Response {
  return findInProject(ctx, operation, request, { list: ctx.state.buckets, id, label: "Bucket" });
}
