import type { MockContext } from "./context";
import type { PodstackMockTask } from "./state";

/** A new task, `pending`, that will end in `outcome`; it is added to the state. */
export function startTask(
  ctx: MockContext,
  fields: Pick<PodstackMockTask, "type" | "outcome" | "result" | "error" | "vm_id">,
): PodstackMockTask {
  const task: PodstackMockTask = {
    id: ctx.nextId("task"),
    state: "pending",
    progress: 0,
    created_at: ctx.now(),
    ...fields,
  };
  ctx.state.tasks.push(task);
  return task;
}

/**
 * One step of time, taken when a task is read: `pending → running → completed` (or `failed`).
 * When a restore task ends, its VM leaves `restoring` for `running`.
 */
export function advanceTask(ctx: MockContext, task: PodstackMockTask): void {
  if (task.state === "pending") {
    task.state = "running";
    task.progress = 50;
    return;
  }
  if (task.state !== "running") return;
  task.state = task.outcome;
  task.progress = 100;
  const vm = ctx.state.vms.find((candidate) => candidate.id === task.vm_id);
  if (vm?.status === "restoring") vm.status = "running";
}

/** The wire form of a task: what the API would send (no `outcome`, no `vm_id`). */
export function serializeTask(task: PodstackMockTask): Record<string, unknown> {
  const { outcome: _outcome, vm_id: _vm, result, error, ...wire } = task;
  return {
    ...wire,
    result: task.state === "completed" ? result : null,
    error: task.state === "failed" ? error : null,
  };
}
