import type { PodstackMockPod, PodstackMockSeed } from "./state";

/** How the fake writes pod statuses on the wire. */
export type PodStatusCase = "lowercase" | "capitalized";

/** Statuses in which a pod is (about to be) running: deleting one needs `force`. */
const ACTIVE = new Set(["Creating", "Pending", "Running"]);

/** Whether deleting a pod in this status needs `force`. */
export const isActivePod = (pod: PodstackMockPod): boolean => ACTIVE.has(pod.status);

/** Whether the seed's `failPods` option makes this pod fail. */
export function podFails(failPods: PodstackMockSeed["failPods"], pod: PodstackMockPod): boolean {
  return failPods === true || (Array.isArray(failPods) && failPods.includes(pod.name));
}

/**
 * Moves a pod to a status and keeps the connection fields in step: only a running pod has an SSH
 * command and (when port 8888 is exposed) a Jupyter URL. The host names are invented, after the
 * docs' `https://<id>-8080.cloud.podstack.ai` port URLs.
 */
export function enterStatus(pod: PodstackMockPod, status: string): void {
  pod.status = status;
  const running = status === "Running";
  pod.ssh_command = running ? `ssh root@${pod.id}.cloud.podstack.ai` : null;
  pod.jupyter_url =
    running && pod.ports.includes(8888) ? `https://${pod.id}-8888.cloud.podstack.ai` : null;
}

/**
 * One step of time, taken when a pod is read: `Creating → Pending → Running` (or `Failed` when the
 * pod is set to fail). Other statuses stay.
 */
export function advancePod(pod: PodstackMockPod, fails: boolean): void {
  if (pod.status === "Creating") enterStatus(pod, "Pending");
  else if (pod.status === "Pending") enterStatus(pod, fails ? "Failed" : "Running");
}

/** A lifecycle action of the pods API. */
export type PodAction = "start" | "stop" | "restart";

/**
 * Applies `start`, `stop` or `restart`. Start and restart put the pod in `Pending` (a read then
 * takes it on); stop is immediate. Starting or stopping a pod already on its way is a no-op, as
 * target-state operations are. A terminated pod accepts none: the error text is returned.
 */
export function applyPodAction(pod: PodstackMockPod, action: PodAction): string | undefined {
  if (pod.status === "Terminated") return `Pod ${pod.id} is terminated`;
  switch (action) {
    case "start":
      if (pod.status === "Stopped" || pod.status === "Failed") enterStatus(pod, "Pending");
      return undefined;
    case "stop":
      if (pod.status !== "Stopped") enterStatus(pod, "Stopped");
      return undefined;
    case "restart":
      if (pod.status === "Creating" || pod.status === "Pending") return undefined;
      enterStatus(pod, "Pending");
      return undefined;
  }
}

/** The wire form of a pod: everything but `env`, with the status in the chosen case. */
export function serializePod(
  pod: PodstackMockPod,
  statusCase: PodStatusCase,
): Record<string, unknown> {
  const { env: _env, ...wire } = pod;
  return { ...wire, status: statusCase === "lowercase" ? pod.status.toLowerCase() : pod.status };
}
