import * as v from "valibot";

/** An instance type such as `tdx.small` (memory in MB, `hourly_rate` a decimal string in USD). */
export const InstanceType = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: v.string(),
  vcpu: v.number(),
  memory_mb: v.number(),
  hourly_rate: v.string(),
  requires_gpu: v.boolean(),
  requires_gpu_count: v.optional(v.number()),
  default_disk_size_gb: v.optional(v.number()),
  family: v.nullable(v.string()),
});
/** See {@link InstanceType}. */
export type InstanceType = v.InferOutput<typeof InstanceType>;

/** A family of instance types (e.g. `cpu`, `gpu`) with its items. */
export const InstanceTypeFamily = v.looseObject({
  name: v.string(),
  items: v.array(InstanceType),
  total: v.number(),
});
/** See {@link InstanceTypeFamily}. */
export type InstanceTypeFamily = v.InferOutput<typeof InstanceTypeFamily>;

/** `GET /instance-types` (`listAllInstanceTypeFamilies`): every family, unpaginated. */
export const AllInstanceTypeFamilies = v.looseObject({
  result: v.array(InstanceTypeFamily),
});
/** See {@link AllInstanceTypeFamilies}. */
export type AllInstanceTypeFamilies = v.InferOutput<typeof AllInstanceTypeFamilies>;

/** Parameters of `listFamilyInstanceTypes`: `GET /instance-types/{family}`. */
export const ListFamilyInstanceTypesRequest = v.strictObject({
  family: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link ListFamilyInstanceTypesRequest}. */
export type ListFamilyInstanceTypesRequest = v.InferInput<typeof ListFamilyInstanceTypesRequest>;

/** `GET /instance-types/{family}`. */
export const FamilyInstanceTypes = v.looseObject({
  items: v.array(InstanceType),
  total: v.number(),
  family: v.string(),
});
/** See {@link FamilyInstanceTypes}. */
export type FamilyInstanceTypes = v.InferOutput<typeof FamilyInstanceTypes>;
