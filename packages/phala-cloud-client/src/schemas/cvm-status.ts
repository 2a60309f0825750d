import * as v from "valibot";
import { CvmNetworkUrls, CvmStatus } from "./cvm-common";

/** `GET /cvms/{id}/state`: the VM's live state as the node reports it. */
export const CvmState = v.looseObject({
  id: v.nullish(v.string()),
  instance_id: v.nullish(v.string()),
  name: v.string(),
  status: CvmStatus,
  uptime: v.nullish(v.string()),
  exited_at: v.nullish(v.string()),
  boot_progress: v.nullish(v.string()),
  boot_error: v.nullish(v.string()),
  shutdown_progress: v.nullish(v.string()),
});
/** See {@link CvmState}. */
export type CvmState = v.InferOutput<typeof CvmState>;

/** A disk in {@link CvmSysInfo}. */
export const CvmDiskInfo = v.looseObject({
  name: v.optional(v.string()),
  mount_point: v.optional(v.string()),
  total_size: v.number(),
  free_size: v.number(),
});
/** See {@link CvmDiskInfo}. */
export type CvmDiskInfo = v.InferOutput<typeof CvmDiskInfo>;

/**
 * `sysinfo` of `GET /cvms/{id}/stats`, from the dstack guest agent (memory in bytes, uptime in
 * seconds, load averages × 100).
 */
export const CvmSysInfo = v.looseObject({
  os_name: v.string(),
  os_version: v.string(),
  kernel_version: v.string(),
  cpu_model: v.string(),
  num_cpus: v.number(),
  total_memory: v.number(),
  available_memory: v.optional(v.number()),
  used_memory: v.number(),
  free_memory: v.number(),
  total_swap: v.number(),
  used_swap: v.optional(v.number()),
  free_swap: v.optional(v.number()),
  uptime: v.number(),
  loadavg_one: v.number(),
  loadavg_five: v.number(),
  loadavg_fifteen: v.number(),
  disks: v.array(CvmDiskInfo),
});
/** See {@link CvmSysInfo}. */
export type CvmSysInfo = v.InferOutput<typeof CvmSysInfo>;

/** `GET /cvms/{id}/stats`. `sysinfo` is `null` when the VM is offline or does not share it. */
export const CvmStats = v.looseObject({
  is_online: v.boolean(),
  is_public: v.optional(v.boolean()),
  error: v.nullable(v.string()),
  sysinfo: v.nullable(CvmSysInfo),
  status: v.nullable(CvmStatus),
  in_progress: v.boolean(),
  boot_progress: v.nullable(v.string()),
  boot_error: v.nullable(v.string()),
});
/** See {@link CvmStats}. */
export type CvmStats = v.InferOutput<typeof CvmStats>;

/** `GET /cvms/{id}/network`. */
export const CvmNetwork = v.looseObject({
  is_online: v.boolean(),
  is_public: v.optional(v.boolean()),
  error: v.nullable(v.string()),
  internal_ip: v.nullable(v.string()),
  latest_handshake: v.nullable(v.string()),
  public_urls: v.nullable(v.array(CvmNetworkUrls)),
});
/** See {@link CvmNetwork}. */
export type CvmNetwork = v.InferOutput<typeof CvmNetwork>;

/** A container in {@link CvmContainersStats} (`created` is a Unix time in seconds). */
export const CvmContainer = v.looseObject({
  id: v.string(),
  names: v.array(v.string()),
  image: v.string(),
  image_id: v.string(),
  command: v.nullish(v.string()),
  created: v.number(),
  state: v.string(),
  status: v.string(),
  log_endpoint: v.nullable(v.string()),
});
/** See {@link CvmContainer}. */
export type CvmContainer = v.InferOutput<typeof CvmContainer>;

/** `GET /cvms/{id}/composition` (`getCvmContainersStats`). */
export const CvmContainersStats = v.looseObject({
  is_online: v.boolean(),
  is_public: v.optional(v.boolean()),
  error: v.nullable(v.string()),
  docker_compose_file: v.nullable(v.string()),
  // The official SDK coerces this; some servers send it as a string.
  manifest_version: v.nullable(v.union([v.number(), v.string()])),
  version: v.nullable(v.string()),
  runner: v.nullable(v.string()),
  features: v.nullable(v.array(v.string())),
  containers: v.nullable(v.array(CvmContainer)),
});
/** See {@link CvmContainersStats}. */
export type CvmContainersStats = v.InferOutput<typeof CvmContainersStats>;
