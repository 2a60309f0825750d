import type { PodstackMockVm } from "./state";

/**
 * One step of time, taken when a VM is read: `creating → starting → running`, and `restarting →
 * running`. Other statuses stay (a restore ends with its task).
 */
export function advanceVm(vm: PodstackMockVm): void {
  if (vm.status === "creating") vm.status = "starting";
  else if (vm.status === "starting" || vm.status === "restarting") vm.status = "running";
}

/** A lifecycle action of the VMs API. */
export type VmAction = "start" | "stop" | "restart";

/**
 * Applies `start`, `stop` or `restart`: start and restart go through `starting`/`restarting` (a
 * read then takes the VM on), stop is immediate; target states are no-ops. A VM being restored
 * accepts none: the error text is returned.
 */
export function applyVmAction(vm: PodstackMockVm, action: VmAction): string | undefined {
  if (vm.status === "restoring") return `VM ${vm.id} is being restored from a snapshot`;
  switch (action) {
    case "start":
      if (vm.status === "stopped" || vm.status === "failed") vm.status = "starting";
      return undefined;
    case "stop":
      vm.status = "stopped";
      return undefined;
    case "restart":
      if (vm.status === "stopped") return `VM ${vm.id} is stopped: start it instead`;
      if (vm.status === "running") vm.status = "restarting";
      return undefined;
  }
}

/** The wire form of a VM: everything but `user_data`, snapshots and firewall rules. */
export function serializeVm(vm: PodstackMockVm): Record<string, unknown> {
  const { user_data: _userData, snapshots: _snapshots, firewall_rules: _rules, ...wire } = vm;
  return wire;
}

/** The wire form of a snapshot: everything but the saved sizes. */
export function serializeSnapshot(snapshot: PodstackMockVm["snapshots"][number]): Record<string, unknown> {
  const { saved: _saved, ...wire } = snapshot;
  return wire;
}
