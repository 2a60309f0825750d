import * as v from "valibot";

/**
 * A virtual machine, as `vms.get`, `vms.list` and `vms.create` answer it. Field names are [doc]
 * (the SDK's VM page prints `id`, `name`, `status`, `public_ip`, `private_ip`, `os`, `cpu`,
 * `memory`, `disk`, `gpu_type`, `gpu_count`); only `id`, `name` and `status` are required, and
 * types and nullability are [assumed]. `status` is kept as sent (the SDK's examples write
 * `"running"`); compare it ignoring case.
 *
 * Podstack removed its VM documentation on 2026-05-24; these names come from the page before.
 *
 * @example
 * ```ts
 * const vm = v.parse(Vm, body);
 * console.log(`ssh root@${vm.public_ip}`);
 * ```
 */
export const Vm = v.looseObject({
  /** The VM's id [doc]. */
  id: v.string(),
  /** The VM's name [doc]. */
  name: v.string(),
  /** Where the VM is in its lifecycle, e.g. `running`, `stopped` [doc; other values assumed]. */
  status: v.string(),
  /** Its public IP address, when it has one [doc]. */
  public_ip: v.nullish(v.string()),
  /** Its private IP address [doc]. */
  private_ip: v.nullish(v.string()),
  /** The OS image, e.g. `ubuntu-22.04` [doc]. */
  os: v.nullish(v.string()),
  /** vCPUs [doc]. */
  cpu: v.nullish(v.number()),
  /** Memory, GB [doc]. */
  memory: v.nullish(v.number()),
  /** Disk, GB [doc]. */
  disk: v.nullish(v.number()),
  /** The GPU model; null without a GPU [doc]. */
  gpu_type: v.nullish(v.string()),
  /** How many GPUs [doc]. */
  gpu_count: v.nullish(v.number()),
  /** The VM's project [assumed]. */
  project_id: v.nullish(v.string()),
  /** The VM's labels [doc as a create parameter]. */
  labels: v.optional(v.record(v.string(), v.string())),
  /** When the VM was created [assumed]. */
  created_at: v.nullish(v.string()),
});

/** A VM; see {@link Vm}. */
export type Vm = { [K in keyof v.InferOutput<typeof Vm>]: v.InferOutput<typeof Vm>[K] };

/** The answer of `vms.list`: a bare array [assumed]. */
export const VmList = v.array(Vm);

/** A list of VMs; see {@link VmList}. */
export type VmList = Vm[];

/**
 * An OS image a VM can run [doc: `name`, `id`, `os_family`, `os_version`, `gpu_support`].
 *
 * @example
 * ```ts
 * const images = v.parse(VmImageList, body);
 * images.filter((image) => image.gpu_support).map((image) => image.id);
 * ```
 */
export const VmImage = v.looseObject({
  /** The image id, e.g. `ubuntu-22.04-cuda` [doc]. */
  id: v.string(),
  /** Its display name [doc]. */
  name: v.string(),
  /** e.g. `ubuntu` [doc]. */
  os_family: v.nullish(v.string()),
  /** e.g. `22.04` [doc]. */
  os_version: v.nullish(v.string()),
  /** Whether GPUs work with it [doc]. */
  gpu_support: v.nullish(v.boolean()),
});

/** An OS image; see {@link VmImage}. */
export type VmImage = { [K in keyof v.InferOutput<typeof VmImage>]: v.InferOutput<typeof VmImage>[K] };

/** The answer of `vms.images`: a bare array [assumed]. */
export const VmImageList = v.array(VmImage);

/** A list of OS images; see {@link VmImageList}. */
export type VmImageList = VmImage[];

/**
 * A VM snapshot [doc: `id`, `name`, `created_at`, `size_gb`].
 *
 * @example
 * ```ts
 * const snapshot = v.parse(VmSnapshot, body);
 * console.log(`${snapshot.name}: ${snapshot.size_gb} GB`);
 * ```
 */
export const VmSnapshot = v.looseObject({
  /** The snapshot's id [doc]. */
  id: v.string(),
  /** Its name [doc]. */
  name: v.string(),
  /** Its description [doc as a parameter]. */
  description: v.nullish(v.string()),
  /** When it was taken [doc]. */
  created_at: v.nullish(v.string()),
  /** Its size, GB [doc]. */
  size_gb: v.nullish(v.number()),
  /** The VM it belongs to [assumed]. */
  vm_id: v.nullish(v.string()),
  /** e.g. `available` [assumed]. */
  status: v.nullish(v.string()),
});

/** A VM snapshot; see {@link VmSnapshot}. */
export type VmSnapshot = {
  [K in keyof v.InferOutput<typeof VmSnapshot>]: v.InferOutput<typeof VmSnapshot>[K];
};

/** The answer of `vms.snapshots`: a bare array [assumed]. */
export const VmSnapshotList = v.array(VmSnapshot);

/** A list of snapshots; see {@link VmSnapshotList}. */
export type VmSnapshotList = VmSnapshot[];

/**
 * A firewall rule of a VM [doc as parameters: `protocol`, `port`, `source`; the id is implied by
 * `remove_firewall_rule(vm_id, rule_id)`]. `port` may come back as a range string [assumed].
 *
 * @example
 * ```ts
 * const rule = v.parse(FirewallRule, body);
 * await client.vms.removeFirewallRule("vm-1", rule.id);
 * ```
 */
export const FirewallRule = v.looseObject({
  /** The rule's id [assumed name]. */
  id: v.string(),
  /** `tcp`, `udp`, … [doc]. */
  protocol: v.string(),
  /** The port (or a range such as `"8000-8100"`) [doc; range assumed]. */
  port: v.union([v.number(), v.string()]),
  /** Where traffic may come from, a CIDR such as `0.0.0.0/0` [doc]. */
  source: v.nullish(v.string()),
});

/** A firewall rule; see {@link FirewallRule}. */
export type FirewallRule = {
  [K in keyof v.InferOutput<typeof FirewallRule>]: v.InferOutput<typeof FirewallRule>[K];
};

/** The answer of `vms.firewallRules`: a bare array [assumed]. */
export const FirewallRuleList = v.array(FirewallRule);

/** A list of firewall rules; see {@link FirewallRuleList}. */
export type FirewallRuleList = FirewallRule[];

/**
 * A VM's VNC console [doc: `url`, `expires_at`].
 *
 * @example
 * ```ts
 * const console = v.parse(VmConsole, body);
 * open(console.url);
 * ```
 */
export const VmConsole = v.looseObject({
  /** The console's URL [doc]. */
  url: v.string(),
  /** When the URL stops working [doc]. */
  expires_at: v.nullish(v.string()),
});

/** A VM console; see {@link VmConsole}. */
export type VmConsole = {
  [K in keyof v.InferOutput<typeof VmConsole>]: v.InferOutput<typeof VmConsole>[K];
};
