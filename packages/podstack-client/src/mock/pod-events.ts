import type { MockContext } from "./context";
import type { PodstackMockPod } from "./state";

/** Adds an event to a pod's history. */
export function addPodEvent(
  ctx: MockContext,
  pod: PodstackMockPod,
  type: string,
  message: string,
): void {
  (ctx.state.events[pod.id] ??= []).push({ timestamp: ctx.now(), type, message });
}

/** Runs a change of the pod and records an event when its status moved. */
export function withStatusEvent(ctx: MockContext, pod: PodstackMockPod, change: () => void): void {
  const before = pod.status;
  change();
  if (pod.status !== before) {
    addPodEvent(ctx, pod, pod.status, `Pod ${pod.id} is ${pod.status.toLowerCase()}`);
  }
}
