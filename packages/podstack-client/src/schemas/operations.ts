import type * as v from "valibot";
import type { OperationId } from "../routes";
import { Pod, PodList } from "./pod";
import { ExecResult, PodExecParams, VmExecParams } from "./exec";
import { PodCreateParams } from "./pod-create";
import { PodEventList, PodLogsParams, PodMetrics, VmMetrics } from "./pod-observe";
import { Task } from "./task";
import { CreateFromTemplateParams, PodTemplate, SaveTemplateParams } from "./template";
import {
  FirewallRule,
  FirewallRuleList,
  Vm,
  VmConsole,
  VmImageList,
  VmList,
  VmSnapshot,
  VmSnapshotList,
} from "./vm";
import {
  FirewallRuleParams,
  SnapshotCreateParams,
  VmCreateParams,
  VmListParams,
  VmResizeParams,
} from "./vm-params";
import { PodForceParams, PodListParams } from "./pod-params";
import { ProjectList } from "./project";
import { User } from "./user";
import { Volume, VolumeList } from "./volume";
import { VolumeCreateParams, VolumeDeleteParams, VolumeResizeParams } from "./volume-params";
import { WalletBalance } from "./wallet";

/** The schemas of one operation: its parameters (if any) and its JSON response (if any). */
export interface OperationSchemas {
  /** Validates the caller's parameters (body fields or query options) before sending. */
  readonly params?: v.GenericSchema<unknown, unknown>;
  /** Validates the JSON response; absent for routes that answer text or 204. */
  readonly response?: v.GenericSchema<unknown, unknown>;
  /** `true` for routes that answer plain text (logs). */
  readonly text?: true;
}

/**
 * Which schema checks what, per operation of `ROUTES`. The client validates with these; the
 * tests run every fake response through them.
 */
export const OPERATION_SCHEMAS = {
  /** The schemas of `client.auth.whoami()`. */
  "auth.whoami": {
    /** Checks the answer: the user the token belongs to. */
    response: User,
  },
  /** The schemas of `client.pods.create()`. */
  "pods.create": {
    /** Checks the new pod's parameters (the JSON body) before sending. */
    params: PodCreateParams,
    /** Checks the answer: the created pod. */
    response: Pod,
  },
  /** The schemas of `client.pods.list()`. */
  "pods.list": {
    /** Checks the filters (project and status) before sending. */
    params: PodListParams,
    /** Checks the answer: the pods, a bare array. */
    response: PodList,
  },
  /** The schemas of `client.pods.get()`. */
  "pods.get": {
    /** Checks the answer: the pod. */
    response: Pod,
  },
  /** The schemas of `client.pods.start()`. */
  "pods.start": {
    /** Checks the answer: the pod, as the start left it. */
    response: Pod,
  },
  /** The schemas of `client.pods.stop()`. */
  "pods.stop": {
    /** Checks the `force` option before sending. */
    params: PodForceParams,
    /** Checks the answer: the pod, as the stop left it. */
    response: Pod,
  },
  /** The schemas of `client.pods.restart()`. */
  "pods.restart": {
    /** Checks the answer: the pod, as the restart left it. */
    response: Pod,
  },
  /** The schemas of `client.pods.delete()`; the answer is a 204 without a body. */
  "pods.delete": {
    /** Checks the `force` option (which a running pod needs) before sending. */
    params: PodForceParams,
  },
  /** The schemas of `client.pods.exec()`. */
  "pods.exec": {
    /** Checks the command and its time limit (the JSON body) before sending. */
    params: PodExecParams,
    /** Checks the answer: exit code, output and error. */
    response: ExecResult,
  },
  /** The schemas of `client.pods.execAsync()`. */
  "pods.execAsync": {
    /** Checks the command (the JSON body) before sending. */
    params: PodExecParams,
    /** Checks the answer: the task running the command. */
    response: Task,
  },
  /** The schemas of `client.pods.logs()`; the answer is plain text. */
  "pods.logs": {
    /** Checks `tail` before sending. */
    params: PodLogsParams,
    /** Marks the answer as plain text. */
    text: true,
  },
  /** The schemas of `client.pods.logsStream()`; the answer is plain text, one log line per line. */
  "pods.logsStream": {
    /** Checks `tail` before sending. */
    params: PodLogsParams,
    /** Marks the answer as plain text. */
    text: true,
  },
  /** The schemas of `client.pods.metrics()`. */
  "pods.metrics": {
    /** Checks the answer: GPU, CPU and memory usage. */
    response: PodMetrics,
  },
  /** The schemas of `client.pods.events()`. */
  "pods.events": {
    /** Checks the answer: the events, a bare array. */
    response: PodEventList,
  },
  /** The schemas of `client.pods.saveTemplate()`. */
  "pods.saveTemplate": {
    /** Checks the template's name and description (the JSON body) before sending. */
    params: SaveTemplateParams,
    /** Checks the answer: the saved template. */
    response: PodTemplate,
  },
  /** The schemas of `client.pods.createFromTemplate()`. */
  "pods.createFromTemplate": {
    /** Checks the new pod's name (the JSON body) before sending. */
    params: CreateFromTemplateParams,
    /** Checks the answer: the created pod. */
    response: Pod,
  },
  /** The schemas of `client.vms.create()`. */
  "vms.create": {
    /** Checks the new VM's parameters (the JSON body) before sending. */
    params: VmCreateParams,
    /** Checks the answer: the created VM. */
    response: Vm,
  },
  /** The schemas of `client.vms.list()`. */
  "vms.list": {
    /** Checks the filters before sending. */
    params: VmListParams,
    /** Checks the answer: the VMs, a bare array. */
    response: VmList,
  },
  /** The schemas of `client.vms.images()`. */
  "vms.images": {
    /** Checks the answer: the OS images, a bare array. */
    response: VmImageList,
  },
  /** The schemas of `client.vms.get()`. */
  "vms.get": {
    /** Checks the answer: the VM. */
    response: Vm,
  },
  /** The schemas of `client.vms.start()`. */
  "vms.start": {
    /** Checks the answer: the VM, as the start left it. */
    response: Vm,
  },
  /** The schemas of `client.vms.stop()`. */
  "vms.stop": {
    /** Checks the `force` option before sending. */
    params: PodForceParams,
    /** Checks the answer: the VM, as the stop left it. */
    response: Vm,
  },
  /** The schemas of `client.vms.restart()`. */
  "vms.restart": {
    /** Checks the answer: the VM, as the restart left it. */
    response: Vm,
  },
  /** The schemas of `client.vms.delete()`; the answer is a 204 without a body. */
  "vms.delete": {
    /** Checks the `force` option before sending. */
    params: PodForceParams,
  },
  /** The schemas of `client.vms.resize()`. */
  "vms.resize": {
    /** Checks the new sizes (the JSON body) before sending. */
    params: VmResizeParams,
    /** Checks the answer: the resized VM. */
    response: Vm,
  },
  /** The schemas of `client.vms.createSnapshot()`. */
  "vms.createSnapshot": {
    /** Checks the snapshot's name and description (the JSON body) before sending. */
    params: SnapshotCreateParams,
    /** Checks the answer: the snapshot. */
    response: VmSnapshot,
  },
  /** The schemas of `client.vms.snapshots()`. */
  "vms.snapshots": {
    /** Checks the answer: the VM's snapshots, a bare array. */
    response: VmSnapshotList,
  },
  /** The schemas of `client.vms.restoreSnapshot()`. */
  "vms.restoreSnapshot": {
    /** Checks the answer: the task restoring the snapshot. */
    response: Task,
  },
  /** The schemas of `client.vms.deleteSnapshot()`; the answer is a 204 without a body. */
  "vms.deleteSnapshot": {},
  /** The schemas of `client.vms.allocatePublicIp()`. */
  "vms.allocatePublicIp": {
    /** Checks the answer: the VM, with its `public_ip`. */
    response: Vm,
  },
  /** The schemas of `client.vms.releasePublicIp()`. */
  "vms.releasePublicIp": {
    /** Checks the answer: the VM, without a public IP. */
    response: Vm,
  },
  /** The schemas of `client.vms.addFirewallRule()`. */
  "vms.addFirewallRule": {
    /** Checks the rule (the JSON body) before sending. */
    params: FirewallRuleParams,
    /** Checks the answer: the rule, with its id. */
    response: FirewallRule,
  },
  /** The schemas of `client.vms.firewallRules()`. */
  "vms.firewallRules": {
    /** Checks the answer: the rules, a bare array. */
    response: FirewallRuleList,
  },
  /** The schemas of `client.vms.removeFirewallRule()`; the answer is a 204 without a body. */
  "vms.removeFirewallRule": {},
  /** The schemas of `client.vms.metrics()`. */
  "vms.metrics": {
    /** Checks the answer: CPU, memory, disk, network and GPU usage. */
    response: VmMetrics,
  },
  /** The schemas of `client.vms.console()`. */
  "vms.console": {
    /** Checks the answer: the console URL and its expiry. */
    response: VmConsole,
  },
  /** The schemas of `client.vms.exec()`. */
  "vms.exec": {
    /** Checks the command (the JSON body) before sending. */
    params: VmExecParams,
    /** Checks the answer: exit code, output and error. */
    response: ExecResult,
  },
  /** The schemas of `client.tasks.get()`. */
  "tasks.get": {
    /** Checks the answer: the task. */
    response: Task,
  },
  /** The schemas of `client.volumes.create()`. */
  "volumes.create": {
    /** Checks the new volume's name, quota and project (the JSON body) before sending. */
    params: VolumeCreateParams,
    /** Checks the answer: the created volume. */
    response: Volume,
  },
  /** The schemas of `client.volumes.list()`. */
  "volumes.list": {
    /** Checks the answer: the volumes, a bare array. */
    response: VolumeList,
  },
  /** The schemas of `client.volumes.get()`. */
  "volumes.get": {
    /** Checks the answer: the volume. */
    response: Volume,
  },
  /** The schemas of `client.volumes.resize()`. */
  "volumes.resize": {
    /** Checks the new quota (the JSON body) before sending. */
    params: VolumeResizeParams,
    /** Checks the answer: the resized volume. */
    response: Volume,
  },
  /** The schemas of `client.volumes.delete()`; the answer is a 204 without a body. */
  "volumes.delete": {
    /** Checks the `force` option (which a volume holding data needs) before sending. */
    params: VolumeDeleteParams,
  },
  /** The schemas of `client.projects.list()`. */
  "projects.list": {
    /** Checks the answer: the projects, a bare array. */
    response: ProjectList,
  },
  /** The schemas of `client.wallet.balance()`. */
  "wallet.balance": {
    /** Checks the answer: the balance and its currency. */
    response: WalletBalance,
  },
} as const satisfies Record<OperationId, OperationSchemas>;
