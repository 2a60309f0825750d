import * as v from "valibot";
import { KmsInfo } from "./kms";

/** An OS image a node can boot; `version` is `[major, minor, patch(, build)]`. */
export const AvailableOsImage = v.looseObject({
  name: v.string(),
  slug: v.optional(v.string()),
  is_dev: v.boolean(),
  version: v.array(v.number()),
  os_image_hash: v.nullish(v.string()),
  requires_gpu: v.optional(v.boolean()),
});
/** See {@link AvailableOsImage}. */
export type AvailableOsImage = v.InferOutput<typeof AvailableOsImage>;

/** A node (`teepod`) with room left, as `GET /teepods/available` lists it (memory in MB). */
export const TeepodCapacity = v.looseObject({
  teepod_id: v.number(),
  name: v.string(),
  listed: v.boolean(),
  resource_score: v.number(),
  remaining_vcpu: v.number(),
  remaining_memory: v.number(),
  remaining_cvm_slots: v.number(),
  images: v.array(AvailableOsImage),
  support_onchain_kms: v.optional(v.boolean()),
  fmspc: v.nullish(v.string()),
  device_id: v.nullish(v.string()),
  region_identifier: v.nullish(v.string()),
  default_kms: v.nullish(v.string()),
  /** Ids of the KMS nodes usable from this node. */
  kms_list: v.optional(v.array(v.string())),
});
/** See {@link TeepodCapacity}. */
export type TeepodCapacity = v.InferOutput<typeof TeepodCapacity>;

/** The workspace's limits in `GET /teepods/available`; `null` means no limit. */
export const ResourceThreshold = v.looseObject({
  max_instances: v.nullish(v.number()),
  max_vcpu: v.nullish(v.number()),
  max_memory: v.nullish(v.number()),
  max_disk: v.nullish(v.number()),
});
/** See {@link ResourceThreshold}. */
export type ResourceThreshold = v.InferOutput<typeof ResourceThreshold>;

/** `GET /teepods/available` (`getAvailableNodes`). */
export const AvailableNodes = v.looseObject({
  tier: v.string(),
  capacity: ResourceThreshold,
  nodes: v.array(TeepodCapacity),
  kms_list: v.array(KmsInfo),
});
/** See {@link AvailableNodes}. */
export type AvailableNodes = v.InferOutput<typeof AvailableNodes>;
