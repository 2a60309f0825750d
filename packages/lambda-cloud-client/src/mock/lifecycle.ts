import type { Instance, InstanceActionAvailability, InstanceActionAvailabilityDetails } from "../schemas/index.js";
import type { MockContext } from "./context.js";

const ACTIONS = ["migrate", "rebuild", "restart", "cold_reboot", "terminate"] as const;

function allActions(details: (action: (typeof ACTIONS)[number]) => InstanceActionAvailabilityDetails) {
  return Object.fromEntries(ACTIONS.map((action) => [action, details(action)])) as InstanceActionAvailability;
}

/** Actions of a booting instance: only terminate is possible. */
export function bootingActions(): InstanceActionAvailability {
  return allActions((action) =>
    action === "terminate"
      ? { available: true }
      : { available: false, reason_code: "vm-has-not-launched", reason_description: "The instance has not launched yet." },
  );
}

/** Actions of a running instance: all available. */
export function activeActions(): InstanceActionAvailability {
  return allActions(() => ({ available: true }));
}

/** Actions of a terminated or terminating instance: none. */
export function terminatedActions(): InstanceActionAvailability {
  return allActions(() => ({
    available: false,
    reason_code: "vm-is-terminating",
    reason_description: "The instance is terminating or terminated.",
  }));
}

/** Whether the instance still holds resources (mounts, rulesets): anything not terminated. */
export function isLive(instance: Instance): boolean {
  return instance.status !== "terminated" && instance.status !== "preempted";
}

/** Whether a restart is under way (set by restart, cleared by the next read). */
export function isRestarting(instance: Instance): boolean {
  return instance.actions.restart.reason_code === "vm-action-in-progress";
}

function activate(ctx: MockContext, instance: Instance): void {
  const octet = ctx.runtime.nextHostOctet();
  const token = ctx.runtime.hexId();
  instance.status = "active";
  instance.ip = `198.51.100.${octet}`;
  instance.private_ip = `10.0.2.${octet}`;
  instance.hostname = ctx.runtime.launchHostnames.get(instance.id) ?? `198-51-100-${octet}`;
  instance.jupyter_token = token;
  instance.jupyter_url = `https://jupyter-${instance.id}.lambdaspaces.com/?token=${token}`;
  instance.actions = activeActions();
  ctx.runtime.launchHostnames.delete(instance.id);
}

/** Moves an instance one step along its lifecycle; time in the fake advances on reads. */
function advance(ctx: MockContext, instance: Instance): void {
  if (instance.status === "booting") activate(ctx, instance);
  else if (instance.status === "terminating") instance.status = "terminated";
  else if (instance.status === "terminated") ctx.state.instances.delete(instance.id);
  else if (isRestarting(instance)) instance.actions = activeActions();
}

/**
 * Reads instances the way the API would show them now, then advances each one step: a launched
 * instance is `booting` on its first read and `active` on the next; a terminated one is shown
 * `terminated` once and then is gone.
 */
export function observeInstances(ctx: MockContext, instances: readonly Instance[]): Instance[] {
  const snapshot = structuredClone([...instances]);
  for (const instance of instances) advance(ctx, instance);
  return snapshot;
}
