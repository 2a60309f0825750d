import * as v from "valibot";
import { CvmNetworkUrls, CvmStatus } from "./cvm-common";

/** `GET /cvms/{id}/state`: the VM's live state as the node reports it. */
export const CvmState = v.looseObject({
  /** The CVM's id, when given. */
  id: v.nullish(v.string()),
  /** The CVM's instance id, when it has one. */
  instance_id: v.nullish(v.string()),
  /** The CVM's name. */
  name: v.string(),
  /** The CVM's status as its node reports it. */
  status: CvmStatus,
  /** How long the VM has been up, as text; the format is not documented. */
  uptime: v.nullish(v.string()),
  /** When the VM exited, if it did. */
  exited_at: v.nullish(v.string()),
  /** How far booting has got, as the node words it. */
  boot_progress: v.nullish(v.string()),
  /** Why booting failed, if it did. */
  boot_error: v.nullish(v.string()),
  /** How far shutting down has got, while it shuts down. */
  shutdown_progress: v.nullish(v.string()),
});
/** See {@link CvmState}. */
export type CvmState = { [K in keyof v.InferOutput<typeof CvmState>]: v.InferOutput<typeof CvmState>[K] };

/** A disk in {@link CvmSysInfo}. */
export const CvmDiskInfo = v.looseObject({
  /** The disk's device name. */
  name: v.optional(v.string()),
  /** Where the disk is mounted. */
  mount_point: v.optional(v.string()),
  /** The disk's size, in bytes. */
  total_size: v.number(),
  /** The disk's free space, in bytes. */
  free_size: v.number(),
});
/** See {@link CvmDiskInfo}. */
export type CvmDiskInfo = { [K in keyof v.InferOutput<typeof CvmDiskInfo>]: v.InferOutput<typeof CvmDiskInfo>[K] };

/**
 * `sysinfo` of `GET /cvms/{id}/stats`, from the dstack guest agent (memory in bytes, uptime in
 * seconds, load averages × 100).
 */
export const CvmSysInfo = v.looseObject({
  /** The guest OS's name. */
  os_name: v.string(),
  /** The guest OS's version. */
  os_version: v.string(),
  /** The guest kernel's version. */
  kernel_version: v.string(),
  /** The CPU model the VM sees. */
  cpu_model: v.string(),
  /** Number of CPUs the VM sees. */
  num_cpus: v.number(),
  /** Total memory, in bytes. */
  total_memory: v.number(),
  /** Memory available to new processes, in bytes. */
  available_memory: v.optional(v.number()),
  /** Memory in use, in bytes. */
  used_memory: v.number(),
  /** Free memory, in bytes. */
  free_memory: v.number(),
  /** Total swap, in bytes. */
  total_swap: v.number(),
  /** Swap in use, in bytes. */
  used_swap: v.optional(v.number()),
  /** Free swap, in bytes. */
  free_swap: v.optional(v.number()),
  /** Seconds since the VM booted. */
  uptime: v.number(),
  /** The 1-minute load average, × 100. */
  loadavg_one: v.number(),
  /** The 5-minute load average, × 100. */
  loadavg_five: v.number(),
  /** The 15-minute load average, × 100. */
  loadavg_fifteen: v.number(),
  /** The VM's disks. */
  disks: v.array(CvmDiskInfo),
});
/** See {@link CvmSysInfo}. */
export type CvmSysInfo = { [K in keyof v.InferOutput<typeof CvmSysInfo>]: v.InferOutput<typeof CvmSysInfo>[K] };

/** `GET /cvms/{id}/stats`. `sysinfo` is `null` when the VM is offline or does not share it. */
export const CvmStats = v.looseObject({
  /** Whether the CVM is online. */
  is_online: v.boolean(),
  /** Whether this information is public, when the server says. */
  is_public: v.optional(v.boolean()),
  /** Why `sysinfo` is missing (e.g. the CVM is offline), or `null`. */
  error: v.nullable(v.string()),
  /** The guest agent's system information; `null` when the VM is offline or does not share it. */
  sysinfo: v.nullable(CvmSysInfo),
  /** The CVM's status, or `null`. */
  status: v.nullable(CvmStatus),
  /**
   * Whether an operation (start, stop, update …) is under way; `false` when the server leaves it
   * out, as `@phala/cloud` 0.2.9's `CvmSystemInfoSchema` reads it (`.default(false)`).
   */
  in_progress: v.optional(v.boolean(), false),
  /** How far booting has got, as the node words it, or `null`. */
  boot_progress: v.nullable(v.string()),
  /** Why booting failed, or `null`. */
  boot_error: v.nullable(v.string()),
});
/** See {@link CvmStats}. */
export type CvmStats = { [K in keyof v.InferOutput<typeof CvmStats>]: v.InferOutput<typeof CvmStats>[K] };

/** `GET /cvms/{id}/network`. */
export const CvmNetwork = v.looseObject({
  /** Whether the CVM is online. */
  is_online: v.boolean(),
  /** Whether this information is public, when the server says. */
  is_public: v.optional(v.boolean()),
  /** Why the network information is missing (e.g. the CVM is offline), or `null`. */
  error: v.nullable(v.string()),
  /** The VM's internal IP address, or `null`. */
  internal_ip: v.nullable(v.string()),
  /** The time of the CVM's latest handshake (assumed: with the gateway's WireGuard tunnel), or `null`. */
  latest_handshake: v.nullable(v.string()),
  /** The CVM's public URLs; `null` while it is offline. */
  public_urls: v.nullable(v.array(CvmNetworkUrls)),
});
/** See {@link CvmNetwork}. */
export type CvmNetwork = { [K in keyof v.InferOutput<typeof CvmNetwork>]: v.InferOutput<typeof CvmNetwork>[K] };

/** A container in {@link CvmContainersStats} (`created` is a Unix time in seconds). */
export const CvmContainer = v.looseObject({
  /** The container's id. */
  id: v.string(),
  /** The container's names. */
  names: v.array(v.string()),
  /** The image the container runs. */
  image: v.string(),
  /** The id of that image. */
  image_id: v.string(),
  /** The container's command. */
  command: v.nullish(v.string()),
  /** When the container was created, in Unix seconds. */
  created: v.number(),
  /** The container's state (e.g. `running`). */
  state: v.string(),
  /** The container's status, as text. */
  status: v.string(),
  /** Where the container's logs can be read, or `null`. */
  log_endpoint: v.nullable(v.string()),
});
/** See {@link CvmContainer}. */
export type CvmContainer = { [K in keyof v.InferOutput<typeof CvmContainer>]: v.InferOutput<typeof CvmContainer>[K] };

/** `GET /cvms/{id}/composition` (`getCvmContainersStats`). */
export const CvmContainersStats = v.looseObject({
  /** Whether the CVM is online. */
  is_online: v.boolean(),
  /** Whether this information is public, when the server says. */
  is_public: v.optional(v.boolean()),
  /** Why the composition is missing (e.g. the CVM is offline), or `null`. */
  error: v.nullable(v.string()),
  /** The docker compose file the CVM runs, or `null`. */
  docker_compose_file: v.nullable(v.string()),
  /** The app-compose format version: a number, or a string from some servers (the official SDK coerces it). */
  manifest_version: v.nullable(v.union([v.number(), v.string()])),
  /** A version reported with the composition; which software's is not documented. */
  version: v.nullable(v.string()),
  /** What runs the app (e.g. `docker-compose`), or `null`. */
  runner: v.nullable(v.string()),
  /** The app compose's features, or `null`. */
  features: v.nullable(v.array(v.string())),
  /** The CVM's containers; `null` while it is offline. */
  containers: v.nullable(v.array(CvmContainer)),
});
/** See {@link CvmContainersStats}. */
export type CvmContainersStats = {
  [K in keyof v.InferOutput<typeof CvmContainersStats>]: v.InferOutput<typeof CvmContainersStats>[K];
};
