import type { Pod } from "../schemas";
import { PodstackError } from "./podstack-error";

/**
 * `pods.ssh` found no SSH command on the pod: it is not running yet (Podstack sets `ssh_command`
 * for running pods) or exposes no SSH. `pod` is the pod as read.
 */
export class SshUnavailableError extends PodstackError {
  static override readonly errorType: string = "podstack.SshUnavailableError";

  /** The pod as read. */
  readonly pod: Pod;

  constructor(pod: Pod, operation: string) {
    super({
      message: `Pod ${pod.id} (${pod.name}) has no SSH command: it is ${pod.status}. Wait for it to run (client.pods.waitUntilRunning("${pod.id}")) and call ssh again.`,
      operation,
    });
    this.pod = pod;
  }
}
