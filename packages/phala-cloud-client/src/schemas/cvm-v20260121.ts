import * as v from "valibot";
import { BillingPeriod, CvmNetworkUrls, CvmStatus } from "./cvm-common";
import { KmsType } from "./kms";
import { pagePaginated } from "./pagination";

/** `resource` of a CVM (2026-01-21): what it runs on and what it costs. */
export const CvmResourceV20260121 = v.looseObject({
  instance_type: v.nullish(v.string()),
  vcpu: v.nullish(v.number()),
  memory_in_gb: v.nullish(v.number()),
  disk_in_gb: v.nullish(v.number()),
  gpus: v.nullish(v.number()),
  compute_billing_price: v.nullish(v.string()),
  billing_period: v.nullish(BillingPeriod),
});
/** See {@link CvmResourceV20260121}. */
export type CvmResourceV20260121 = v.InferOutput<typeof CvmResourceV20260121>;

/** A reference to the node (TEE host) a CVM runs on. */
export const NodeRef = v.looseObject({
  object_type: v.literal("node"),
  id: v.nullish(v.number()),
  name: v.nullish(v.string()),
  region: v.nullish(v.string()),
  device_id: v.nullish(v.string()),
  ppid: v.nullish(v.string()),
  status: v.nullish(v.string()),
  version: v.nullish(v.string()),
});
/** See {@link NodeRef}. */
export type NodeRef = v.InferOutput<typeof NodeRef>;

/** A reference to a workspace. */
export const WorkspaceRef = v.looseObject({
  object_type: v.literal("workspace"),
  id: v.string(),
  name: v.string(),
  slug: v.nullish(v.string()),
  avatar_url: v.nullish(v.string()),
});
/** See {@link WorkspaceRef}. */
export type WorkspaceRef = v.InferOutput<typeof WorkspaceRef>;

/** A reference to a user (a CVM's creator). */
export const UserRef = v.looseObject({
  object_type: v.literal("user"),
  id: v.nullish(v.string()),
  username: v.nullish(v.string()),
  avatar_url: v.nullish(v.string()),
});
/** See {@link UserRef}. */
export type UserRef = v.InferOutput<typeof UserRef>;

/** `os` of a CVM (2026-01-21): the dstack OS image it boots. */
export const CvmOsInfoV20260121 = v.looseObject({
  name: v.nullish(v.string()),
  version: v.nullish(v.string()),
  is_dev: v.nullish(v.boolean()),
  os_image_hash: v.nullish(v.string()),
});
/** See {@link CvmOsInfoV20260121}. */
export type CvmOsInfoV20260121 = v.InferOutput<typeof CvmOsInfoV20260121>;

/** `kms_info` of a CVM (2026-01-21): the on-chain contracts, or mostly `null` for Phala's KMS. */
export const CvmKmsInfoV20260121 = v.looseObject({
  chain_id: v.nullish(v.number()),
  dstack_kms_address: v.nullish(v.string()),
  dstack_app_address: v.nullish(v.string()),
  deployer_address: v.nullish(v.string()),
  rpc_endpoint: v.nullish(v.string()),
  encrypted_env_pubkey: v.nullish(v.string()),
});
/** See {@link CvmKmsInfoV20260121}. */
export type CvmKmsInfoV20260121 = v.InferOutput<typeof CvmKmsInfoV20260121>;

/** `progress` of a CVM (2026-01-21): the operation under way, if any. */
export const CvmProgressV20260121 = v.looseObject({
  target: v.nullish(v.string()),
  started_at: v.nullish(v.string()),
  correlation_id: v.nullish(v.string()),
});
/** See {@link CvmProgressV20260121}. */
export type CvmProgressV20260121 = v.InferOutput<typeof CvmProgressV20260121>;

/** `gateway` of a CVM (2026-01-21). */
export const CvmGatewayV20260121 = v.looseObject({
  base_domain: v.nullish(v.string()),
  cname: v.nullish(v.string()),
});
/** See {@link CvmGatewayV20260121}. */
export type CvmGatewayV20260121 = v.InferOutput<typeof CvmGatewayV20260121>;

/**
 * A CVM in the 2026-01-21 shape: an item of `GET /cvms/paginated` and of `GET /apps/{id}/cvms`.
 * `id` is a hashed string id (e.g. `cvm_ykL5lbAn`), not the numeric id of 2025-10-28.
 */
export const CvmInfoV20260121 = v.looseObject({
  id: v.string(),
  name: v.string(),
  app_id: v.nullish(v.string()),
  vm_uuid: v.nullish(v.string()),
  instance_id: v.nullish(v.string()),
  resource: CvmResourceV20260121,
  node_info: v.nullish(NodeRef),
  os: v.nullish(CvmOsInfoV20260121),
  kms_type: v.nullish(KmsType),
  kms_info: v.nullish(CvmKmsInfoV20260121),
  status: CvmStatus,
  in_progress: v.optional(v.boolean()),
  progress: v.nullish(CvmProgressV20260121),
  compose_hash: v.nullish(v.string()),
  gateway: v.nullish(CvmGatewayV20260121),
  services: v.optional(v.array(v.record(v.string(), v.unknown()))),
  endpoints: v.nullish(v.array(CvmNetworkUrls)),
  public_logs: v.optional(v.boolean()),
  public_sysinfo: v.optional(v.boolean()),
  public_tcbinfo: v.optional(v.boolean()),
  gateway_enabled: v.optional(v.boolean()),
  secure_time: v.optional(v.boolean()),
  listed: v.optional(v.boolean()),
  storage_fs: v.optional(v.string()),
  workspace: v.nullish(WorkspaceRef),
  creator: v.nullish(UserRef),
  created_at: v.nullish(v.string()),
  deleted_at: v.nullish(v.string()),
});
/** See {@link CvmInfoV20260121}. */
export type CvmInfoV20260121 = v.InferOutput<typeof CvmInfoV20260121>;

/** `GET /cvms/{id}` (2026-01-21): the list item plus the app compose (an object or its JSON text). */
export const CvmInfoDetailV20260121 = v.looseObject({
  ...CvmInfoV20260121.entries,
  compose_file: v.nullish(v.union([v.record(v.string(), v.unknown()), v.string()])),
});
/** See {@link CvmInfoDetailV20260121}. */
export type CvmInfoDetailV20260121 = v.InferOutput<typeof CvmInfoDetailV20260121>;

/** `GET /cvms/paginated` (2026-01-21). */
export const PaginatedCvmInfosV20260121 = pagePaginated(CvmInfoV20260121);
/** See {@link PaginatedCvmInfosV20260121}. */
export type PaginatedCvmInfosV20260121 = v.InferOutput<typeof PaginatedCvmInfosV20260121>;
