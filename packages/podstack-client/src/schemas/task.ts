import * as v from "valibot";

/**
 * Task states that end a task well. Podstack documents only that a task has a `.state`; the values
 * are [assumed], compared ignoring case.
 */
export const SUCCEEDED_TASK_STATES: readonly string[] = ["completed", "succeeded", "success", "done"];

/** Task states that end a task badly [assumed], compared ignoring case. */
export const FAILED_TASK_STATES: readonly string[] = ["failed", "error", "cancelled", "canceled"];

/**
 * An asynchronous operation's handle, as `pods.execAsync`, `vms.restoreSnapshot` and `tasks.get`
 * answer it. [doc: `task.id`, and `client.tasks.get(task_id).state`] Everything else is
 * [assumed]: `progress` (0-100), `result` (what the operation produced, e.g. an exec result) and
 * `error` (why it failed).
 *
 * @example
 * ```ts
 * const task = v.parse(Task, body);
 * console.log(task.id, task.state);
 * ```
 */
export const Task = v.looseObject({
  /** The task's id [doc]. */
  id: v.string(),
  /** Where the task is, e.g. `pending`, `running`, `completed`, `failed` [doc for the field; values assumed]. */
  state: v.string(),
  /** How far along it is, 0 to 100 [assumed]. */
  progress: v.nullish(v.number()),
  /** What the operation produced once completed [assumed]. */
  result: v.optional(v.unknown()),
  /** Why the task failed [assumed]. */
  error: v.nullish(v.string()),
  /** What kind of operation the task runs, e.g. `exec` [assumed]. */
  type: v.nullish(v.string()),
  /** When the task was created [assumed]. */
  created_at: v.nullish(v.string()),
});

/** A task; see {@link Task}. */
export type Task = { [K in keyof v.InferOutput<typeof Task>]: v.InferOutput<typeof Task>[K] };

/** Whether a task state ends the task well. */
export const isTaskSucceeded = (state: string): boolean =>
  SUCCEEDED_TASK_STATES.includes(state.toLowerCase());

/** Whether a task state ends the task badly. */
export const isTaskFailed = (state: string): boolean =>
  FAILED_TASK_STATES.includes(state.toLowerCase());
