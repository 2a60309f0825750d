import type { HttpHandler } from "msw";
import type { MockContext } from "../context";
import { errorResponse, jsonResponse } from "../http";
import { route } from "../route";
import { advanceTask, serializeTask } from "../task-lifecycle";

/** Handlers of the tasks routes. Reading a task advances it one step. */
export function taskHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "tasks.get", ({ id }) => {
      const task = ctx.state.tasks.find((candidate) => candidate.id === id);
      if (task === undefined) return errorResponse(404, `Task ${id} not found`);
      advanceTask(ctx, task);
      return jsonResponse(serializeTask(task));
    }),
  ];
}
