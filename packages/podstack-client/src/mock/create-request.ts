import * as v from "valibot";
import type { OperationId } from "../routes";
import type { MockContext } from "./context";
import { errorResponse, readJsonBody, validationResponse } from "./http";
import { requestedProject } from "./project-scope";

/**
 * The parsed body and the project of a create request, or the answer instead: a malformed body, a
 * project the token cannot reach (403), parameters the schema refuses, or no project at all. The
 * project is the one the request names, else the account's first (as the API's default project).
 */
export async function readCreate<TSchema extends v.GenericSchema>(
  ctx: MockContext,
  operation: OperationId,
  request: Request,
  schema: TSchema,
  noun: string,
): Promise<{ params: v.InferOutput<TSchema>; projectId: string } | Response> {
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const scope = requestedProject(ctx, operation, request, read.body);
  if (scope instanceof Response) return scope;
  const parsed = v.safeParse(schema, read.body);
  if (!parsed.success) return validationResponse(parsed.issues);
  const projectId = scope.projectId ?? ctx.state.projects[0]?.id;
  if (projectId === undefined) return errorResponse(400, `No project to create the ${noun} in`);
  return { params: parsed.output, projectId };
}
