import type { Vm } from "../schemas";
import { PodstackError } from "./podstack-error";

/**
 * `vms.waitUntilRunning` saw the VM reach a status it will not leave by itself for `running`
 * (`failed`, `error`, `terminated`, `deleted`, any letter case). `vm` is the VM as last read.
 */
export class VmFailedError extends PodstackError {
  static override readonly errorType: string = "podstack.VmFailedError";

  /** The VM as last read. */
  readonly vm: Vm;

  constructor(vm: Vm, operation: string) {
    super({
      message: `VM ${vm.id} (${vm.name}) is ${vm.status}, so it will not become running. Check its console (client.vms.console) and events in the Podstack dashboard, then start it again (client.vms.start) or create a new VM.`,
      operation,
    });
    this.vm = vm;
  }
}
