import * as v from "valibot";
import { KmsInfo } from "./kms";

/** An OS image a node can boot; `version` is `[major, minor, patch(, build)]`. */
export const AvailableOsImage = v.looseObject({
  /** The image's name. */
  name: v.string(),
  /** The image's slug, when given. */
  slug: v.optional(v.string()),
  /** Whether it is a development image rather than a production one. */
  is_dev: v.boolean(),
  /** The image's version as numbers: `[major, minor, patch(, build)]`. */
  version: v.array(v.number()),
  /** The hash that identifies the image, when given. */
  os_image_hash: v.nullish(v.string()),
  /** Whether the image is for GPU instances, when given. */
  requires_gpu: v.optional(v.boolean()),
});
/** See {@link AvailableOsImage}. */
export type AvailableOsImage = {
  [K in keyof v.InferOutput<typeof AvailableOsImage>]: v.InferOutput<typeof AvailableOsImage>[K];
};

/** A node (`teepod`) with room left, as `GET /teepods/available` lists it (memory in MB). */
export const TeepodCapacity = v.looseObject({
  /** The node's (teepod's) id. */
  teepod_id: v.number(),
  /** The node's name. */
  name: v.string(),
  /** The node's `listed` flag; its meaning is not documented. */
  listed: v.boolean(),
  /** A score of the node's free resources; its scale is not documented. */
  resource_score: v.number(),
  /** vCPUs still free on the node. */
  remaining_vcpu: v.number(),
  /** Memory still free on the node, in MB. */
  remaining_memory: v.number(),
  /** How many more CVMs the node can take. */
  remaining_cvm_slots: v.number(),
  /** The OS images the node can boot. */
  images: v.array(AvailableOsImage),
  /** Whether the node can run CVMs whose KMS is on-chain. */
  support_onchain_kms: v.optional(v.boolean()),
  /** The FMSPC of the node's Intel platform, which selects the platform's TCB information, when given. */
  fmspc: v.nullish(v.string()),
  /** The node's TEE device id, when given. */
  device_id: v.nullish(v.string()),
  /** The node's region, when known. */
  region_identifier: v.nullish(v.string()),
  /** The node's default KMS; assumed to be the one used when a provision names none. */
  default_kms: v.nullish(v.string()),
  /** Ids of the KMS nodes usable from this node. */
  kms_list: v.optional(v.array(v.string())),
});
/** See {@link TeepodCapacity}. */
export type TeepodCapacity = {
  [K in keyof v.InferOutput<typeof TeepodCapacity>]: v.InferOutput<typeof TeepodCapacity>[K];
};

/** The workspace's limits in `GET /teepods/available`; `null` means no limit. */
export const ResourceThreshold = v.looseObject({
  /** The most CVMs the workspace may run, or `null` for no limit. */
  max_instances: v.nullish(v.number()),
  /** The most vCPUs the workspace may use, or `null` for no limit. */
  max_vcpu: v.nullish(v.number()),
  /** The most memory the workspace may use (assumed in MB, like the nodes' figures), or `null` for no limit. */
  max_memory: v.nullish(v.number()),
  /** The most disk the workspace may use (assumed in GB, like disk sizes elsewhere), or `null` for no limit. */
  max_disk: v.nullish(v.number()),
});
/** See {@link ResourceThreshold}. */
export type ResourceThreshold = {
  [K in keyof v.InferOutput<typeof ResourceThreshold>]: v.InferOutput<typeof ResourceThreshold>[K];
};

/** `GET /teepods/available` (`getAvailableNodes`). */
export const AvailableNodes = v.looseObject({
  /** The workspace's plan tier. */
  tier: v.string(),
  /** The workspace's limits. */
  capacity: ResourceThreshold,
  /** The nodes the workspace can deploy to that have room left. */
  nodes: v.array(TeepodCapacity),
  /** The KMSes those nodes can use. */
  kms_list: v.array(KmsInfo),
});
/** See {@link AvailableNodes}. */
export type AvailableNodes = {
  [K in keyof v.InferOutput<typeof AvailableNodes>]: v.InferOutput<typeof AvailableNodes>[K];
};
