import * as v from "valibot";

/** A tag to set at launch. Key: lowercase, starts with a letter, up to 55 characters. */
export const RequestedTagEntry = v.strictObject({
  /** The tag's key: lowercase letters, digits, `-` and `:`, starting with a letter, up to 55 characters. */
  key: v.pipe(v.string(), v.maxLength(55), v.regex(/^[a-z][a-z0-9-:]+$/)),
  /** The tag's value, up to 128 characters. */
  value: v.pipe(v.string(), v.maxLength(128)),
});
/** See {@link RequestedTagEntry}. */
export type RequestedTagEntry = {
  [K in keyof v.InferOutput<typeof RequestedTagEntry>]: v.InferOutput<typeof RequestedTagEntry>[K];
};

/** A filesystem to mount at launch, at a path under `/home`, `/lambda/nfs` or `/data`. */
export const RequestedFilesystemMountEntry = v.strictObject({
  /** Where to mount it: an absolute path under `/home`, `/lambda/nfs` or `/data`. */
  mount_point: v.pipe(v.string(), v.maxLength(256), v.regex(/^(\/home|\/lambda\/nfs|\/data)[//a-zA-Z0-9-]*$/)),
  /** The id of the filesystem to mount. */
  file_system_id: v.string(),
});
/** See {@link RequestedFilesystemMountEntry}. */
export type RequestedFilesystemMountEntry = {
  [K in keyof v.InferOutput<typeof RequestedFilesystemMountEntry>]: v.InferOutput<typeof RequestedFilesystemMountEntry>[K];
};

/** Pick the launch image by id (`GET /images`). */
export const ImageSpecificationID = v.strictObject({
  /** The image's id, from `GET /images`. */
  id: v.string(),
});
/** See {@link ImageSpecificationID}. */
export type ImageSpecificationID = {
  [K in keyof v.InferOutput<typeof ImageSpecificationID>]: v.InferOutput<typeof ImageSpecificationID>[K];
};

/** Pick the launch image by family (the latest image of it), e.g. `{ family: "ubuntu-lts" }`. */
export const ImageSpecificationFamily = v.strictObject({
  /** The image family; the latest image of the family is used. */
  family: v.string(),
});
/** See {@link ImageSpecificationFamily}. */
export type ImageSpecificationFamily = {
  [K in keyof v.InferOutput<typeof ImageSpecificationFamily>]: v.InferOutput<typeof ImageSpecificationFamily>[K];
};

/** Cloud-init user data may not exceed 1 MB; 1 MiB is used so that no valid input is refused. */
const USER_DATA_MAX_BYTES = 1024 * 1024;

/**
 * Body of `POST /instance-operations/launch`. Strict, so that a misspelt field is rejected
 * before a billing machine is started without it. Lambda currently requires exactly one SSH key
 * (a server rule, not enforced here so that the client keeps working when it is lifted).
 *
 * @example
 * ```ts
 * const body: LaunchInstanceRequest = {
 *   region_name: "us-west-1",
 *   instance_type_name: "gpu_1x_a10",
 *   ssh_key_names: ["my-public-key"],
 *   name: "training-run-42",
 *   tags: [{ key: "client-token", value: crypto.randomUUID() }],
 * };
 * ```
 */
export const LaunchInstanceRequest = v.strictObject({
  /** The region to launch in, e.g. `us-west-1`. */
  region_name: v.pipe(v.string(), v.minLength(1)),
  /** The instance type to launch, e.g. `gpu_1x_a10` (see `GET /instance-types`). */
  instance_type_name: v.pipe(v.string(), v.minLength(1)),
  /** The SSH keys that can log in; Lambda currently requires exactly one. */
  ssh_key_names: v.array(v.string()),
  /**
   * Filesystems to mount at their default path; a filesystem also listed in `file_system_mounts` is mounted
   * at that path instead.
   */
  file_system_names: v.optional(v.array(v.string())),
  /** Filesystems to mount at a chosen path. */
  file_system_mounts: v.optional(v.array(RequestedFilesystemMountEntry)),
  /**
   * The hostname, written to `/etc/hostname`: up to 63 lowercase letters, digits and hyphens; omitted: one
   * derived from the IP.
   */
  hostname: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(63), v.regex(/^[a-z0-9][0-9a-z-]{0,62}$/))),
  /** A name for the instance, up to 64 characters. */
  name: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** The image to boot, by id or by family; omitted: the latest Lambda Stack image. */
  image: v.optional(v.union([ImageSpecificationID, ImageSpecificationFamily])),
  /** A cloud-init user-data document (plain text, at most 1 MB) to configure the instance at boot. */
  user_data: v.optional(v.pipe(v.string(), v.maxBytes(USER_DATA_MAX_BYTES))),
  /** Key/value tags to set on the instance. */
  tags: v.optional(v.array(RequestedTagEntry)),
  /** Firewall rulesets to attach, by id; they must be in the launch region. */
  firewall_rulesets: v.optional(v.array(v.strictObject({
    /** The id of the firewall ruleset. */
    id: v.string(),
  }))),
});
/** See {@link LaunchInstanceRequest}. */
export type LaunchInstanceRequest = {
  [K in keyof v.InferOutput<typeof LaunchInstanceRequest>]: v.InferOutput<typeof LaunchInstanceRequest>[K];
};

/** Query of `GET /instances`: `cluster_id` keeps only the instances of that 1-Click Cluster. */
export const ListInstancesQuery = v.strictObject({
  /** Only the instances of the 1-Click Cluster with this id. */
  cluster_id: v.optional(v.pipe(v.string(), v.minLength(1))),
});
/** See {@link ListInstancesQuery}. */
export type ListInstancesQuery = {
  [K in keyof v.InferOutput<typeof ListInstancesQuery>]: v.InferOutput<typeof ListInstancesQuery>[K];
};

/** Body of `POST /instances/{id}` (update; note POST, not PATCH). Only the name can change. */
export const UpdateInstanceRequest = v.strictObject({
  /** The new name, up to 64 characters. */
  name: v.optional(v.pipe(v.string(), v.maxLength(64))),
});
/** See {@link UpdateInstanceRequest}. */
export type UpdateInstanceRequest = {
  [K in keyof v.InferOutput<typeof UpdateInstanceRequest>]: v.InferOutput<typeof UpdateInstanceRequest>[K];
};

/** Body of `POST /instance-operations/restart` and `/terminate`: `{ instance_ids }`. */
export const InstanceIdsRequest = v.strictObject({
  /** The ids of the instances to act on. */
  instance_ids: v.array(v.string()),
});
/** See {@link InstanceIdsRequest}. */
export type InstanceIdsRequest = {
  [K in keyof v.InferOutput<typeof InstanceIdsRequest>]: v.InferOutput<typeof InstanceIdsRequest>[K];
};

/** Body of `POST /instance-operations/restart`. */
export const RestartInstancesRequest = InstanceIdsRequest;
/** See {@link RestartInstancesRequest}. */
export type RestartInstancesRequest = InstanceIdsRequest;

/** Body of `POST /instance-operations/terminate`. */
export const TerminateInstancesRequest = InstanceIdsRequest;
/** See {@link TerminateInstancesRequest}. */
export type TerminateInstancesRequest = InstanceIdsRequest;
