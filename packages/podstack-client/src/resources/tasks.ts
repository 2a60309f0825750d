import { poll, type RequestOptions, type WaitOptions } from "@cloud-sdk/auth-core";
import { TaskFailedError } from "../errors";
import { isTaskFailed, isTaskSucceeded, type Task } from "../schemas";
import { Resource } from "./resource";

/**
 * Options of {@link Tasks.wait}: auth-core's wait options (`interval`, default 2 000 ms; `timeout`,
 * default 300 000 ms; `signal`; `maxRetries` and `headers` of each read) plus a progress callback.
 */
export interface TaskWaitOptions extends WaitOptions {
  /** Called with the task after each read, e.g. to show `progress`. */
  onPoll?: ((task: Task, attempt: number) => void) | undefined;
}

const WAIT = "tasks.wait";

/**
 * `client.tasks`: the asynchronous operations that answer a task (`pods.execAsync`,
 * `vms.restoreSnapshot`) [doc: `client.tasks.get(task_id).state`].
 */
export class Tasks extends Resource {
  /**
   * One task, with its `state` [doc]. Route `GET /v1/tasks/{id}` [assumed].
   *
   * @example
   * ```ts
   * const status = await client.tasks.get(task.id);
   * console.log(`Status: ${status.state}`);
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<Task> {
    return this.send("tasks.get", { id }, options);
  }

  /**
   * Reads the task every `interval` until it ends, and resolves with it when it succeeded
   * (`completed`, `succeeded`, `success`, `done`, any letter case [assumed values]). Rejects with
   * `TaskFailedError` when it failed (`failed`, `error`, `cancelled`), `WaitTimeoutError` after
   * `timeout` (its `lastValue` is the last task read), `AbortError` when `signal` aborts, and any
   * error of `tasks.get`.
   *
   * @example
   * ```ts
   * const task = await client.pods.execAsync("pod-123", "python train.py");
   * const done = await client.tasks.wait(task.id, { timeout: 3_600_000, onPoll: (t) => console.log(t.progress) });
   * console.log(done.result);
   * ```
   */
  wait(id: string, options: TaskWaitOptions = {}): Promise<Task> {
    return poll({
      operation: WAIT,
      description: `task ${id} to end`,
      fetch: (signal) =>
        this.get(id, { signal, maxRetries: options.maxRetries, headers: options.headers }),
      isDone: (task) => isTaskSucceeded(task.state),
      failure: (task) => (isTaskFailed(task.state) ? new TaskFailedError(task, WAIT) : undefined),
      describe: (task) => `state ${task.state}`,
      interval: options.interval,
      timeout: options.timeout,
      signal: options.signal,
      onPoll: options.onPoll,
    });
  }
}
