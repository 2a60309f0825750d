import * as v from "valibot";

/** A tag to set at launch. Key: lowercase, starts with a letter, up to 55 characters. */
export const RequestedTagEntry = v.strictObject({
  key: v.pipe(v.string(), v.maxLength(55), v.regex(/^[a-z][a-z0-9-:]+$/)),
  value: v.pipe(v.string(), v.maxLength(128)),
});
/** See {@link RequestedTagEntry}. */
export type RequestedTagEntry = v.InferOutput<typeof RequestedTagEntry>;

/** A filesystem to mount at launch, at a path under `/home`, `/lambda/nfs` or `/data`. */
export const RequestedFilesystemMountEntry = v.strictObject({
  mount_point: v.pipe(v.string(), v.maxLength(256), v.regex(/^(\/home|\/lambda\/nfs|\/data)[//a-zA-Z0-9-]*$/)),
  file_system_id: v.string(),
});
/** See {@link RequestedFilesystemMountEntry}. */
export type RequestedFilesystemMountEntry = v.InferOutput<typeof RequestedFilesystemMountEntry>;

/** Pick the launch image by id (`GET /images`). */
export const ImageSpecificationID = v.strictObject({ id: v.string() });
/** See {@link ImageSpecificationID}. */
export type ImageSpecificationID = v.InferOutput<typeof ImageSpecificationID>;

/** Pick the launch image by family (the latest image of it), e.g. `{ family: "ubuntu-lts" }`. */
export const ImageSpecificationFamily = v.strictObject({ family: v.string() });
/** See {@link ImageSpecificationFamily}. */
export type ImageSpecificationFamily = v.InferOutput<typeof ImageSpecificationFamily>;

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
  region_name: v.pipe(v.string(), v.minLength(1)),
  instance_type_name: v.pipe(v.string(), v.minLength(1)),
  ssh_key_names: v.array(v.string()),
  file_system_names: v.optional(v.array(v.string())),
  file_system_mounts: v.optional(v.array(RequestedFilesystemMountEntry)),
  hostname: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(63), v.regex(/^[a-z0-9][0-9a-z-]{0,62}$/))),
  name: v.optional(v.pipe(v.string(), v.maxLength(64))),
  image: v.optional(v.union([ImageSpecificationID, ImageSpecificationFamily])),
  user_data: v.optional(v.pipe(v.string(), v.maxBytes(USER_DATA_MAX_BYTES))),
  tags: v.optional(v.array(RequestedTagEntry)),
  firewall_rulesets: v.optional(v.array(v.strictObject({ id: v.string() }))),
});
/** See {@link LaunchInstanceRequest}. */
export type LaunchInstanceRequest = v.InferOutput<typeof LaunchInstanceRequest>;

/** Query of `GET /instances`: `cluster_id` keeps only the instances of that 1-Click Cluster. */
export const ListInstancesQuery = v.strictObject({
  cluster_id: v.optional(v.pipe(v.string(), v.minLength(1))),
});
/** See {@link ListInstancesQuery}. */
export type ListInstancesQuery = v.InferOutput<typeof ListInstancesQuery>;

/** Body of `POST /instances/{id}` (update; note POST, not PATCH). Only the name can change. */
export const UpdateInstanceRequest = v.strictObject({
  name: v.optional(v.pipe(v.string(), v.maxLength(64))),
});
/** See {@link UpdateInstanceRequest}. */
export type UpdateInstanceRequest = v.InferOutput<typeof UpdateInstanceRequest>;

/** Body of `POST /instance-operations/restart` and `/terminate`: `{ instance_ids }`. */
export const InstanceIdsRequest = v.strictObject({ instance_ids: v.array(v.string()) });
/** See {@link InstanceIdsRequest}. */
export type InstanceIdsRequest = v.InferOutput<typeof InstanceIdsRequest>;

/** Body of `POST /instance-operations/restart`. */
export const RestartInstancesRequest = InstanceIdsRequest;
/** See {@link RestartInstancesRequest}. */
export type RestartInstancesRequest = InstanceIdsRequest;

/** Body of `POST /instance-operations/terminate`. */
export const TerminateInstancesRequest = InstanceIdsRequest;
/** See {@link TerminateInstancesRequest}. */
export type TerminateInstancesRequest = InstanceIdsRequest;
