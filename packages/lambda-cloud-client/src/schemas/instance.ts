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
  available: v.boolean(),
  reason_code: v.optional(InstanceActionUnavailableCode),
  reason_description: v.optional(v.string()),
});
/** See {@link InstanceActionAvailabilityDetails}. */
export type InstanceActionAvailabilityDetails = v.InferOutput<typeof InstanceActionAvailabilityDetails>;

/** The availability of each common instance action. */
export const InstanceActionAvailability = v.looseObject({
  migrate: InstanceActionAvailabilityDetails,
  rebuild: InstanceActionAvailabilityDetails,
  restart: InstanceActionAvailabilityDetails,
  cold_reboot: InstanceActionAvailabilityDetails,
  terminate: InstanceActionAvailabilityDetails,
});
/** See {@link InstanceActionAvailability}. */
export type InstanceActionAvailability = v.InferOutput<typeof InstanceActionAvailability>;

/** A filesystem mounted on an instance, with where it is mounted. */
export const FilesystemMountEntry = v.looseObject({
  mount_point: v.string(),
  file_system_id: v.string(),
});
/** See {@link FilesystemMountEntry}. */
export type FilesystemMountEntry = v.InferOutput<typeof FilesystemMountEntry>;

/** A key/value tag on an instance. */
export const TagEntry = v.looseObject({ key: v.string(), value: v.string() });
/** See {@link TagEntry}. */
export type TagEntry = v.InferOutput<typeof TagEntry>;

/** A reference to a firewall ruleset, by id. */
export const FirewallRulesetEntry = v.looseObject({ id: v.string() });
/** See {@link FirewallRulesetEntry}. */
export type FirewallRulesetEntry = v.InferOutput<typeof FirewallRulesetEntry>;

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
  id: v.string(),
  name: v.optional(v.string()),
  ip: v.optional(v.string()),
  private_ip: v.optional(v.string()),
  status: InstanceStatus,
  ssh_key_names: v.array(v.string()),
  file_system_names: v.array(v.string()),
  file_system_mounts: v.optional(v.array(FilesystemMountEntry)),
  region: Region,
  instance_type: InstanceType,
  hostname: v.optional(v.string()),
  jupyter_token: v.optional(v.string()),
  jupyter_url: v.optional(v.string()),
  actions: InstanceActionAvailability,
  tags: v.optional(v.array(TagEntry)),
  firewall_rulesets: v.optional(v.array(FirewallRulesetEntry)),
});
/** See {@link Instance}. */
export type Instance = v.InferOutput<typeof Instance>;

/** `GET /instances`: `{"data": Instance[]}`. */
export const ListInstancesResponseBody = dataEnvelope(v.array(Instance));
/** See {@link ListInstancesResponseBody}. */
export type ListInstancesResponseBody = v.InferOutput<typeof ListInstancesResponseBody>;

/** `GET /instances/{id}` and `POST /instances/{id}`: `{"data": Instance}`. */
export const InstanceResponseBody = dataEnvelope(Instance);
/** See {@link InstanceResponseBody}. */
export type InstanceResponseBody = v.InferOutput<typeof InstanceResponseBody>;
