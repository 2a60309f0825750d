import type { OperationId } from "../routes";
import type { MockContext } from "./context";
import { errorResponse } from "./http";
import { outsideProject, requestedProject } from "./project-scope";
import type { PodstackMockPod, PodstackMockVm } from "./state";

/** The pod a by-id request names, or the 403/404 to answer. */
export function findPod(
  ctx: MockContext,
  operation: OperationId,
  request: Request,
  id: string,
  body?: unknown,
): PodstackMockPod | Response {
  const scope = requestedProject(ctx, operation, request, body);
  if (scope instanceof Response) return scope;
  const pod = ctx.state.pods.find((candidate) => candidate.id === id);
  if (pod === undefined) return errorResponse(404, `Pod ${id} not found`);
  return outsideProject(pod.project_id, scope.projectId) ?? pod;
}

/** The VM a by-id request names, or the 403/404 to answer. */
export function findVm(
  ctx: MockContext,
  operation: OperationId,
  request: Request,
  id: string,
  body?: unknown,
): PodstackMockVm | Response {
  const scope = requestedProject(ctx, operation, request, body);
  if (scope instanceof Response) return scope;
  const vm = ctx.state.vms.find((candidate) => candidate.id === id);
  if (vm === undefined) return errorResponse(404, `VM ${id} not found`);
  return outsideProject(vm.project_id, scope.projectId) ?? vm;
}
