import { readProjectId } from "../project-context";
import type { OperationId } from "../routes";
import type { MockContext } from "./context";
import { errorResponse } from "./http";

/** The documented message of Podstack's `PermissionError`, used as the 403 body's detail. */
export const ACCESS_DENIED = "Access denied to resource";

/**
 * The project a request names (where `PROJECT_CONTEXT` says it travels), or the 403 to answer
 * when it names a project the token cannot reach. Podstack documents 403 for "the resource is in a
 * different project".
 */
export function requestedProject(
  ctx: MockContext,
  operation: OperationId,
  request: Request,
  body?: unknown,
): { projectId: string | undefined } | Response {
  const projectId = readProjectId(operation, request, body);
  if (projectId !== undefined && !ctx.state.projects.some((project) => project.id === projectId)) {
    return errorResponse(403, ACCESS_DENIED);
  }
  return { projectId };
}

/** The 403 for a resource outside the project the request names, or `undefined`. */
export function outsideProject(
  resourceProject: string,
  requested: string | undefined,
): Response | undefined {
  return requested !== undefined && requested !== resourceProject
    ? errorResponse(403, ACCESS_DENIED)
    : undefined;
}
