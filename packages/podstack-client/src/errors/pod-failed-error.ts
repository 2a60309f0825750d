import type { Pod } from "../schemas";
import { PodstackError } from "./podstack-error";

/**
 * `pods.waitUntilRunning` saw the pod reach `Failed` or `Terminated`, from which it will not become
 * `Running` by itself. `pod` is the pod as last read.
 */
export class PodFailedError extends PodstackError {
  static override readonly errorType: string = "podstack.PodFailedError";

  /** The pod as last read. */
  readonly pod: Pod;

  constructor(pod: Pod, operation: string) {
    const next =
      pod.status === "Terminated"
        ? "A terminated pod cannot be started again: create a new one."
        : "Check its logs in the Podstack dashboard, then start it again (client.pods.start) or create a new pod.";
    super({
      message: `Pod ${pod.id} (${pod.name}) is ${pod.status}, so it will not become Running. ${next}`,
      operation,
    });
    this.pod = pod;
  }
}
