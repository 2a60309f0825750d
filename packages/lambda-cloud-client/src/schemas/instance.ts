import * as v from "valibot";
import { openEnum } from "@cloud-sdk/auth-core";
import { dataEnvelope } from "./envelope.js";
import { InstanceType } from "./instance-type.js";
import { Region } from "./region.js";

/**
 * An instance's lifecycle state. Open: third-party clients have seen values outside the spec
 * (`"error"`), so an unknown status is kept rather than rejected.
 */
export const InstanceStatus = openEnum([
  "booting",
  "active",
  "unhealthy",
  "terminated",
  "terminating",
  "preempted",
] as const);
/** See {@link InstanceStatus}. */
export type InstanceStatus = v.InferOutput<typeof InstanceStatus>;

/** Why an instance action is unavailable. Open: `vm-action-in-progress` arrived in 1.10.0. */
export const InstanceActionUnavailableCode = openEnum([
  "vm-has-not-launched",
  "vm-is-too-old",
  "vm-is-terminating",
  "vm-action-in-progress",
] as const);
/** See {@link InstanceActionUnavailableCode}. */
export type InstanceActionUnavailableCode = v.InferOutput<typeof InstanceActionUnavailableCode>;

/** Whether one action can run now, and if not, why. */
export const InstanceActionAvailabilityDetails = v.looseObject({
  /** `true` when the action can run now. */
  available: v.boolean(),
  /** Why it cannot; only present when `available` is `false`. */
  reason_code: v.optional(InstanceActionUnavailableCode),
  /** A longer explanation; only present when `available` is `false`. */
  reason_description: v.optional(v.string()),
});
/** See {@link InstanceActionAvailabilityDetails}. */
export type InstanceActionAvailabilityDetails = {
  [K in keyof v.InferOutput<typeof InstanceActionAvailabilityDetails>]: v.InferOutput<typeof InstanceActionAvailabilityDetails>[K];
};

/** The availability of each common instance action. */
export const InstanceActionAvailability = v.looseObject({
  /** Whether the instance can be migrated now. */
  migrate: InstanceActionAvailabilityDetails,
  /** Whether the instance can be rebuilt now. */
  rebuild: InstanceActionAvailabilityDetails,
  /** Whether the instance can be restarted now. */
  restart: InstanceActionAvailabilityDetails,
  /** Whether the instance can be cold-rebooted now. */
  cold_reboot: InstanceActionAvailabilityDetails,
  /** Whether the instance can be terminated now. */
  terminate: InstanceActionAvailabilityDetails,
});
/** See {@link InstanceActionAvailability}. */
export type InstanceActionAvailability = {
  [K in keyof v.InferOutput<typeof InstanceActionAvailability>]: v.InferOutput<typeof InstanceActionAvailability>[K];
};

/** A filesystem mounted on an instance, with where it is mounted. */
export const FilesystemMountEntry = v.looseObject({
  /** The absolute path the filesystem is mounted at on the instance. */
  mount_point: v.string(),
  /** The id of the mounted filesystem. */
  file_system_id: v.string(),
});
/** See {@link FilesystemMountEntry}. */
export type FilesystemMountEntry = {
  [K in keyof v.InferOutput<typeof FilesystemMountEntry>]: v.InferOutput<typeof FilesystemMountEntry>[K];
};

/** A key/value tag on an instance. */
export const TagEntry = v.looseObject({
  /** The tag's key. */
  key: v.string(),
  /** The tag's value. */
  value: v.string(),
});
/** See {@link TagEntry}. */
export type TagEntry = { [K in keyof v.InferOutput<typeof TagEntry>]: v.InferOutput<typeof TagEntry>[K] };

/** A reference to a firewall ruleset, by id. */
export const FirewallRulesetEntry = v.looseObject({
  /** The id of the firewall ruleset. */
  id: v.string(),
});
/** See {@link FirewallRulesetEntry}. */
export type FirewallRulesetEntry = {
  [K in keyof v.InferOutput<typeof FirewallRulesetEntry>]: v.InferOutput<typeof FirewallRulesetEntry>[K];
};

/**
 * An instance. `ip`, `private_ip`, `hostname` and `jupyter_*` are absent while it boots (and
 * `private_ip` on some types); `file_system_mounts` is absent when nothing is mounted.
 *
 * @example
 * ```ts
 * const instance = v.parse(Instance, body.data);
 * if (instance.status === "active" && instance.ip) ssh(instance.ip);
 * ```
 */
export const Instance = v.looseObject({
  /** The instance's unique id, used in `/instances/{id}`. */
  id: v.string(),
  /** The name given at launch or by `update`, if any. */
  name: v.optional(v.string()),
  /** The public IPv4 address; absent while booting. */
  ip: v.optional(v.string()),
  /** The private IPv4 address; absent while booting and on some instance types. */
  private_ip: v.optional(v.string()),
  /** Where the instance is in its lifecycle. */
  status: InstanceStatus,
  /** The names of the SSH keys that can log in. */
  ssh_key_names: v.array(v.string()),
  /** The names of the mounted filesystems; empty when none is mounted. */
  file_system_names: v.array(v.string()),
  /** Each mounted filesystem with its path; absent when none is mounted. */
  file_system_mounts: v.optional(v.array(FilesystemMountEntry)),
  /** The region the instance runs in. */
  region: Region,
  /** The instance's type, with its price and hardware. */
  instance_type: InstanceType,
  /** The hostname assigned to the instance, which resolves to its IP; absent while booting. */
  hostname: v.optional(v.string()),
  /** The secret token of the instance's JupyterLab server; absent while booting. */
  jupyter_token: v.optional(v.string()),
  /** The URL that opens JupyterLab on the instance; absent while booting. */
  jupyter_url: v.optional(v.string()),
  /** Which common actions (restart, terminate, …) can run now, and why not. */
  actions: InstanceActionAvailability,
  /** The instance's key/value tags. */
  tags: v.optional(v.array(TagEntry)),
  /** The firewall rulesets attached to the instance. */
  firewall_rulesets: v.optional(v.array(FirewallRulesetEntry)),
});
/** See {@link Instance}. */
export type Instance = { [K in keyof v.InferOutput<typeof Instance>]: v.InferOutput<typeof Instance>[K] };

/** `GET /instances`: `{"data": Instance[]}`. */
export const ListInstancesResponseBody = dataEnvelope(v.array(Instance));
/** See {@link ListInstancesResponseBody}. */
export type ListInstancesResponseBody = {
  [K in keyof v.InferOutput<typeof ListInstancesResponseBody>]: v.InferOutput<typeof ListInstancesResponseBody>[K];
};

/** `GET /instances/{id}` and `POST /instances/{id}`: `{"data": Instance}`. */
export const InstanceResponseBody = dataEnvelope(Instance);
/** See {@link InstanceResponseBody}. */
export type InstanceResponseBody = {
  [K in keyof v.InferOutput<typeof InstanceResponseBody>]: v.InferOutput<typeof InstanceResponseBody>[K];
};
