import * as v from "valibot";
import { CvmNetworkUrls, CvmStatus } from "./cvm-common";
import { KmsInfo } from "./kms";
import { pagePaginated } from "./pagination";

/** The numeric table id of 2025-10-28; some payloads carry it as a string. */
const TableId = v.union([v.number(), v.string()]);

/**
 * `hosted` of a 2025-10-28 list item: what the node reports about the VM. The JS SDK requires the
 * nullable fields, the Python SDK only `id`, `name`, `status`, `app_id`; this follows Python.
 */
export const VmInfoV20251028 = v.looseObject({
  id: v.string(),
  name: v.string(),
  status: CvmStatus,
  app_id: v.string(),
  uptime: v.nullish(v.string()),
  app_url: v.nullish(v.string()),
  instance_id: v.nullish(v.string()),
  configuration: v.optional(v.unknown()),
  exited_at: v.nullish(v.string()),
  boot_progress: v.nullish(v.string()),
  boot_error: v.nullish(v.string()),
  shutdown_progress: v.nullish(v.string()),
  image_version: v.nullish(v.string()),
});
/** See {@link VmInfoV20251028}. */
export type VmInfoV20251028 = v.InferOutput<typeof VmInfoV20251028>;

/** The node (`teepod`) of a 2025-10-28 CVM. */
export const CvmNodeV20251028 = v.looseObject({
  id: v.number(),
  name: v.string(),
  region_identifier: v.nullish(v.string()),
});
/** See {@link CvmNodeV20251028}. */
export type CvmNodeV20251028 = v.InferOutput<typeof CvmNodeV20251028>;

/** `machine_info` of a 2025-10-28 CVM (memory in MB, disk in GB). */
export const MachineInfoV20251028 = v.looseObject({
  vcpu: v.number(),
  memory: v.number(),
  disk_size: v.number(),
  gpu_count: v.optional(v.number()),
});
/** See {@link MachineInfoV20251028}. */
export type MachineInfoV20251028 = v.InferOutput<typeof MachineInfoV20251028>;

/** An item of `GET /cvms/paginated` with `X-Phala-Version: 2025-10-28`. */
export const CvmInfoV20251028 = v.looseObject({
  hosted: VmInfoV20251028,
  name: v.string(),
  status: CvmStatus,
  managed_user: v.nullish(v.looseObject({ id: TableId, username: v.string() })),
  node: v.nullish(CvmNodeV20251028),
  listed: v.optional(v.boolean()),
  in_progress: v.optional(v.boolean()),
  dapp_dashboard_url: v.nullish(v.string()),
  syslog_endpoint: v.nullish(v.string()),
  allow_upgrade: v.optional(v.boolean()),
  project_id: v.nullish(v.string()),
  project_type: v.nullish(v.string()),
  billing_period: v.nullish(v.string()),
  kms_info: v.nullish(KmsInfo),
  vcpu: v.nullish(v.number()),
  memory: v.nullish(v.number()),
  disk_size: v.nullish(v.number()),
  gateway_domain: v.nullish(v.string()),
  public_urls: v.optional(v.array(CvmNetworkUrls)),
  machine_info: v.nullish(MachineInfoV20251028),
  updated_at: v.nullish(v.string()),
});
/** See {@link CvmInfoV20251028}. */
export type CvmInfoV20251028 = v.InferOutput<typeof CvmInfoV20251028>;

/** `GET /cvms/{id}` with `X-Phala-Version: 2025-10-28`: the flat CVM record, numeric `id`. */
export const CvmDetailV20251028 = v.looseObject({
  id: TableId,
  name: v.string(),
  status: CvmStatus,
  in_progress: v.optional(v.boolean()),
  teepod_id: v.nullable(v.number()),
  teepod: v.nullish(CvmNodeV20251028),
  app_id: v.string(),
  vm_uuid: v.nullable(v.string()),
  instance_id: v.nullable(v.string()),
  vcpu: v.number(),
  memory: v.number(),
  disk_size: v.number(),
  base_image: v.nullable(v.string()),
  encrypted_env_pubkey: v.nullable(v.string()),
  listed: v.optional(v.boolean()),
  project_id: v.nullish(v.string()),
  project_type: v.nullish(v.string()),
  instance_type: v.nullish(v.string()),
  public_sysinfo: v.optional(v.boolean()),
  public_logs: v.optional(v.boolean()),
  dapp_dashboard_url: v.nullish(v.string()),
  syslog_endpoint: v.nullish(v.string()),
  kms_info: v.nullish(KmsInfo),
  contract_address: v.nullish(v.string()),
  deployer_address: v.nullish(v.string()),
  scheduled_delete_at: v.nullish(v.string()),
  public_urls: v.optional(v.array(CvmNetworkUrls)),
  gateway_domain: v.nullish(v.string()),
  machine_info: v.nullish(MachineInfoV20251028),
  updated_at: v.nullish(v.string()),
});
/** See {@link CvmDetailV20251028}. */
export type CvmDetailV20251028 = v.InferOutput<typeof CvmDetailV20251028>;

/** `GET /cvms/paginated` (2025-10-28). */
export const PaginatedCvmInfosV20251028 = pagePaginated(CvmInfoV20251028);
/** See {@link PaginatedCvmInfosV20251028}. */
export type PaginatedCvmInfosV20251028 = v.InferOutput<typeof PaginatedCvmInfosV20251028>;
