import * as v from "valibot";

const positive = (field: string) =>
  v.pipe(v.number(), v.finite(), v.gtValue(0, `${field} must be greater than 0`));
const wholeCount = (field: string) =>
  v.pipe(v.number(), v.integer(`${field} must be a whole number`), v.minValue(0, `${field} must not be negative`));
const nonEmpty = (field: string) => v.pipe(v.string(), v.nonEmpty(`${field} must not be empty`));
const projectId = v.optional(v.pipe(v.string(), v.nonEmpty()));

/**
 * The body of `vms.create`. Every name is [doc] (the SDK's `vms.create(...)`, full
 * configuration); that the JSON body uses them is [assumed]. Strict: an unknown key is refused
 * before sending.
 *
 * @example
 * ```ts
 * v.parse(VmCreateParams, { name: "my-vm", os: "ubuntu-22.04", cpu: 4, memory: 16, disk: 100 });
 * ```
 */
export const VmCreateParams = v.strictObject({
  /** The VM's name [doc]. */
  name: nonEmpty("name"),
  /** The OS image id, e.g. `ubuntu-22.04` (see `vms.images()`) [doc]. */
  os: nonEmpty("os"),
  /** vCPUs [doc]. */
  cpu: v.optional(positive("cpu")),
  /** Memory, GB [doc]. */
  memory: v.optional(positive("memory")),
  /** Disk, GB [doc]. */
  disk: v.optional(positive("disk")),
  /** The GPU model, e.g. `A100` [doc]. */
  gpu_type: v.optional(v.string()),
  /** How many GPUs [doc]. */
  gpu_count: v.optional(wholeCount("gpu_count")),
  /** Give the VM a public IP address [doc]. */
  public_ip: v.optional(v.boolean()),
  /** SSH keys to install, by id [doc]. */
  ssh_key_ids: v.optional(v.array(nonEmpty("ssh_key_ids entries"))),
  /** A startup script [doc]. */
  user_data: v.optional(v.string()),
  /** Key/value labels [doc]. */
  labels: v.optional(v.record(v.string(), v.string())),
  /** The project to create the VM in, instead of the client's [doc]. */
  project_id: projectId,
});

/** Parameters of `vms.create`; see {@link VmCreateParams}. */
export type VmCreateParams = {
  [K in keyof v.InferInput<typeof VmCreateParams>]: v.InferInput<typeof VmCreateParams>[K];
};

/**
 * Filters of `vms.list` [doc: `vms.list(project_id=, status=)`]; `status` goes in the query string
 * as given [assumed].
 *
 * @example
 * ```ts
 * v.parse(VmListParams, { status: "running" });
 * ```
 */
export const VmListParams = v.strictObject({
  /** List the VMs of this project instead of the client's [doc]. */
  project_id: projectId,
  /** Only the VMs in this status [doc]. */
  status: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Filters of `vms.list`; see {@link VmListParams}. */
export type VmListParams = {
  [K in keyof v.InferInput<typeof VmListParams>]: v.InferInput<typeof VmListParams>[K];
};

/**
 * The body of `vms.resize` [doc: `vms.resize(id, cpu=, memory=, disk=)`; "disk can only be
 * increased"; the VM is stopped first]. Absolute values, so the call is safe to repeat;
 * `vms.resize` also refuses a call without any size.
 *
 * @example
 * ```ts
 * v.parse(VmResizeParams, { cpu: 8, memory: 32, disk: 200 });
 * ```
 */
export const VmResizeParams = v.strictObject({
  /** New vCPU count [doc]. */
  cpu: v.optional(positive("cpu")),
  /** New memory, GB [doc]. */
  memory: v.optional(positive("memory")),
  /** New disk, GB; larger than today's only [doc]. */
  disk: v.optional(positive("disk")),
  /** The VM's project, instead of the client's [assumed]. */
  project_id: projectId,
});

/** Parameters of `vms.resize`; see {@link VmResizeParams}. */
export type VmResizeParams = {
  [K in keyof v.InferInput<typeof VmResizeParams>]: v.InferInput<typeof VmResizeParams>[K];
};

/**
 * The body of `vms.createSnapshot` [doc: `vms.create_snapshot(vm_id, name, description)`].
 *
 * @example
 * ```ts
 * v.parse(SnapshotCreateParams, { name: "before-upgrade" });
 * ```
 */
export const SnapshotCreateParams = v.strictObject({
  /** The snapshot's name [doc]. */
  name: nonEmpty("name"),
  /** What it is for [doc]. */
  description: v.optional(v.string()),
  /** The VM's project, instead of the client's [assumed]. */
  project_id: projectId,
});

/** Parameters of `vms.createSnapshot`; see {@link SnapshotCreateParams}. */
export type SnapshotCreateParams = {
  [K in keyof v.InferInput<typeof SnapshotCreateParams>]: v.InferInput<typeof SnapshotCreateParams>[K];
};

/**
 * The body of `vms.addFirewallRule` [doc: `add_firewall_rule(vm_id, protocol="tcp", port=443,
 * source="0.0.0.0/0")`].
 *
 * @example
 * ```ts
 * v.parse(FirewallRuleParams, { protocol: "tcp", port: 443, source: "0.0.0.0/0" });
 * ```
 */
export const FirewallRuleParams = v.strictObject({
  /** `tcp` or `udp` (others passed as given) [doc]. */
  protocol: nonEmpty("protocol"),
  /** The port, 1-65535 [doc]. */
  port: v.pipe(v.number(), v.integer("port must be a whole number"), v.minValue(1), v.maxValue(65535)),
  /** Where traffic may come from, as a CIDR; the server's default when absent [doc]. */
  source: v.optional(nonEmpty("source")),
  /** The VM's project, instead of the client's [assumed]. */
  project_id: projectId,
});

/** Parameters of `vms.addFirewallRule`; see {@link FirewallRuleParams}. */
export type FirewallRuleParams = {
  [K in keyof v.InferInput<typeof FirewallRuleParams>]: v.InferInput<typeof FirewallRuleParams>[K];
};
