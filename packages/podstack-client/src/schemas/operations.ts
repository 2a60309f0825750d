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
import { Bucket, BucketList } from "./bucket";
import { BucketCredentials } from "./bucket-credentials";
import { BucketCreateParams, BucketDeleteParams } from "./bucket-params";

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
 * The type of {@link OPERATION_SCHEMAS}, written out so that the declarations name each schema
 * (`typeof Pod`) instead of expanding it: one entry per operation of `ROUTES`.
 */
export interface OperationSchemaTable extends Record<OperationId, OperationSchemas> {
  /** The schemas of `client.auth.whoami()`. */
  readonly "auth.whoami": {
    /** Checks the answer: the user the token belongs to. */
    readonly response: typeof User;
  };
  /** The schemas of `client.pods.create()`. */
  readonly "pods.create": {
    /** Checks the new pod's parameters (the JSON body) before sending. */
    readonly params: typeof PodCreateParams;
    /** Checks the answer: the created pod. */
    readonly response: typeof Pod;
  };
  /** The schemas of `client.pods.list()`. */
  readonly "pods.list": {
    /** Checks the filters (project and status) before sending. */
    readonly params: typeof PodListParams;
    /** Checks the answer: the pods, a bare array. */
    readonly response: typeof PodList;
  };
  /** The schemas of `client.pods.get()`. */
  readonly "pods.get": {
    /** Checks the answer: the pod. */
    readonly response: typeof Pod;
  };
  /** The schemas of `client.pods.start()`. */
  readonly "pods.start": {
    /** Checks the answer: the pod, as the start left it. */
    readonly response: typeof Pod;
  };
  /** The schemas of `client.pods.stop()`. */
  readonly "pods.stop": {
    /** Checks the `force` option before sending. */
    readonly params: typeof PodForceParams;
    /** Checks the answer: the pod, as the stop left it. */
    readonly response: typeof Pod;
  };
  /** The schemas of `client.pods.restart()`. */
  readonly "pods.restart": {
    /** Checks the answer: the pod, as the restart left it. */
    readonly response: typeof Pod;
  };
  /** The schemas of `client.pods.delete()`; the answer is a 204 without a body. */
  readonly "pods.delete": {
    /** Checks the `force` option (which a running pod needs) before sending. */
    readonly params: typeof PodForceParams;
  };
  /** The schemas of `client.pods.exec()`. */
  readonly "pods.exec": {
    /** Checks the command and its time limit (the JSON body) before sending. */
    readonly params: typeof PodExecParams;
    /** Checks the answer: exit code, output and error. */
    readonly response: typeof ExecResult;
  };
  /** The schemas of `client.pods.execAsync()`. */
  readonly "pods.execAsync": {
    /** Checks the command (the JSON body) before sending. */
    readonly params: typeof PodExecParams;
    /** Checks the answer: the task running the command. */
    readonly response: typeof Task;
  };
  /** The schemas of `client.pods.logs()`; the answer is plain text. */
  readonly "pods.logs": {
    /** Checks `tail` before sending. */
    readonly params: typeof PodLogsParams;
    /** Marks the answer as plain text. */
    readonly text: true;
  };
  /** The schemas of `client.pods.logsStream()`; the answer is plain text, one log line per line. */
  readonly "pods.logsStream": {
    /** Checks `tail` before sending. */
    readonly params: typeof PodLogsParams;
    /** Marks the answer as plain text. */
    readonly text: true;
  };
  /** The schemas of `client.pods.metrics()`. */
  readonly "pods.metrics": {
    /** Checks the answer: GPU, CPU and memory usage. */
    readonly response: typeof PodMetrics;
  };
  /** The schemas of `client.pods.events()`. */
  readonly "pods.events": {
    /** Checks the answer: the events, a bare array. */
    readonly response: typeof PodEventList;
  };
  /** The schemas of `client.pods.saveTemplate()`. */
  readonly "pods.saveTemplate": {
    /** Checks the template's name and description (the JSON body) before sending. */
    readonly params: typeof SaveTemplateParams;
    /** Checks the answer: the saved template. */
    readonly response: typeof PodTemplate;
  };
  /** The schemas of `client.pods.createFromTemplate()`. */
  readonly "pods.createFromTemplate": {
    /** Checks the new pod's name (the JSON body) before sending. */
    readonly params: typeof CreateFromTemplateParams;
    /** Checks the answer: the created pod. */
    readonly response: typeof Pod;
  };
  /** The schemas of `client.vms.create()`. */
  readonly "vms.create": {
    /** Checks the new VM's parameters (the JSON body) before sending. */
    readonly params: typeof VmCreateParams;
    /** Checks the answer: the created VM. */
    readonly response: typeof Vm;
  };
  /** The schemas of `client.vms.list()`. */
  readonly "vms.list": {
    /** Checks the filters before sending. */
    readonly params: typeof VmListParams;
    /** Checks the answer: the VMs, a bare array. */
    readonly response: typeof VmList;
  };
  /** The schemas of `client.vms.images()`. */
  readonly "vms.images": {
    /** Checks the answer: the OS images, a bare array. */
    readonly response: typeof VmImageList;
  };
  /** The schemas of `client.vms.get()`. */
  readonly "vms.get": {
    /** Checks the answer: the VM. */
    readonly response: typeof Vm;
  };
  /** The schemas of `client.vms.start()`. */
  readonly "vms.start": {
    /** Checks the answer: the VM, as the start left it. */
    readonly response: typeof Vm;
  };
  /** The schemas of `client.vms.stop()`. */
  readonly "vms.stop": {
    /** Checks the `force` option before sending. */
    readonly params: typeof PodForceParams;
    /** Checks the answer: the VM, as the stop left it. */
    readonly response: typeof Vm;
  };
  /** The schemas of `client.vms.restart()`. */
  readonly "vms.restart": {
    /** Checks the answer: the VM, as the restart left it. */
    readonly response: typeof Vm;
  };
  /** The schemas of `client.vms.delete()`; the answer is a 204 without a body. */
  readonly "vms.delete": {
    /** Checks the `force` option before sending. */
    readonly params: typeof PodForceParams;
  };
  /** The schemas of `client.vms.resize()`. */
  readonly "vms.resize": {
    /** Checks the new sizes (the JSON body) before sending. */
    readonly params: typeof VmResizeParams;
    /** Checks the answer: the resized VM. */
    readonly response: typeof Vm;
  };
  /** The schemas of `client.vms.createSnapshot()`. */
  readonly "vms.createSnapshot": {
    /** Checks the snapshot's name and description (the JSON body) before sending. */
    readonly params: typeof SnapshotCreateParams;
    /** Checks the answer: the snapshot. */
    readonly response: typeof VmSnapshot;
  };
  /** The schemas of `client.vms.snapshots()`. */
  readonly "vms.snapshots": {
    /** Checks the answer: the VM's snapshots, a bare array. */
    readonly response: typeof VmSnapshotList;
  };
  /** The schemas of `client.vms.restoreSnapshot()`. */
  readonly "vms.restoreSnapshot": {
    /** Checks the answer: the task restoring the snapshot. */
    readonly response: typeof Task;
  };
  /** The schemas of `client.vms.deleteSnapshot()`; the answer is a 204 without a body. */
  readonly "vms.deleteSnapshot": {};
  /** The schemas of `client.vms.allocatePublicIp()`. */
  readonly "vms.allocatePublicIp": {
    /** Checks the answer: the VM, with its `public_ip`. */
    readonly response: typeof Vm;
  };
  /** The schemas of `client.vms.releasePublicIp()`. */
  readonly "vms.releasePublicIp": {
    /** Checks the answer: the VM, without a public IP. */
    readonly response: typeof Vm;
  };
  /** The schemas of `client.vms.addFirewallRule()`. */
  readonly "vms.addFirewallRule": {
    /** Checks the rule (the JSON body) before sending. */
    readonly params: typeof FirewallRuleParams;
    /** Checks the answer: the rule, with its id. */
    readonly response: typeof FirewallRule;
  };
  /** The schemas of `client.vms.firewallRules()`. */
  readonly "vms.firewallRules": {
    /** Checks the answer: the rules, a bare array. */
    readonly response: typeof FirewallRuleList;
  };
  /** The schemas of `client.vms.removeFirewallRule()`; the answer is a 204 without a body. */
  readonly "vms.removeFirewallRule": {};
  /** The schemas of `client.vms.metrics()`. */
  readonly "vms.metrics": {
    /** Checks the answer: CPU, memory, disk, network and GPU usage. */
    readonly response: typeof VmMetrics;
  };
  /** The schemas of `client.vms.console()`. */
  readonly "vms.console": {
    /** Checks the answer: the console URL and its expiry. */
    readonly response: typeof VmConsole;
  };
  /** The schemas of `client.vms.exec()`. */
  readonly "vms.exec": {
    /** Checks the command (the JSON body) before sending. */
    readonly params: typeof VmExecParams;
    /** Checks the answer: exit code, output and error. */
    readonly response: typeof ExecResult;
  };
  /** The schemas of `client.tasks.get()`. */
  readonly "tasks.get": {
    /** Checks the answer: the task. */
    readonly response: typeof Task;
  };
  /** The schemas of `client.volumes.create()`. */
  readonly "volumes.create": {
    /** Checks the new volume's name, quota and project (the JSON body) before sending. */
    readonly params: typeof VolumeCreateParams;
    /** Checks the answer: the created volume. */
    readonly response: typeof Volume;
  };
  /** The schemas of `client.volumes.list()`. */
  readonly "volumes.list": {
    /** Checks the answer: the volumes, a bare array. */
    readonly response: typeof VolumeList;
  };
  /** The schemas of `client.volumes.get()`. */
  readonly "volumes.get": {
    /** Checks the answer: the volume. */
    readonly response: typeof Volume;
  };
  /** The schemas of `client.volumes.resize()`. */
  readonly "volumes.resize": {
    /** Checks the new quota (the JSON body) before sending. */
    readonly params: typeof VolumeResizeParams;
    /** Checks the answer: the resized volume. */
    readonly response: typeof Volume;
  };
  /** The schemas of `client.volumes.delete()`; the answer is a 204 without a body. */
  readonly "volumes.delete": {
    /** Checks the `force` option (which a volume holding data needs) before sending. */
    readonly params: typeof VolumeDeleteParams;
  };
  /** The schemas of `client.projects.list()`. */
  readonly "projects.list": {
    /** Checks the answer: the projects, a bare array. */
    readonly response: typeof ProjectList;
  };
  /** The schemas of `client.wallet.balance()`. */
  readonly "wallet.balance": {
    /** Checks the answer: the balance and its currency. */
    readonly response: typeof WalletBalance;
  };
  /** The schemas of `client.buckets.create()`. */
  readonly "buckets.create": {
    /** Checks the new bucket's name and visibility (the JSON body) before sending. */
    readonly params: typeof BucketCreateParams;
    /** Checks the answer: the created bucket. */
    readonly response: typeof Bucket;
  };
  /** The schemas of `client.buckets.list()`. */
  readonly "buckets.list": {
    /** Checks the answer: the buckets, a bare array. */
    readonly response: typeof BucketList;
  };
  /** The schemas of `client.buckets.get()`. */
  readonly "buckets.get": {
    /** Checks the answer: the bucket. */
    readonly response: typeof Bucket;
  };
  /** The schemas of `client.buckets.delete()`; the answer is a 204 without a body. */
  readonly "buckets.delete": {
    /** Checks the `force` option (which a bucket holding objects needs) before sending. */
    readonly params: typeof BucketDeleteParams;
  };
  /** The schemas of `client.buckets.getCredentials()`. */
  readonly "buckets.getCredentials": {
    /** Checks the answer and wraps the secret key in a `Secret`. */
    readonly response: typeof BucketCredentials;
  };
}

/**
 * Which schema checks what, per operation of `ROUTES`. The client validates with these; the
 * tests run every fake response through them.
 */
export const OPERATION_SCHEMAS: OperationSchemaTable = {
  "auth.whoami": {
    response: User,
  },
  "pods.create": {
    params: PodCreateParams,
    response: Pod,
  },
  "pods.list": {
    params: PodListParams,
    response: PodList,
  },
  "pods.get": {
    response: Pod,
  },
  "pods.start": {
    response: Pod,
  },
  "pods.stop": {
    params: PodForceParams,
    response: Pod,
  },
  "pods.restart": {
    response: Pod,
  },
  "pods.delete": {
    params: PodForceParams,
  },
  "pods.exec": {
    params: PodExecParams,
    response: ExecResult,
  },
  "pods.execAsync": {
    params: PodExecParams,
    response: Task,
  },
  "pods.logs": {
    params: PodLogsParams,
    text: true,
  },
  "pods.logsStream": {
    params: PodLogsParams,
    text: true,
  },
  "pods.metrics": {
    response: PodMetrics,
  },
  "pods.events": {
    response: PodEventList,
  },
  "pods.saveTemplate": {
    params: SaveTemplateParams,
    response: PodTemplate,
  },
  "pods.createFromTemplate": {
    params: CreateFromTemplateParams,
    response: Pod,
  },
  "vms.create": {
    params: VmCreateParams,
    response: Vm,
  },
  "vms.list": {
    params: VmListParams,
    response: VmList,
  },
  "vms.images": {
    response: VmImageList,
  },
  "vms.get": {
    response: Vm,
  },
  "vms.start": {
    response: Vm,
  },
  "vms.stop": {
    params: PodForceParams,
    response: Vm,
  },
  "vms.restart": {
    response: Vm,
  },
  "vms.delete": {
    params: PodForceParams,
  },
  "vms.resize": {
    params: VmResizeParams,
    response: Vm,
  },
  "vms.createSnapshot": {
    params: SnapshotCreateParams,
    response: VmSnapshot,
  },
  "vms.snapshots": {
    response: VmSnapshotList,
  },
  "vms.restoreSnapshot": {
    response: Task,
  },
  "vms.deleteSnapshot": {},
  "vms.allocatePublicIp": {
    response: Vm,
  },
  "vms.releasePublicIp": {
    response: Vm,
  },
  "vms.addFirewallRule": {
    params: FirewallRuleParams,
    response: FirewallRule,
  },
  "vms.firewallRules": {
    response: FirewallRuleList,
  },
  "vms.removeFirewallRule": {},
  "vms.metrics": {
    response: VmMetrics,
  },
  "vms.console": {
    response: VmConsole,
  },
  "vms.exec": {
    params: VmExecParams,
    response: ExecResult,
  },
  "tasks.get": {
    response: Task,
  },
  "volumes.create": {
    params: VolumeCreateParams,
    response: Volume,
  },
  "volumes.list": {
    response: VolumeList,
  },
  "volumes.get": {
    response: Volume,
  },
  "volumes.resize": {
    params: VolumeResizeParams,
    response: Volume,
  },
  "volumes.delete": {
    params: VolumeDeleteParams,
  },
  "projects.list": {
    response: ProjectList,
  },
  "wallet.balance": {
    response: WalletBalance,
  },
  /** The schemas of `client.buckets.create()`. */
  "buckets.create": {
    /** Checks the new bucket's name and visibility (the JSON body) before sending. */
    params: BucketCreateParams,
    /** Checks the answer: the created bucket. */
    response: Bucket,
  },
  /** The schemas of `client.buckets.list()`. */
  "buckets.list": {
    /** Checks the answer: the buckets, a bare array. */
    response: BucketList,
  },
  /** The schemas of `client.buckets.get()`. */
  "buckets.get": {
    /** Checks the answer: the bucket. */
    response: Bucket,
  },
  /** The schemas of `client.buckets.delete()`; the answer is a 204 without a body. */
  "buckets.delete": {
    /** Checks the `force` option (which a bucket holding objects needs) before sending. */
    params: BucketDeleteParams,
  },
  /** The schemas of `client.buckets.getCredentials()`. */
  "buckets.getCredentials": {
    /** Checks the answer and wraps the secret key in a `Secret`. */
    response: BucketCredentials,
  },
};
