import * as v from "valibot";
import { BillingPeriod, CvmNetworkUrls, CvmStatus } from "./cvm-common";
import { KmsType } from "./kms";
import { pagePaginated } from "./pagination";

/** `resource` of a CVM (2026-01-21): what it runs on and what it costs. */
export const CvmResourceV20260121 = v.looseObject({
  /** The CVM's instance type, e.g. `tdx.small`. */
  instance_type: v.nullish(v.string()),
  /** Number of virtual CPUs. */
  vcpu: v.nullish(v.number()),
  /** Memory, in GB. */
  memory_in_gb: v.nullish(v.number()),
  /** Disk size, in GB. */
  disk_in_gb: v.nullish(v.number()),
  /** Number of GPUs. */
  gpus: v.nullish(v.number()),
  /** The compute price, as a decimal string; its unit is not documented. */
  compute_billing_price: v.nullish(v.string()),
  /** How the CVM is billed. */
  billing_period: v.nullish(BillingPeriod),
});
/** See {@link CvmResourceV20260121}. */
export type CvmResourceV20260121 = {
  [K in keyof v.InferOutput<typeof CvmResourceV20260121>]: v.InferOutput<typeof CvmResourceV20260121>[K];
};

/** A reference to the node (TEE host) a CVM runs on. */
export const NodeRef = v.looseObject({
  /** Always `node`: what this reference points to. */
  object_type: v.literal("node"),
  /** The node's id. */
  id: v.nullish(v.number()),
  /** The node's name. */
  name: v.nullish(v.string()),
  /** The node's region. */
  region: v.nullish(v.string()),
  /** The node's TEE device id. */
  device_id: v.nullish(v.string()),
  /** The PPID (Intel's Platform Provisioning ID) of the node's platform. */
  ppid: v.nullish(v.string()),
  /** The node's status; the values are not documented. */
  status: v.nullish(v.string()),
  /** The version of the software the node runs. */
  version: v.nullish(v.string()),
});
/** See {@link NodeRef}. */
export type NodeRef = { [K in keyof v.InferOutput<typeof NodeRef>]: v.InferOutput<typeof NodeRef>[K] };

/** A reference to a workspace. */
export const WorkspaceRef = v.looseObject({
  /** Always `workspace`: what this reference points to. */
  object_type: v.literal("workspace"),
  /** The workspace's id. */
  id: v.string(),
  /** The workspace's name. */
  name: v.string(),
  /** The workspace's slug, when it has one. */
  slug: v.nullish(v.string()),
  /** URL of the workspace's avatar, when it has one. */
  avatar_url: v.nullish(v.string()),
});
/** See {@link WorkspaceRef}. */
export type WorkspaceRef = { [K in keyof v.InferOutput<typeof WorkspaceRef>]: v.InferOutput<typeof WorkspaceRef>[K] };

/** A reference to a user (a CVM's creator). */
export const UserRef = v.looseObject({
  /** Always `user`: what this reference points to. */
  object_type: v.literal("user"),
  /** The user's id. */
  id: v.nullish(v.string()),
  /** The user's name. */
  username: v.nullish(v.string()),
  /** URL of the user's avatar, when it has one. */
  avatar_url: v.nullish(v.string()),
});
/** See {@link UserRef}. */
export type UserRef = { [K in keyof v.InferOutput<typeof UserRef>]: v.InferOutput<typeof UserRef>[K] };

/** `os` of a CVM (2026-01-21): the dstack OS image it boots. */
export const CvmOsInfoV20260121 = v.looseObject({
  /** The OS image's name. */
  name: v.nullish(v.string()),
  /** The OS image's version. */
  version: v.nullish(v.string()),
  /** Whether it is a development image rather than a production one. */
  is_dev: v.nullish(v.boolean()),
  /** The hash that identifies the OS image. */
  os_image_hash: v.nullish(v.string()),
});
/** See {@link CvmOsInfoV20260121}. */
export type CvmOsInfoV20260121 = {
  [K in keyof v.InferOutput<typeof CvmOsInfoV20260121>]: v.InferOutput<typeof CvmOsInfoV20260121>[K];
};

/** `kms_info` of a CVM (2026-01-21): the on-chain contracts, or mostly `null` for Phala's KMS. */
export const CvmKmsInfoV20260121 = v.looseObject({
  /** The chain id of an on-chain KMS; `null` for Phala's KMS. */
  chain_id: v.nullish(v.number()),
  /** The address of the KMS contract; `null` for Phala's KMS. */
  dstack_kms_address: v.nullish(v.string()),
  /** The address of the app's contract; `null` for Phala's KMS. */
  dstack_app_address: v.nullish(v.string()),
  /** The address that deployed the app's contract. */
  deployer_address: v.nullish(v.string()),
  /** The RPC endpoint of the KMS's chain. */
  rpc_endpoint: v.nullish(v.string()),
  /** The public key to encrypt the CVM's env to. */
  encrypted_env_pubkey: v.nullish(v.string()),
});
/** See {@link CvmKmsInfoV20260121}. */
export type CvmKmsInfoV20260121 = {
  [K in keyof v.InferOutput<typeof CvmKmsInfoV20260121>]: v.InferOutput<typeof CvmKmsInfoV20260121>[K];
};

/** `progress` of a CVM (2026-01-21): the operation under way, if any. */
export const CvmProgressV20260121 = v.looseObject({
  /** The status the operation is taking the CVM to (e.g. `running`). */
  target: v.nullish(v.string()),
  /** When the operation started. */
  started_at: v.nullish(v.string()),
  /** The operation's id. */
  correlation_id: v.nullish(v.string()),
});
/** See {@link CvmProgressV20260121}. */
export type CvmProgressV20260121 = {
  [K in keyof v.InferOutput<typeof CvmProgressV20260121>]: v.InferOutput<typeof CvmProgressV20260121>[K];
};

/** `gateway` of a CVM (2026-01-21). */
export const CvmGatewayV20260121 = v.looseObject({
  /** The gateway domain the CVM's public URLs are under. */
  base_domain: v.nullish(v.string()),
  /**
   * A CNAME record name for the CVM, when it has one; its use is not documented (assumed: pointing a custom domain at
   * the CVM).
   */
  cname: v.nullish(v.string()),
});
/** See {@link CvmGatewayV20260121}. */
export type CvmGatewayV20260121 = {
  [K in keyof v.InferOutput<typeof CvmGatewayV20260121>]: v.InferOutput<typeof CvmGatewayV20260121>[K];
};

/**
 * A CVM in the 2026-01-21 shape: an item of `GET /cvms/paginated` and of `GET /apps/{id}/cvms`.
 * `id` is a hashed string id (e.g. `cvm_ykL5lbAn`), not the numeric id of 2025-10-28.
 */
export const CvmInfoV20260121 = v.looseObject({
  /** The CVM's hashed id, e.g. `cvm_ykL5lbAn`. */
  id: v.string(),
  /** The CVM's name. */
  name: v.string(),
  /** The id of the app the CVM runs (40 hex characters). */
  app_id: v.nullish(v.string()),
  /** The VM's UUID. */
  vm_uuid: v.nullish(v.string()),
  /** The CVM's instance id, when it has one. */
  instance_id: v.nullish(v.string()),
  /** What the CVM runs on and what it costs. */
  resource: CvmResourceV20260121,
  /** The node the CVM runs on. */
  node_info: v.nullish(NodeRef),
  /** The OS image the CVM boots. */
  os: v.nullish(CvmOsInfoV20260121),
  /** The kind of KMS the CVM uses. */
  kms_type: v.nullish(KmsType),
  /** The CVM's KMS: its chain and contracts, or mostly `null` for Phala's KMS. */
  kms_info: v.nullish(CvmKmsInfoV20260121),
  /** Where the CVM is in its lifecycle (`running`, `stopped`, …). */
  status: CvmStatus,
  /** Whether an operation (start, stop, update …) is under way. */
  in_progress: v.optional(v.boolean()),
  /** The operation under way, if any. */
  progress: v.nullish(CvmProgressV20260121),
  /** The hash of the app compose the CVM runs. */
  compose_hash: v.nullish(v.string()),
  /** The CVM's gateway settings. */
  gateway: v.nullish(CvmGatewayV20260121),
  /** The app's services; not typed, because their shape is not documented. */
  services: v.optional(v.array(v.record(v.string(), v.unknown()))),
  /** The CVM's public URLs. */
  endpoints: v.nullish(v.array(CvmNetworkUrls)),
  /** Whether the CVM's logs are public. */
  public_logs: v.optional(v.boolean()),
  /** Whether the CVM's system information is public. */
  public_sysinfo: v.optional(v.boolean()),
  /** Whether the CVM's TCB info is public. */
  public_tcbinfo: v.optional(v.boolean()),
  /** Whether the dstack gateway routes traffic to the CVM. */
  gateway_enabled: v.optional(v.boolean()),
  /** The app compose's `secure_time` option; its meaning is not documented. */
  secure_time: v.optional(v.boolean()),
  /** The CVM's `listed` flag, as set when it was provisioned; the flag's effect is not documented. */
  listed: v.optional(v.boolean()),
  /** The filesystem of the CVM's data disk (e.g. `ext4`). */
  storage_fs: v.optional(v.string()),
  /** The workspace the CVM belongs to. */
  workspace: v.nullish(WorkspaceRef),
  /** The user who created the CVM. */
  creator: v.nullish(UserRef),
  /** When the CVM was created. */
  created_at: v.nullish(v.string()),
  /** When the CVM was deleted, if it was. */
  deleted_at: v.nullish(v.string()),
});
/** See {@link CvmInfoV20260121}. */
export type CvmInfoV20260121 = {
  [K in keyof v.InferOutput<typeof CvmInfoV20260121>]: v.InferOutput<typeof CvmInfoV20260121>[K];
};

/** `GET /cvms/{id}` (2026-01-21): the list item plus the app compose (an object or its JSON text). */
export const CvmInfoDetailV20260121 = v.looseObject({
  ...CvmInfoV20260121.entries,
  /** The app compose the CVM runs: an object, or its JSON text. */
  compose_file: v.nullish(v.union([v.record(v.string(), v.unknown()), v.string()])),
});
/** See {@link CvmInfoDetailV20260121}. */
export type CvmInfoDetailV20260121 = {
  [K in keyof v.InferOutput<typeof CvmInfoDetailV20260121>]: v.InferOutput<typeof CvmInfoDetailV20260121>[K];
};

/** `GET /cvms/paginated` (2026-01-21). */
export const PaginatedCvmInfosV20260121 = pagePaginated(CvmInfoV20260121);
/** See {@link PaginatedCvmInfosV20260121}. */
export type PaginatedCvmInfosV20260121 = {
  [K in keyof v.InferOutput<typeof PaginatedCvmInfosV20260121>]: v.InferOutput<typeof PaginatedCvmInfosV20260121>[K];
};
