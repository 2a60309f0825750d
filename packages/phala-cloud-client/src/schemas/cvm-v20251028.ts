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
  /** The VM's id as its node knows it. */
  id: v.string(),
  /** The VM's name. */
  name: v.string(),
  /** The VM's status as its node reports it. */
  status: CvmStatus,
  /** The id of the app the VM runs. */
  app_id: v.string(),
  /** How long the VM has been up, as text, when it is up. */
  uptime: v.nullish(v.string()),
  /** The app's URL, when it has one. */
  app_url: v.nullish(v.string()),
  /** The VM's instance id, when it has one. */
  instance_id: v.nullish(v.string()),
  /** The VM's configuration as the node reports it; not typed, because its shape is not documented. */
  configuration: v.optional(v.unknown()),
  /** When the VM exited, if it did. */
  exited_at: v.nullish(v.string()),
  /** How far booting has got, as the node words it. */
  boot_progress: v.nullish(v.string()),
  /** Why booting failed, if it did. */
  boot_error: v.nullish(v.string()),
  /** How far shutting down has got, while it shuts down. */
  shutdown_progress: v.nullish(v.string()),
  /** The version of the OS image the VM runs. */
  image_version: v.nullish(v.string()),
});
/** See {@link VmInfoV20251028}. */
export type VmInfoV20251028 = {
  [K in keyof v.InferOutput<typeof VmInfoV20251028>]: v.InferOutput<typeof VmInfoV20251028>[K];
};

/** The node (`teepod`) of a 2025-10-28 CVM. */
export const CvmNodeV20251028 = v.looseObject({
  /** The node's (teepod's) id. */
  id: v.number(),
  /** The node's name. */
  name: v.string(),
  /** The node's region, when known. */
  region_identifier: v.nullish(v.string()),
});
/** See {@link CvmNodeV20251028}. */
export type CvmNodeV20251028 = {
  [K in keyof v.InferOutput<typeof CvmNodeV20251028>]: v.InferOutput<typeof CvmNodeV20251028>[K];
};

/** `machine_info` of a 2025-10-28 CVM (memory in MB, disk in GB). */
export const MachineInfoV20251028 = v.looseObject({
  /** Number of virtual CPUs. */
  vcpu: v.number(),
  /** Memory, in MB. */
  memory: v.number(),
  /** Disk size, in GB. */
  disk_size: v.number(),
  /** Number of GPUs, when given. */
  gpu_count: v.optional(v.number()),
});
/** See {@link MachineInfoV20251028}. */
export type MachineInfoV20251028 = {
  [K in keyof v.InferOutput<typeof MachineInfoV20251028>]: v.InferOutput<typeof MachineInfoV20251028>[K];
};

/** An item of `GET /cvms/paginated` with `X-Phala-Version: 2025-10-28`. */
export const CvmInfoV20251028 = v.looseObject({
  /** What the node reports about the VM. */
  hosted: VmInfoV20251028,
  /** The CVM's name. */
  name: v.string(),
  /** Where the CVM is in its lifecycle (`running`, `stopped`, …). */
  status: CvmStatus,
  /** The user the CVM belongs to, when given. */
  managed_user: v.nullish(
    v.looseObject({
      /** The user's id. */
      id: TableId,
      /** The user's name. */
      username: v.string(),
    }),
  ),
  /** The node the CVM runs on, when given. */
  node: v.nullish(CvmNodeV20251028),
  /** The CVM's `listed` flag, as set when it was provisioned; the flag's effect is not documented. */
  listed: v.optional(v.boolean()),
  /** Whether an operation (start, stop, update …) is under way. */
  in_progress: v.optional(v.boolean()),
  /** URL of the CVM's dashboard, when it has one. */
  dapp_dashboard_url: v.nullish(v.string()),
  /** Where the CVM's system log can be read, when it can. */
  syslog_endpoint: v.nullish(v.string()),
  /** Whether the CVM may be upgraded; what an upgrade changes is not documented. */
  allow_upgrade: v.optional(v.boolean()),
  /** A project id; its meaning is not documented. */
  project_id: v.nullish(v.string()),
  /** A project type; its meaning and values are not documented. */
  project_type: v.nullish(v.string()),
  /** How the CVM is billed (e.g. `hourly`), when given. */
  billing_period: v.nullish(v.string()),
  /** The KMS the CVM uses, when given. */
  kms_info: v.nullish(KmsInfo),
  /** Number of virtual CPUs, when given. */
  vcpu: v.nullish(v.number()),
  /** Memory in MB, when given. */
  memory: v.nullish(v.number()),
  /** Disk size in GB, when given. */
  disk_size: v.nullish(v.number()),
  /** The gateway domain the CVM's public URLs are under, when given. */
  gateway_domain: v.nullish(v.string()),
  /** The CVM's public URLs. */
  public_urls: v.optional(v.array(CvmNetworkUrls)),
  /** The CVM's vCPUs, memory (MB), disk (GB) and GPUs, when given. */
  machine_info: v.nullish(MachineInfoV20251028),
  /** When the CVM was last updated. */
  updated_at: v.nullish(v.string()),
});
/** See {@link CvmInfoV20251028}. */
export type CvmInfoV20251028 = {
  [K in keyof v.InferOutput<typeof CvmInfoV20251028>]: v.InferOutput<typeof CvmInfoV20251028>[K];
};

/** `GET /cvms/{id}` with `X-Phala-Version: 2025-10-28`: the flat CVM record, numeric `id`. */
export const CvmDetailV20251028 = v.looseObject({
  /** The CVM's numeric id (a string in some payloads). */
  id: TableId,
  /** The CVM's name. */
  name: v.string(),
  /** Where the CVM is in its lifecycle (`running`, `stopped`, …). */
  status: CvmStatus,
  /** Whether an operation (start, stop, update …) is under way. */
  in_progress: v.optional(v.boolean()),
  /** The id of the node (teepod) the CVM runs on, or `null`. */
  teepod_id: v.nullable(v.number()),
  /** That node, when given. */
  teepod: v.nullish(CvmNodeV20251028),
  /** The id of the app the CVM runs (40 hex characters). */
  app_id: v.string(),
  /** The VM's UUID, or `null`. */
  vm_uuid: v.nullable(v.string()),
  /** The CVM's instance id, or `null`. */
  instance_id: v.nullable(v.string()),
  /** Number of virtual CPUs. */
  vcpu: v.number(),
  /** Memory, in MB. */
  memory: v.number(),
  /** Disk size, in GB. */
  disk_size: v.number(),
  /** The name of the OS image the CVM boots, or `null`. */
  base_image: v.nullable(v.string()),
  /** The public key to encrypt the CVM's env to, or `null`. */
  encrypted_env_pubkey: v.nullable(v.string()),
  /** The CVM's `listed` flag, as set when it was provisioned; the flag's effect is not documented. */
  listed: v.optional(v.boolean()),
  /** A project id; its meaning is not documented. */
  project_id: v.nullish(v.string()),
  /** A project type; its meaning and values are not documented. */
  project_type: v.nullish(v.string()),
  /** The CVM's instance type, e.g. `tdx.small`, when given. */
  instance_type: v.nullish(v.string()),
  /** Whether the CVM's system information is public. */
  public_sysinfo: v.optional(v.boolean()),
  /** Whether the CVM's logs are public. */
  public_logs: v.optional(v.boolean()),
  /** URL of the CVM's dashboard, when it has one. */
  dapp_dashboard_url: v.nullish(v.string()),
  /** Where the CVM's system log can be read, when it can. */
  syslog_endpoint: v.nullish(v.string()),
  /** The KMS the CVM uses, when given. */
  kms_info: v.nullish(KmsInfo),
  /** On an on-chain KMS: the address of the app's contract. */
  contract_address: v.nullish(v.string()),
  /** On an on-chain KMS: the address that deployed the app's contract. */
  deployer_address: v.nullish(v.string()),
  /** When the CVM is due to be deleted, if it is. */
  scheduled_delete_at: v.nullish(v.string()),
  /** The CVM's public URLs. */
  public_urls: v.optional(v.array(CvmNetworkUrls)),
  /** The gateway domain the CVM's public URLs are under, when given. */
  gateway_domain: v.nullish(v.string()),
  /** The CVM's vCPUs, memory (MB), disk (GB) and GPUs, when given. */
  machine_info: v.nullish(MachineInfoV20251028),
  /** When the CVM was last updated. */
  updated_at: v.nullish(v.string()),
});
/** See {@link CvmDetailV20251028}. */
export type CvmDetailV20251028 = {
  [K in keyof v.InferOutput<typeof CvmDetailV20251028>]: v.InferOutput<typeof CvmDetailV20251028>[K];
};

/** `GET /cvms/paginated` (2025-10-28). */
export const PaginatedCvmInfosV20251028 = pagePaginated(CvmInfoV20251028);
/** See {@link PaginatedCvmInfosV20251028}. */
export type PaginatedCvmInfosV20251028 = {
  [K in keyof v.InferOutput<typeof PaginatedCvmInfosV20251028>]: v.InferOutput<typeof PaginatedCvmInfosV20251028>[K];
};
