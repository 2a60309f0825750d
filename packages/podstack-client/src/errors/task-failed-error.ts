import type { Task } from "../schemas";
import { PodstackError } from "./podstack-error";

/**
 * `tasks.wait` saw the task end badly (`failed`, `error`, `cancelled`). `task` is the task as last
 * read; its `error`, when the server gives one, is in the message.
 */
export class TaskFailedError extends PodstackError {
  static override readonly errorType: string = "podstack.TaskFailedError";

  /** The task as last read. */
  readonly task: Task;

  constructor(task: Task, operation: string) {
    const why = task.error ? `: ${task.error}` : "";
    super({
      message: `Task ${task.id} ended ${task.state}${why}. Look at what it ran (client.tasks.get("${task.id}")), fix the cause, and start the operation again.`,
      operation,
    });
    this.task = task;
  }
}
